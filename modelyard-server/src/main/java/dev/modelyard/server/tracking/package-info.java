/**
 * The MLflow-compatible tracking server: MLflow REST API 2.0 (experiments, runs, metrics, model registry) under
 * {@code /api/2.0/mlflow/} and {@code /ajax-api/2.0/mlflow/}, the proxied artifact API under
 * {@code /api/2.0/mlflow-artifacts/}, {@code /health} and {@code /version}. Entry point: {@link TrackingServer}.
 */
package dev.modelyard.server.tracking;
