package dev.modelyard.monitoring.alert;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** Where new alerts go. */
public sealed interface AlertSink {
    /** The process log ({@link System.Logger}): critical alerts at ERROR, warnings at WARNING. */
    record Log() implements AlertSink {}

    /** An HTTP(S) POST of {@code {"model": …, "alerts": […]}}; a failure is logged, never thrown. */
    record Webhook(URI url, Duration timeout) implements AlertSink {}

    /** A JSON status file, per model the latest alerts and when it was last checked ({@link StatusFile}). */
    record Status(Path path) implements AlertSink {}
}
