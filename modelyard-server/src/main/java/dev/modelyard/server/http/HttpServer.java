package dev.modelyard.server.http;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

import java.net.InetAddress;
import java.util.function.Consumer;

/**
 * A running Helidon SE server (virtual thread per request, blocking handlers). The protocol adds its routes;
 * unknown routes and failures escaping handlers are answered by {@code fallback}. {@link #close()} stops
 * gracefully: the listener closes, in-flight requests get the grace period.
 */
public final class HttpServer implements AutoCloseable {
    private final WebServer server;

    private HttpServer(WebServer server) {
        this.server = server;
    }

    /** Checks the bind policy, binds and starts; returns once the port is open. */
    public static HttpServer start(HttpServerOptions options, Routes fallback, Consumer<HttpRouting.Builder> routes) {
        InetAddress address = BindPolicy.check(options.host(), options.auth(), options.insecure());
        WebServer server = WebServer.builder()
                .address(address)
                .port(options.port())
                .shutdownHook(false) // the owner stops us, then closes its stores: order matters
                .shutdownGracePeriod(options.shutdownGrace())
                .routing(r -> {
                    routes.accept(r);
                    r.error(Throwable.class, fallback::fail);
                    r.any(fallback.notFound());
                })
                .build()
                .start();
        return new HttpServer(server);
    }

    /** The bound port (useful with port 0). */
    public int port() { return server.port(); }

    public boolean isRunning() { return server.isRunning(); }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }
}
