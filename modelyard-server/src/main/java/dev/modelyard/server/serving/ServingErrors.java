package dev.modelyard.server.serving;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.input.InputError;
import dev.modelyard.serving.metrics.ServingMetrics;
import dev.modelyard.serving.predict.RequestTimeout;
import dev.modelyard.server.http.ErrorMapper;
import dev.modelyard.server.http.HttpError;
import dev.modelyard.server.http.HttpException;
import java.util.Locale;

/**
 * The error body of every serving protocol: {@code {"error": message, "error_code": KIND, "field": …, "row": …}}.
 * {@code error} is what the Open Inference Protocol names its message; {@code error_code} follows MLflow's
 * scoring server. Client mistakes are 4xx naming the field; a timeout is 503; anything unexpected is a bare 500
 * without internals. Each failure is counted by kind.
 */
final class ServingErrors implements ErrorMapper {
    private final ServingMetrics metrics;

    ServingErrors(ServingMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public HttpError map(Throwable t) {
        ObjectNode body = Json.object();
        int status;
        String kind;
        if (t instanceof HttpException h) {
            status = h.failure().status();
            kind = h.failure().name();
            body.put("error", h.getMessage());
        } else if (t instanceof RequestTimeout r) {
            status = 503;
            kind = "TIMEOUT";
            body.put("error", r.getMessage());
        } else if (t instanceof ModelyardException m && m.code() != ErrorCode.INTERNAL) {
            status = m.code().httpStatus();
            kind = status == 404 ? "NOT_FOUND" : "BAD_REQUEST";
            body.put("error", m.getMessage());
            if (m instanceof InputError in && in.field() != null) {
                body.put("field", in.field());
            }
            if (m instanceof InputError in && in.row() >= 0) {
                body.put("row", in.row());
            }
        } else {
            status = 500;
            kind = "INTERNAL_ERROR";
            body.put("error", "internal error while serving the request; the server log has the details");
        }
        body.put("error_code", kind);
        metrics.error(kind.toLowerCase(Locale.ROOT));
        return new HttpError(status, body);
    }
}
