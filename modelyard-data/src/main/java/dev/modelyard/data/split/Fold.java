package dev.modelyard.data.split;

/** One train/test partition of row indices (each sorted ascending, disjoint). */
public record Fold(int[] train, int[] test) {}
