package dev.modelyard.tracking.api;

/** MLflow's RegisteredModelAlias: alias name and the version (string) it points at. */
public record RegisteredModelAlias(String alias, String version) {}
