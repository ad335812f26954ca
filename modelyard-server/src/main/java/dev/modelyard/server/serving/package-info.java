/**
 * The prediction server: the serving engine ({@code dev.modelyard.serving}) behind three protocols on the
 * shared HTTP plumbing — Modelyard JSON ({@code /api/v1/…}), Open Inference Protocol v2 ({@code /v2/…}) and
 * SageMaker/MLflow scoring ({@code /ping}, {@code /invocations}) — plus Prometheus {@code /metrics}.
 * Entry point: {@link dev.modelyard.server.serving.PredictionServer#start}.
 */
package dev.modelyard.server.serving;
