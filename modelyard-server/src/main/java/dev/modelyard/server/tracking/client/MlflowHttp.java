package dev.modelyard.server.tracking.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * HTTP to one tracking server: MLflow messages as JSON bodies (or query strings on GET), an optional bearer token,
 * and every failure as a {@link ModelyardException} naming the URL. Thread-safe.
 */
final class MlflowHttp implements AutoCloseable {
    static final String API = "/api/2.0/mlflow/";
    static final String ARTIFACTS = "/api/2.0/mlflow-artifacts/artifacts";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final String given;
    private final String base;
    private final String token;
    private final HttpClient client;

    /** {@code base} as the user gave it ({@code http://host:port[/prefix]}); {@code token} null for none. */
    MlflowHttp(String base, String token) {
        this.given = base;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token == null || token.isBlank() ? null : token.strip();
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The server URL as the user gave it, for messages. */
    String base() { return given; }

    /** Calls {@code API + endpoint}: GET sends {@code message}'s fields as a query string, other methods as JSON. */
    JsonNode call(String method, String endpoint, Object message) {
        ObjectNode fields = withoutNulls(Json.mapper().valueToTree(message));
        String url = base + API + endpoint;
        HttpRequest.Builder b;
        if (method.equals("GET")) {
            b = request(url + query(fields)).GET();
        } else {
            b = request(url).header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(fields.toString(), StandardCharsets.UTF_8));
        }
        HttpResponse<String> res = send(b.build(), BodyHandlers.ofString(StandardCharsets.UTF_8), url);
        if (res.statusCode() != 200) {
            throw RestErrors.fromResponse(url, res.statusCode(), res.body());
        }
        try {
            return res.body().isBlank() ? Json.object() : Json.read(res.body());
        } catch (IOException e) {
            throw new ModelyardException(ErrorCode.INTERNAL, "the tracking server at " + base + " sent unreadable JSON for " + endpoint);
        }
    }

    /** {@code ARTIFACTS + path} (already encoded) with a streamed body, or no body for DELETE/GET. */
    HttpResponse<InputStream> raw(String method, String encodedPath, BodyPublisher body) {
        String url = base + ARTIFACTS + encodedPath;
        HttpRequest req = request(url).method(method, body == null ? BodyPublishers.noBody() : body).build();
        HttpResponse<InputStream> res = send(req, BodyHandlers.ofInputStream(), url);
        if (res.statusCode() != 200) {
            try (InputStream in = res.body()) {
                throw RestErrors.fromResponse(url, res.statusCode(), new String(in.readNBytes(64 << 10), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw RestErrors.fromResponse(url, res.statusCode(), "");
            }
        }
        return res;
    }

    /** As {@link #raw} for calls whose answer body does not matter (uploads, deletes). */
    void rawNoContent(String method, String encodedPath, BodyPublisher body) {
        try (InputStream in = raw(method, encodedPath, body).body()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw ModelyardException.invalid("request to the tracking server failed: " + base + ARTIFACTS + encodedPath + ": " + e.getMessage());
        }
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT);
        } catch (IllegalArgumentException e) {
            throw ModelyardException.invalid("tracking URI '" + given + "' is not a valid http(s) URL: " + e.getMessage());
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> handler, String url) {
        try {
            return client.send(req, handler);
        } catch (ConnectException e) {
            throw ModelyardException.invalid("cannot reach the tracking server at " + given + " (connection refused);"
                    + " is a tracking server running there?");
        } catch (HttpTimeoutException e) {
            throw ModelyardException.invalid("the tracking server at " + base + " did not answer " + url + " in time");
        } catch (IOException e) {
            throw ModelyardException.invalid("request to the tracking server failed: " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelyardException(ErrorCode.CANCELLED, "interrupted while calling " + url);
        }
    }

    /** Percent-encodes one path segment or query value (spaces as %20, not '+'). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(ObjectNode fields) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            Iterable<JsonNode> values = f.getValue().isArray() ? f.getValue() : List.of(f.getValue());
            for (JsonNode v : values) {
                q.add(encode(f.getKey()) + "=" + encode(v.asText()));
            }
        }
        return q.toString();
    }

    /** MLflow's parsers treat a JSON null differently from an absent field; absent is what the message means. */
    private static ObjectNode withoutNulls(ObjectNode n) {
        List<String> nulls = new ArrayList<>();
        n.fieldNames().forEachRemaining(k -> {
            if (n.get(k).isNull()) {
                nulls.add(k);
            }
        });
        n.remove(nulls);
        for (JsonNode v : n) {
            if (v instanceof ObjectNode o) {
                withoutNulls(o);
            } else if (v.isArray()) {
                v.forEach(item -> {
                    if (item instanceof ObjectNode o) {
                        withoutNulls(o);
                    }
                });
            }
        }
        return n;
    }

    @Override
    public void close() {
        client.close();
    }
}
