package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ModelyardException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A parsed backend store URI: which database and how to reach it. */
public sealed interface BackendUri {

    /**
     * An SQLite file. {@code synchronous} is FULL or NORMAL; see {@link SqliteDatabase} for why the default is
     * what it is.
     */
    record Sqlite(Path file, String synchronous) implements BackendUri {}

    /** A PostgreSQL database reached through JDBC. */
    record Postgres(String jdbcUrl, String user, String password) implements BackendUri {}

    /**
     * Parses {@code sqlite:<path>}, {@code sqlite:///relative} / {@code sqlite:////absolute} (SQLAlchemy's meaning,
     * as MLflow users write it) and {@code postgresql://user[:pw]@host[:port]/db[?k=v]}.
     */
    static BackendUri parse(String uri) {
        if (uri == null || uri.isBlank()) {
            throw ModelyardException.invalid("backend store URI is empty; use sqlite:<path> or postgresql://user@host:port/db");
        }
        String u = uri.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sqlite:")) {
            return sqlite(u.substring("sqlite:".length()), uri);
        }
        int scheme = lower.indexOf("://");
        if (scheme > 0 && (lower.startsWith("postgresql") || lower.startsWith("postgres"))) {
            return postgres(u.substring(scheme + 3), uri);
        }
        throw ModelyardException.invalid("unsupported backend store URI '" + uri
                + "': use sqlite:<path> or postgresql://user[:password]@host[:port]/database");
    }

    private static BackendUri sqlite(String rest, String uri) {
        Map<String, String> query = new TreeMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = query(rest.substring(q + 1), uri);
            rest = rest.substring(0, q);
        }
        String path;
        if (rest.startsWith("///")) {
            path = rest.substring(3); // sqlite:///rel, sqlite:////abs
        } else if (rest.startsWith("//")) {
            throw ModelyardException.invalid("backend store URI '" + uri + "': SQLite takes no host; write sqlite:///relative/path or sqlite:////absolute/path");
        } else {
            path = rest;
        }
        if (path.isBlank()) {
            path = "modelyard-data/modelyard.db";
        }
        String sync = query.getOrDefault("synchronous", SqliteDatabase.DEFAULT_SYNCHRONOUS).toUpperCase(Locale.ROOT);
        if (!sync.equals("FULL") && !sync.equals("NORMAL")) {
            throw ModelyardException.invalid("backend store URI '" + uri + "': synchronous must be FULL or NORMAL, got " + sync);
        }
        return new Sqlite(Path.of(path), sync);
    }

    private static BackendUri postgres(String rest, String uri) {
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String cred = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = cred.indexOf(':');
            user = decode(colon >= 0 ? cred.substring(0, colon) : cred);
            password = colon >= 0 ? decode(cred.substring(colon + 1)) : null;
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String hostPort = slash >= 0 ? rest.substring(0, slash) : rest;
        String db = slash >= 0 ? rest.substring(slash + 1) : "";
        if (hostPort.isBlank() || db.isBlank() || !hostPort.matches("[A-Za-z0-9._\\-\\[\\]:]+") || !db.matches("[A-Za-z0-9_\\-.]+")) {
            throw ModelyardException.invalid("backend store URI '" + redact(uri)
                    + "': expected postgresql://user[:password]@host[:port]/database");
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(hostPort).append('/').append(db)
                .append("?reWriteBatchedInserts=true");
        for (Map.Entry<String, String> e : query(query, uri).entrySet()) {
            jdbc.append('&').append(e.getKey()).append('=').append(e.getValue());
        }
        return new Postgres(jdbc.toString(), user, password);
    }

    private static Map<String, String> query(String query, String uri) {
        Map<String, String> out = new TreeMap<>();
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String k = eq >= 0 ? part.substring(0, eq) : part;
            String v = eq >= 0 ? part.substring(eq + 1) : "";
            if (!k.matches("[A-Za-z][A-Za-z0-9_]*") || !v.matches("[A-Za-z0-9_.\\-]*")) {
                throw ModelyardException.invalid("backend store URI '" + redact(uri) + "': bad query parameter '" + part + "'");
            }
            out.put(k, v);
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The URI with any password replaced, for messages. */
    static String redact(String uri) {
        return uri.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@");
    }
}
