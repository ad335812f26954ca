package dev.modelyard.server.http;

/**
 * Turns any failure into a protocol's error response. One per protocol; it must never expose internals
 * (stack traces, class names, SQL) for unexpected exceptions, which the plumbing logs instead.
 */
@FunctionalInterface
public interface ErrorMapper {
    HttpError map(Throwable failure);
}
