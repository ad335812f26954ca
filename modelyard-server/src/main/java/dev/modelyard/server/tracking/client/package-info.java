/**
 * A client of an MLflow-compatible tracking server (Modelyard's or MLflow's own): the tracking SPIs over MLflow's
 * REST API, so {@code modelyard train} logs to {@code http(s)://} tracking URIs as it does to a local store.
 */
package dev.modelyard.server.tracking.client;
