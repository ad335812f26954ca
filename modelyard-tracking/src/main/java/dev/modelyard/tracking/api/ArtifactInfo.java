package dev.modelyard.tracking.api;

/** MLflow's FileInfo: path relative to the listed root, directory flag, size in bytes (null for directories). */
public record ArtifactInfo(String path, boolean isDir, Long fileSize) {}
