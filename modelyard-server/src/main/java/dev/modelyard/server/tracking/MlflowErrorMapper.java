package dev.modelyard.server.tracking;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.server.http.ErrorMapper;
import dev.modelyard.server.http.HttpError;
import dev.modelyard.server.http.HttpException;
import dev.modelyard.server.http.HttpFailure;
import dev.modelyard.server.http.PayloadTooLargeException;
import dev.modelyard.tracking.api.MlflowErrors;

/** MLflow's error body {@code {"error_code": "...", "message": "..."}} with MLflow's HTTP statuses. */
public final class MlflowErrorMapper implements ErrorMapper {

    @Override
    public HttpError map(Throwable failure) {
        PayloadTooLargeException tooLarge = find(failure, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return error(413, "RESOURCE_LIMIT_EXCEEDED", tooLarge.getMessage());
        }
        if (failure instanceof HttpException h) {
            return error(h.failure().status(), code(h.failure()), h.getMessage());
        }
        if (failure instanceof ModelyardException m && m.code() != ErrorCode.INTERNAL && m.code().httpStatus() < 500) {
            return error(m.code().httpStatus(), MlflowErrors.errorCode(m.code()), m.getMessage());
        }
        // Internals (SQL, paths, classes) stay in the server log.
        return error(500, "INTERNAL_ERROR", "internal server error; the server log has the details");
    }

    private static String code(HttpFailure failure) {
        return switch (failure) {
            case BAD_REQUEST -> "INVALID_PARAMETER_VALUE";
            case UNAUTHENTICATED -> "UNAUTHENTICATED";
            case PERMISSION_DENIED -> "PERMISSION_DENIED";
            case ENDPOINT_NOT_FOUND -> "ENDPOINT_NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "BAD_REQUEST";
            case PAYLOAD_TOO_LARGE -> "RESOURCE_LIMIT_EXCEEDED";
            case UNSUPPORTED_MEDIA_TYPE -> "BAD_REQUEST";
        };
    }

    private static HttpError error(int status, String code, String message) {
        ObjectNode body = Json.object();
        body.put("error_code", code);
        body.put("message", message == null ? code : message);
        return new HttpError(status, body);
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
