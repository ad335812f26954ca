/** MLflow's JSON wire format: request messages (typed records) and entity encoders, field names exactly as MLflow's. */
package dev.modelyard.server.tracking.wire;
