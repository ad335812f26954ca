package dev.modelyard.tracking.api;

/** MLflow's Run: info, data and inputs. */
public record Run(RunInfo info, RunData data, RunInputs inputs) {}
