package dev.modelyard.tracking.api;

/** One metric point: value at a timestamp (epoch ms) and step. NaN and infinities are allowed as in MLflow. */
public record Metric(String key, double value, long timestamp, long step) {}
