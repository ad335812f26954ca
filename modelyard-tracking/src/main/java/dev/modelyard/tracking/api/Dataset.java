package dev.modelyard.tracking.api;

/** MLflow's Dataset: name and digest required; source type, source, schema and profile optional (may be null). */
public record Dataset(String name, String digest, String sourceType, String source, String schema, String profile) {}
