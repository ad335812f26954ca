package dev.modelyard.server.http;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.modelyard.core.json.Json;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The one handler shape of a protocol: every route checks the caller's token for its {@link Access}, runs,
 * and maps any failure through the protocol's {@link ErrorMapper} to a JSON error (unexpected failures are
 * logged here and answered as a bare 500). Holds the protocol's JSON body limit.
 */
public final class Routes {
    private static final System.Logger LOG = System.getLogger(Routes.class.getName());
    private static final String JSON = "application/json";

    private final ErrorMapper errors;
    private final TokenAuth auth;
    private final RequestDecoder decoder;
    private final ObjectWriter writer = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    public Routes(ErrorMapper errors, TokenAuth auth, long maxJsonBodyBytes) {
        this.errors = errors;
        this.auth = auth;
        this.decoder = new RequestDecoder(maxJsonBodyBytes);
    }

    /** Wraps a raw handler (e.g. streaming) with the access check and error mapping. */
    public Handler raw(Access access, Handler inner) {
        return (req, res) -> {
            try {
                auth.check(req.headers().first(HeaderNames.AUTHORIZATION), access);
                inner.handle(req, res);
            } catch (Throwable t) {
                fail(req, res, t);
            }
        };
    }

    /** A JSON route: decodes the request into {@code type}, calls the handler and sends its result as JSON 200. */
    public <T> Handler json(Access access, Class<T> type, JsonHandler<T> handler) {
        return raw(access, (req, res) -> {
            T message = decoder.decode(req, type);
            send(res, 200, handler.handle(message, req));
        });
    }

    /** The catch-all for unknown routes: 404 in the protocol's error shape. */
    public Handler notFound() {
        return (req, res) -> fail(req, res, new HttpException(HttpFailure.ENDPOINT_NOT_FOUND,
                "no endpoint " + req.prologue().method().text() + " " + req.path().path()));
    }

    /** The request body as a size-limited stream ({@code limit} bytes; 413 beyond), for uploads. */
    public static InputStream body(ServerRequest req, long limit) {
        return RequestDecoder.limitedBody(req, limit);
    }

    /** The whole request body within {@code limit} bytes, as an array (413 past it, as {@link #body}). */
    public static byte[] bodyBytes(ServerRequest req, long limit) throws IOException {
        return RequestDecoder.bodyBytes(req, limit);
    }

    /** Sends {@code body} as compact JSON with {@code status}. */
    public void send(ServerResponse res, int status, Object body) {
        byte[] bytes;
        try {
            bytes = writer.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        res.send(bytes);
    }

    /** Answers a failure in the protocol's shape; logs failures that are not the client's fault. */
    public void fail(ServerRequest req, ServerResponse res, Throwable t) {
        HttpError error = errors.map(t);
        if (error.status() >= 500) {
            LOG.log(System.Logger.Level.ERROR, "request " + req.prologue().method().text() + " "
                    + req.path().path() + " failed", t);
        }
        if (res.isSent()) {
            return; // a streamed response already started; the connection is closed by the server
        }
        if (RequestDecoder.hasBody(req) && !req.content().consumed()) {
            // A rejected body (e.g. an oversized upload) is not drained: close the connection instead.
            res.header(HeaderNames.CONNECTION, "close");
        }
        send(res, error.status(), error.body());
    }

    /** Copies a stream to the response body (used for downloads). */
    public static void stream(ServerResponse res, String contentType, InputStream in) throws IOException {
        res.header(HeaderNames.CONTENT_TYPE, contentType);
        try (in; OutputStream out = res.outputStream()) {
            in.transferTo(out);
        }
    }
}
