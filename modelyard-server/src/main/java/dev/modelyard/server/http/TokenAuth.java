package dev.modelyard.server.http;

import dev.modelyard.core.error.ModelyardException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bearer-token access control. With no tokens the server is open. The write token allows everything; read
 * tokens allow {@link Access#READ} routes only (403 on writes). A missing or unknown token is 401. Tokens are
 * compared through their SHA-256 digests with {@link MessageDigest#isEqual}, so timing reveals neither
 * content nor length, and every configured token is compared on every request.
 */
public final class TokenAuth {
    private static final String BEARER = "Bearer ";

    private final byte[] writeDigest;
    private final List<byte[]> readDigests;

    private TokenAuth(String writeToken, List<String> readTokens) {
        this.writeDigest = writeToken == null ? null : digest(writeToken);
        List<byte[]> reads = new ArrayList<>();
        for (String t : readTokens) {
            reads.add(digest(t));
        }
        this.readDigests = List.copyOf(reads);
    }

    /** No authentication at all. */
    public static TokenAuth open() {
        return new TokenAuth(null, List.of());
    }

    /**
     * A write token (may be null only when there are no read tokens either) and read-only tokens.
     * Blank tokens and read tokens without a write token are rejected: they would lock writes out silently.
     */
    public static TokenAuth of(String writeToken, List<String> readTokens) {
        List<String> reads = readTokens == null ? List.of() : readTokens;
        if (writeToken == null && reads.isEmpty()) {
            return open();
        }
        if (writeToken == null) {
            throw ModelyardException.invalid("--read-token needs --auth-token too (read-only tokens alone would forbid every write)");
        }
        if (writeToken.isBlank() || reads.stream().anyMatch(String::isBlank)) {
            throw ModelyardException.invalid("auth tokens must not be blank");
        }
        if (reads.contains(writeToken)) {
            throw ModelyardException.invalid("a read-only token must differ from the auth token");
        }
        return new TokenAuth(writeToken, reads);
    }

    /** True when requests must carry a token. */
    public boolean enabled() { return writeDigest != null; }

    /** Checks an {@code Authorization} header value against what a route needs; throws 401/403 as {@link HttpException}. */
    public void check(Optional<String> authorization, Access access) {
        if (!enabled() || access == Access.PUBLIC) {
            return;
        }
        String header = authorization.orElse("");
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new HttpException(HttpFailure.UNAUTHENTICATED,
                    "this server requires 'Authorization: Bearer <token>'");
        }
        byte[] given = digest(header.substring(BEARER.length()).trim());
        boolean write = MessageDigest.isEqual(given, writeDigest);
        boolean read = false;
        for (byte[] r : readDigests) {
            read |= MessageDigest.isEqual(given, r);
        }
        if (!write && !read) {
            throw new HttpException(HttpFailure.UNAUTHENTICATED, "the bearer token is not valid for this server");
        }
        if (access == Access.WRITE && !write) {
            throw new HttpException(HttpFailure.PERMISSION_DENIED, "this token is read-only; writes need the auth token");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
