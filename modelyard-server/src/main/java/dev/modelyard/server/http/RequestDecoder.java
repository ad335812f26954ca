package dev.modelyard.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decodes a request into a typed message with core's Jackson mapper: the JSON body when there is one (streamed
 * from the socket through a size limit, checked to be {@code application/json}), otherwise the query string
 * (repeated names become arrays, a single value fills a list). Unreadable input is a 400 naming the field.
 */
final class RequestDecoder {
    private final long maxBodyBytes;

    RequestDecoder(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** One configured reader per message type, built on first use (readers are immutable and thread-safe). */
    private final ClassValue<ObjectReader> readers = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.mapper().readerFor(type)
                    .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .with(StreamReadFeature.USE_FAST_DOUBLE_PARSER); // metric batches are mostly doubles
        }
    };

    <T> T decode(ServerRequest req, Class<T> type) {
        ObjectReader reader = readers.get(type);
        try {
            if (hasBody(req)) {
                requireJson(req);
                try (InputStream in = limitedBody(req, maxBodyBytes)) {
                    return reader.readValue(in);
                }
            }
            return reader.readValue(queryAsJson(req));
        } catch (PayloadTooLargeException e) {
            throw new HttpException(HttpFailure.PAYLOAD_TOO_LARGE, e.getMessage());
        } catch (JsonParseException e) {
            throw new HttpException(HttpFailure.BAD_REQUEST, "malformed JSON in the request body at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof PayloadTooLargeException p) {
                throw new HttpException(HttpFailure.PAYLOAD_TOO_LARGE, p.getMessage());
            }
            throw new HttpException(HttpFailure.BAD_REQUEST, describe(e));
        } catch (JsonProcessingException e) {
            throw new HttpException(HttpFailure.BAD_REQUEST, "unreadable JSON in the request body");
        } catch (IOException e) {
            throw new HttpException(HttpFailure.BAD_REQUEST, "could not read the request body: " + e.getMessage());
        }
    }

    /** True when the request carries a non-empty entity. */
    static boolean hasBody(ServerRequest req) {
        var length = req.headers().contentLength();
        if (length.isPresent()) {
            return length.getAsLong() > 0;
        }
        return req.content().hasEntity();
    }

    /** 415 unless the request's content type is JSON. */
    static void requireJson(ServerRequest req) {
        String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        String bare = type.split(";", 2)[0].trim();
        if (!bare.equalsIgnoreCase("application/json")) {
            throw new HttpException(HttpFailure.UNSUPPORTED_MEDIA_TYPE, "the request body must be application/json"
                    + (type.isEmpty() ? " (no Content-Type given)" : ", not " + bare));
        }
    }

    /** Bodies up to this size are read and dropped before a 413, so the client is not reset while still sending. */
    static final long DRAIN_LIMIT = 64L << 20;

    /** The body as a stream of at most {@code limit} bytes; 413 at once when Content-Length says it is larger. */
    static InputStream limitedBody(ServerRequest req, long limit) {
        var length = req.headers().contentLength();
        if (length.isPresent() && length.getAsLong() > limit) {
            if (length.getAsLong() <= DRAIN_LIMIT) {
                drain(req);
            }
            throw new HttpException(HttpFailure.PAYLOAD_TOO_LARGE,
                    "request body of " + length.getAsLong() + " bytes is larger than the limit of " + limit + " bytes");
        }
        return new LimitedInputStream(req.content().inputStream(), limit);
    }

    /**
     * Reads and drops the body. Answering while the client is still sending makes the server close a socket with
     * unread bytes, which resets the connection, and a client can then lose the 413 itself.
     */
    private static void drain(ServerRequest req) {
        try (InputStream in = req.content().inputStream()) {
            byte[] sink = new byte[64 << 10];
            while (in.read(sink) >= 0) {
                // dropped
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or sent less: the 413 goes out (or not) all the same
        }
    }

    /**
     * The whole body within {@code limit}: one exact-size array when Content-Length is given (a one-row scoring
     * request is a few hundred bytes; {@code readAllBytes} would allocate 16 KiB chunks for it), else read to the end.
     */
    static byte[] bodyBytes(ServerRequest req, long limit) throws IOException {
        var length = req.headers().contentLength();
        try (InputStream in = limitedBody(req, limit)) {
            if (length.isEmpty()) {
                return in.readAllBytes();
            }
            byte[] body = new byte[(int) length.getAsLong()];
            int n = in.readNBytes(body, 0, body.length);
            if (n != body.length) {
                throw new IOException("the body ended after " + n + " of its " + body.length + " bytes");
            }
            return body;
        }
    }

    private static ObjectNode queryAsJson(ServerRequest req) {
        ObjectNode node = Json.object();
        var query = req.query();
        for (String name : query.names()) {
            List<String> values = query.all(name);
            if (values.size() == 1) {
                node.put(name, values.getFirst());
            } else {
                ArrayNode arr = node.putArray(name);
                values.forEach(arr::add);
            }
        }
        return node;
    }

    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (path.isEmpty()) {
            return "the request must be a JSON object";
        }
        return "invalid value for field '" + path + "' (wrong type or format)";
    }
}
