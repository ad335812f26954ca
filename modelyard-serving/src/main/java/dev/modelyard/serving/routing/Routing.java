package dev.modelyard.serving.routing;

import dev.modelyard.core.error.ModelyardException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How requests for one model name are spread over its versions: a weighted split, sticky by request key
 * (the key is hashed to one of {@value #BUCKETS} buckets, so the same key always lands on the same version
 * while the split is unchanged), and an optional shadow version that scores a copy of every request
 * asynchronously and is logged but never answers. Immutable.
 */
public record Routing(List<Split> splits, String shadow) {
    /** Resolution of the split: weights are mapped onto this many buckets. */
    public static final int BUCKETS = 10_000;

    public Routing {
        splits = List.copyOf(splits);
        if (splits.isEmpty()) {
            throw ModelyardException.invalid("a routing needs at least one version");
        }
        if (splits.stream().map(Split::version).distinct().count() != splits.size()) {
            throw ModelyardException.invalid("a version appears twice in the traffic split " + splits);
        }
    }

    /** All traffic to one version, no shadow. */
    public static Routing single(String version) {
        return new Routing(List.of(new Split(version, 1)), null);
    }

    /** True when more than one version answers. */
    public boolean isSplit() { return splits.size() > 1; }

    /** The answering version for a request key; a null key gets a random bucket. */
    public String pick(String key) {
        if (splits.size() == 1) {
            return splits.get(0).version();
        }
        int bucket = key == null ? ThreadLocalRandom.current().nextInt(BUCKETS) : bucket(key);
        return pickBucket(bucket);
    }

    /** The version owning a bucket in [0, BUCKETS). */
    String pickBucket(int bucket) {
        long total = 0;
        for (Split s : splits) {
            total += s.weight();
        }
        long acc = 0;
        for (Split s : splits) {
            acc += s.weight();
            if (bucket < acc * BUCKETS / total) {
                return s.version();
            }
        }
        return splits.get(splits.size() - 1).version();
    }

    /** Stable across processes and restarts: FNV-1a over the UTF-8 bytes, then a murmur finaliser. */
    public static int bucket(String key) {
        int h = 0x811c9dc5;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, BUCKETS);
    }
}
