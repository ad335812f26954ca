package dev.modelyard.server.tracking;

import java.nio.file.Path;

/**
 * Runs a tracking server as its own process for kill tests: {@code <backend-uri> <artifacts-root>}; prints
 * {@code PORT <n>} once listening and serves until killed or stopped.
 */
public final class TrackingServerProcess {
    private TrackingServerProcess() {}

    public static void main(String[] args) throws InterruptedException {
        TrackingServer server = TrackingServer.start(TrackingServerOptions.local(0, args[0], Path.of(args[1])));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("PORT " + server.port());
        System.out.flush();
        server.awaitStop();
    }
}
