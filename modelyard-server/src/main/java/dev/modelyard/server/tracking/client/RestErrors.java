package dev.modelyard.server.tracking.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.tracking.api.MlflowErrors;

/**
 * Turns an MLflow error response ({@code {"error_code", "message"}} with a 4xx/5xx status) back into the
 * {@link ModelyardException} the server side started from, so callers' "create if absent" logic sees NOT_FOUND and
 * ALREADY_EXISTS as with a local store.
 */
final class RestErrors {
    private RestErrors() {}

    static ModelyardException fromResponse(String url, int status, String body) {
        String errorCode = null;
        String message = null;
        try {
            JsonNode n = Json.read(body);
            if (n != null && n.isObject()) {
                errorCode = n.path("error_code").asText(null);
                message = n.path("message").asText(null);
            }
        } catch (Exception notJson) {
            // A proxy's HTML page or plain text: reported below with its first characters.
        }
        if (message == null) {
            String shown = body.length() > 200 ? body.substring(0, 200) + "…" : body;
            message = "HTTP " + status + " from " + url + (shown.isBlank() ? "" : ": " + shown.strip());
        }
        if (status == 401 || status == 403) {
            return ModelyardException.invalid("the tracking server refused " + url + " (" + status + (errorCode == null ? "" : " " + errorCode) + "): "
                    + message + "; give its bearer token in MODELYARD_TRACKING_TOKEN");
        }
        ErrorCode code = status >= 500 ? ErrorCode.INTERNAL : MlflowErrors.fromErrorCode(errorCode);
        if (code == ErrorCode.INTERNAL) {
            return new ModelyardException(code, "the tracking server failed on " + url + " (" + status + "): " + message);
        }
        if ("ENDPOINT_NOT_FOUND".equals(errorCode) || (errorCode == null && status == 404)) {
            return ModelyardException.invalid("the tracking server does not serve " + url + " (" + status + "): " + message);
        }
        return new ModelyardException(code, message);
    }
}
