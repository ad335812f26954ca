package dev.modelyard.server.serving;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.input.CsvTable;
import dev.modelyard.serving.input.InputError;
import dev.modelyard.server.http.HttpException;
import dev.modelyard.server.http.HttpFailure;
import dev.modelyard.server.http.PayloadTooLargeException;
import dev.modelyard.server.http.Routes;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies through the plumbing's size limit (413 past it): JSON ({@code application/json}) or CSV
 * ({@code text/csv}), anything else 415. Malformed JSON is a 400 with its line and column; a bare NaN or
 * Infinity gets its own hint, since JSON has no such numbers (Jackson's non-numeric numbers stay disabled).
 */
final class Bodies {
    enum Kind { JSON, CSV }

    private final long maxBytes;

    Bodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body's kind from Content-Type; 415 unless one of {@code allowed}. */
    static Kind kind(ServerRequest req, boolean csvAllowed) {
        String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        String bare = type.split(";", 2)[0].trim();
        if (bare.equalsIgnoreCase("application/json")) {
            return Kind.JSON;
        }
        if (csvAllowed && bare.equalsIgnoreCase("text/csv")) {
            return Kind.CSV;
        }
        throw new HttpException(HttpFailure.UNSUPPORTED_MEDIA_TYPE, "the request body must be application/json"
                + (csvAllowed ? " or text/csv" : "") + (type.isEmpty() ? " (no Content-Type given)" : ", not " + bare));
    }

    JsonNode json(ServerRequest req) {
        kind(req, false);
        return parseJson(req);
    }

    JsonNode parseJson(ServerRequest req) {
        return parseJson(bytes(req));
    }

    /** The whole body, within the size limit (413 past it). */
    byte[] bytes(ServerRequest req) {
        try {
            return Routes.bodyBytes(req, maxBytes);
        } catch (PayloadTooLargeException e) {
            throw new HttpException(HttpFailure.PAYLOAD_TOO_LARGE, e.getMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof PayloadTooLargeException p) {
                throw new HttpException(HttpFailure.PAYLOAD_TOO_LARGE, p.getMessage());
            }
            throw new InputError(null, "could not read the request body: " + e.getMessage());
        }
    }

    /** A body read by {@link #bytes} as a JSON tree; malformed JSON is a 400 saying where. */
    JsonNode parseJson(byte[] body) {
        try {
            JsonNode n = Json.mapper().readTree(body);
            if (n == null || n.isMissingNode()) {
                throw new InputError(null, "the request body is empty");
            }
            return n;
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            String hint = msg != null && msg.contains("Non-standard token") ? " (JSON has no NaN or Infinity: send null for a missing value)" : "";
            throw new InputError(null, "malformed JSON in the request body at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + hint);
        } catch (JsonProcessingException e) {
            throw new InputError(null, "malformed JSON in the request body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputError(null, "could not read the request body: " + e.getMessage());
        }
    }

    CsvTable csv(ServerRequest req) {
        return CsvTable.parse(new String(bytes(req), StandardCharsets.UTF_8));
    }
}
