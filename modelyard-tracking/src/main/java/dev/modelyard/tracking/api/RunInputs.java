package dev.modelyard.tracking.api;

import java.util.List;

/** MLflow's RunInputs. */
public record RunInputs(List<DatasetInput> datasetInputs) {
    public RunInputs {
        datasetInputs = List.copyOf(datasetInputs);
    }
}
