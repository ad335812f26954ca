package dev.modelyard.core.error;

/** The one exception Modelyard throws for failures a user can act on; the message says what and where. */
public class ModelyardException extends RuntimeException {
    private final ErrorCode code;

    public ModelyardException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ModelyardException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() { return code; }

    public static ModelyardException invalid(String message) {
        return new ModelyardException(ErrorCode.INVALID_INPUT, message);
    }

    public static ModelyardException notFound(String message) {
        return new ModelyardException(ErrorCode.NOT_FOUND, message);
    }
}
