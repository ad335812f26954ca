package dev.modelyard.tracking.api;

import dev.modelyard.core.error.ErrorCode;

/** Maps Modelyard error codes to MLflow's {@code error_code} strings and back (the HTTP status comes from {@link ErrorCode#httpStatus()}). */
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

    /** The reverse, for clients of an MLflow server: unknown codes are INVALID_INPUT (MLflow's 4xx family). */
    public static ErrorCode fromErrorCode(String mlflowCode) {
        return switch (mlflowCode == null ? "" : mlflowCode) {
            case "RESOURCE_DOES_NOT_EXIST", "NOT_FOUND" -> ErrorCode.NOT_FOUND;
            case "RESOURCE_ALREADY_EXISTS" -> ErrorCode.ALREADY_EXISTS;
            case "INVALID_STATE" -> ErrorCode.INVALID_STATE;
            case "INTERNAL_ERROR" -> ErrorCode.INTERNAL;
            default -> ErrorCode.INVALID_INPUT;
        };
    }
}
