package dev.modelyard.tracking.search;

import dev.modelyard.core.error.ModelyardException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque page tokens: base64url of {@code <offset>:<hash of the query>}. A token is only valid for the query it
 * came from; anything malformed or from another query is INVALID_INPUT.
 */
public final class PageToken {
    private PageToken() {}

    public static String encode(long offset, String query) {
        String raw = offset + ":" + hash(query);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a token stands for; 0 for a null or empty token. */
    public static long decode(String token, String query) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ModelyardException.invalid("invalid page_token: not a token returned by this server");
        }
        int colon = raw.indexOf(':');
        long offset;
        try {
            offset = colon > 0 ? Long.parseLong(raw.substring(0, colon)) : -1;
        } catch (NumberFormatException e) {
            offset = -1;
        }
        if (offset < 0 || !raw.substring(colon + 1).equals(hash(query))) {
            throw ModelyardException.invalid("invalid page_token: malformed, or it belongs to a different search (filter, order_by, experiments or view changed)");
        }
        return offset;
    }

    private static String hash(String query) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
