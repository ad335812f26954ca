package dev.modelyard.server.http;

import io.helidon.webserver.http.ServerRequest;

/** A handler that receives its decoded request message and returns the response message (sent as JSON, 200). */
@FunctionalInterface
public interface JsonHandler<T> {
    Object handle(T message, ServerRequest request) throws Exception;
}
