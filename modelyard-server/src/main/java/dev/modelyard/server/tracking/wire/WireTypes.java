package dev.modelyard.server.tracking.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.tracking.api.Dataset;
import dev.modelyard.tracking.api.DatasetInput;
import dev.modelyard.tracking.api.Metric;
import dev.modelyard.tracking.api.Param;
import dev.modelyard.tracking.api.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Nested MLflow message parts as they arrive (nullable, so missing fields are reported by name). */
public final class WireTypes {
    private WireTypes() {}

    /** A tag or param: {@code {"key": ..., "value": ...}}. */
    public record KeyValue(String key, String value) {
        public static KeyValue of(Tag t) { return new KeyValue(t.key(), t.value()); }

        public static KeyValue of(Param p) { return new KeyValue(p.key(), p.value()); }

        public Tag tag(String where) {
            return new Tag(Required.text(key, where + ".key"), value == null ? "" : value);
        }

        public Param param(String where) {
            return new Param(Required.text(key, where + ".key"), Required.value(value, where + ".value"));
        }
    }

    /** A metric point; MLflow requires key, value and timestamp, step defaults to 0. */
    @JsonDeserialize(using = WireMetricDeserializer.class)
    public record WireMetric(String key, Double value, Long timestamp, Long step) {
        public static WireMetric of(Metric m) { return new WireMetric(m.key(), m.value(), m.timestamp(), m.step()); }

        public Metric metric(String where) {
            if (key == null || key.isEmpty() || value == null || timestamp == null) { // field names only for the error
                Required.text(key, where + ".key");
                Required.value(value, where + ".value");
                Required.value(timestamp, where + ".timestamp");
            }
            return new Metric(key, value, timestamp, step == null ? 0L : step);
        }
    }

    public record WireDataset(String name, String digest, @JsonProperty("source_type") String sourceType, String source,
                              String schema, String profile) {}

    public record WireDatasetInput(List<KeyValue> tags, WireDataset dataset) {
        public static WireDatasetInput of(DatasetInput in) {
            Dataset d = in.dataset();
            return new WireDatasetInput(in.tags().stream().map(KeyValue::of).toList(),
                    new WireDataset(d.name(), d.digest(), d.sourceType(), d.source(), d.schema(), d.profile()));
        }

        public DatasetInput input(String where) {
            WireDataset d = Required.value(dataset, where + ".dataset");
            return new DatasetInput(WireTypes.tags(tags, where + ".tags"), new Dataset(Required.text(d.name(), where + ".dataset.name"),
                    Required.text(d.digest(), where + ".dataset.digest"), d.sourceType(), d.source(), d.schema(), d.profile()));
        }
    }

    public static List<Tag> tags(List<KeyValue> tags, String where) {
        return convert(tags, where, KeyValue::tag);
    }

    public static List<Param> params(List<KeyValue> params, String where) {
        return convert(params, where, KeyValue::param);
    }

    public static List<Metric> metrics(List<WireMetric> metrics, String where) {
        return convert(metrics, where, WireMetric::metric);
    }

    public static List<DatasetInput> inputs(List<WireDatasetInput> inputs, String where) {
        return convert(inputs, where, WireDatasetInput::input);
    }

    /**
     * Converts each element, naming it {@code where[i]} in errors; a missing list is empty. Names are built only for
     * an error message (a batch holds up to 1,000 elements): converting is pure, so a failing element is converted
     * again with its name.
     */
    private static <T, R> List<R> convert(List<T> items, String where, BiFunction<T, String, R> each) {
        if (items == null) {
            return new ArrayList<>();
        }
        List<R> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            try {
                out.add(each.apply(Required.value(item, where), where));
            } catch (ModelyardException e) {
                String name = where + "[" + i + "]";
                out.add(each.apply(Required.value(item, name), name));
                throw e; // not reached: the named conversion fails the same way
            }
        }
        return out;
    }
}
