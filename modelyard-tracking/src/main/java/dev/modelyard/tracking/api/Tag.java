package dev.modelyard.tracking.api;

/** A key/value tag: MLflow's ExperimentTag, RunTag, RegisteredModelTag, ModelVersionTag and InputTag share this shape. */
public record Tag(String key, String value) {}
