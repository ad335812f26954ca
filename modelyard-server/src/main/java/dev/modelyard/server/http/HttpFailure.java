package dev.modelyard.server.http;

/** Failures the plumbing itself detects, before a protocol handler runs; each protocol's mapper names them its way. */
public enum HttpFailure {
    BAD_REQUEST(400),
    UNAUTHENTICATED(401),
    PERMISSION_DENIED(403),
    ENDPOINT_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415);

    private final int status;

    HttpFailure(int status) {
        this.status = status;
    }

    public int status() { return status; }
}
