package dev.modelyard.tracking.api;

import java.util.List;

/** MLflow's DatasetInput: a dataset used by a run, with input tags (e.g. {@code mlflow.data.context=train}). */
public record DatasetInput(List<Tag> tags, Dataset dataset) {
    public DatasetInput {
        tags = List.copyOf(tags);
    }
}
