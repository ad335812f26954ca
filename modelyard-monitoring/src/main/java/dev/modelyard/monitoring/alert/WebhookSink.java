package dev.modelyard.monitoring.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.monitoring.report.JsonReport;
import dev.modelyard.monitoring.result.Alert;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * POSTs alerts as {@code {"model": …, "alerts": [{rule, severity, window, message, value, threshold}]}} to a URL.
 * Never throws: a failure (refused, timed out, non-2xx answer) is logged and the alerts stay recorded as fired.
 */
final class WebhookSink {
    private static final System.Logger LOG = System.getLogger(WebhookSink.class.getName());

    private final AlertSink.Webhook target;
    private final HttpClient client;

    WebhookSink(AlertSink.Webhook target) {
        this.target = target;
        this.client = HttpClient.newBuilder().connectTimeout(target.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends; true when the receiver answered 2xx. */
    boolean send(String model, List<Alert> alerts) {
        ObjectNode body = Json.object();
        body.put("model", model);
        ArrayNode a = body.putArray("alerts");
        alerts.forEach(x -> a.add(JsonReport.alert(x)));
        HttpRequest req = HttpRequest.newBuilder(target.url()).timeout(target.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))).build();
        try {
            HttpResponse<Void> res = client.send(req, HttpResponse.BodyHandlers.discarding());
            if (res.statusCode() / 100 == 2) {
                return true;
            }
            LOG.log(System.Logger.Level.WARNING, "alert webhook " + target.url() + " answered " + res.statusCode()
                    + "; " + alerts.size() + " alert(s) for " + model + " not accepted");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "alert webhook " + target.url() + " failed (" + e + "); "
                    + alerts.size() + " alert(s) for " + model + " not delivered");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
