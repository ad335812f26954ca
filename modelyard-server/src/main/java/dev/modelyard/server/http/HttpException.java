package dev.modelyard.server.http;

/** A request rejected by the plumbing (auth, size, content type, unknown route, unreadable body). */
public final class HttpException extends RuntimeException {
    private final HttpFailure failure;

    public HttpException(HttpFailure failure, String message) {
        super(message, null, false, false);
        this.failure = failure;
    }

    public HttpFailure failure() { return failure; }
}
