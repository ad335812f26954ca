package dev.modelyard.server.tracking.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.modelyard.server.tracking.wire.WireTypes.KeyValue;

import java.util.List;

/** Request messages of {@code registered-models/*} and {@code model-versions/*}. */
public final class RegistryMessages {
    private RegistryMessages() {}

    public record CreateModel(String name, List<KeyValue> tags, String description) {}

    public record ByName(String name) {}

    public record Rename(String name, @JsonProperty("new_name") String newName) {}

    public record Describe(String name, String description) {}

    public record Search(String filter, @JsonProperty("max_results") Integer maxResults,
                         @JsonProperty("order_by") List<String> orderBy, @JsonProperty("page_token") String pageToken) {}

    public record LatestVersions(String name, List<String> stages) {}

    public record ModelTag(String name, String key, String value) {}

    public record Alias(String name, String alias, String version) {}

    public record CreateVersion(String name, String source, @JsonProperty("run_id") String runId, List<KeyValue> tags,
                                @JsonProperty("run_link") String runLink, String description) {}

    public record Version(String name, String version) {}

    public record DescribeVersion(String name, String version, String description) {}

    public record VersionTag(String name, String version, String key, String value) {}

    public record Transition(String name, String version, String stage,
                             @JsonProperty("archive_existing_versions") Boolean archiveExistingVersions) {}
}
