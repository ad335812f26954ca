package dev.modelyard.data.profile;

/** A value and how many rows hold it. */
public record ValueCount(String value, int count) {}
