package dev.modelyard.server.tracking;

import dev.modelyard.server.http.Access;
import dev.modelyard.server.http.JsonHandler;
import dev.modelyard.server.http.Routes;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;

import java.util.List;

/** Registers one MLflow endpoint under both of MLflow's prefixes, {@code /api/2.0/mlflow/} and {@code /ajax-api/2.0/mlflow/}. */
final class MlflowEndpoints {
    static final List<String> PREFIXES = List.of("/api/2.0/mlflow/", "/ajax-api/2.0/mlflow/");

    private final HttpRouting.Builder routing;
    private final Routes routes;

    MlflowEndpoints(HttpRouting.Builder routing, Routes routes) {
        this.routing = routing;
        this.routes = routes;
    }

    /** A read endpoint: GET (query string) and POST (JSON body), allowed with read-only tokens. */
    <T> void read(String path, Class<T> type, JsonHandler<T> handler) {
        add(Access.READ, List.of(Method.GET, Method.POST), path, type, handler);
    }

    /** A read endpoint on GET only (its path takes writes on other methods). */
    <T> void readGet(String path, Class<T> type, JsonHandler<T> handler) {
        add(Access.READ, List.of(Method.GET), path, type, handler);
    }

    /** A write endpoint with MLflow's method for it. */
    <T> void write(Method method, String path, Class<T> type, JsonHandler<T> handler) {
        add(Access.WRITE, List.of(method), path, type, handler);
    }

    private <T> void add(Access access, List<Method> methods, String path, Class<T> type, JsonHandler<T> handler) {
        var h = routes.json(access, type, handler);
        for (String prefix : PREFIXES) {
            for (Method m : methods) {
                routing.route(m, prefix + path, h);
            }
        }
    }
}
