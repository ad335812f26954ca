package dev.modelyard.server.http;

import java.time.Duration;

/**
 * Where and how a server listens. {@code port} 0 picks a free port. {@code insecure} allows a non-loopback
 * address without tokens; {@code shutdownGrace} is how long in-flight requests may finish on stop.
 */
public record HttpServerOptions(String host, int port, TokenAuth auth, boolean insecure, Duration shutdownGrace) {
    public static final String DEFAULT_HOST = "127.0.0.1";

    public HttpServerOptions {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host;
        auth = auth == null ? TokenAuth.open() : auth;
        shutdownGrace = shutdownGrace == null ? Duration.ofSeconds(10) : shutdownGrace;
    }
}
