package dev.modelyard.tracking.api;

/** A run parameter; write-once per run and key. */
public record Param(String key, String value) {}
