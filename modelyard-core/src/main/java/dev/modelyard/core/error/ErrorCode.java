package dev.modelyard.core.error;

/** Every failure Modelyard reports, with the HTTP status and CLI exit code it maps to. */
public enum ErrorCode {
    /** Input that is malformed or does not fit what was asked (exit 2, HTTP 400). */
    INVALID_INPUT(400, 2),
    /** A file, column, model or other named thing that does not exist (exit 2, HTTP 404). */
    NOT_FOUND(404, 2),
    /** A named thing (experiment, registered model, alias target…) that already exists (exit 2, HTTP 400 as MLflow). */
    ALREADY_EXISTS(400, 2),
    /** An operation not allowed in the target's current state, e.g. logging to a deleted run (exit 2, HTTP 400). */
    INVALID_STATE(400, 2),
    /** A model bundle that is damaged, tampered with or of an unknown format (exit 2, HTTP 400). */
    CORRUPT_BUNDLE(400, 2),
    /** A bundle written by a newer format version than this build reads (exit 2, HTTP 400). */
    UNSUPPORTED_VERSION(400, 2),
    /** Leakage found under {@code --strict} (exit 2, HTTP 400). */
    LEAKAGE(400, 2),
    /** Work cancelled by the user (exit 130, HTTP 499). */
    CANCELLED(499, 130),
    /** A bug or an environment failure: not the user's fault (exit 1, HTTP 500). */
    INTERNAL(500, 1);

    private final int httpStatus;
    private final int exitCode;

    ErrorCode(int httpStatus, int exitCode) {
        this.httpStatus = httpStatus;
        this.exitCode = exitCode;
    }

    public int httpStatus() { return httpStatus; }

    public int exitCode() { return exitCode; }
}
