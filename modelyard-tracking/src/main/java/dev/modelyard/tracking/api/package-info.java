/**
 * The tracking SPI: {@link dev.modelyard.tracking.api.TrackingStore} (experiments, runs, metrics, params, tags,
 * inputs), {@link dev.modelyard.tracking.api.ModelRegistry} (registered models, versions, aliases) and
 * {@link dev.modelyard.tracking.api.ArtifactStore}, with entities that mirror MLflow's REST entities field for
 * field so a REST layer maps them 1:1. Failures are {@code ModelyardException}s whose {@code ErrorCode} maps
 * to MLflow's error codes (see {@link dev.modelyard.tracking.api.MlflowErrors}).
 */
package dev.modelyard.tracking.api;
