package dev.modelyard.tracking.api;

import dev.modelyard.core.error.ErrorCode;

/** Maps Modelyard error codes to MLflow's {@code error_code} strings (the HTTP status comes from {@link ErrorCode#httpStatus()}). */
public final class MlflowErrors {
    private MlflowErrors() {}

    public static String errorCode(ErrorCode code) {
        return switch (code) {
            case NOT_FOUND -> "RESOURCE_DOES_NOT_EXIST";
            case ALREADY_EXISTS -> "RESOURCE_ALREADY_EXISTS";
            case INVALID_STATE -> "INVALID_STATE";
            case INTERNAL -> "INTERNAL_ERROR";
            default -> "INVALID_PARAMETER_VALUE";
        };
    }
}
