package dev.modelyard.serving.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelyard.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsyncJsonLogTest {
    @TempDir Path dir;

    @Test
    void writesOneJsonObjectPerLineAndFlushesOnClose() throws Exception {
        try (AsyncJsonLog log = new AsyncJsonLog(dir, "t", 100, 1 << 20)) {
            for (int i = 0; i < 50; i++) {
                int n = i;
                assertThat(log.offer(out -> out.line(g -> g.writeNumberField("i", n)))).isTrue();
            }
        }
        List<JsonNode> lines = read("t");
        assertThat(lines).hasSize(50);
        assertThat(lines.get(49).get("i").asInt()).isEqualTo(49);
    }

    @Test
    void rollsBySizeIntoTimeSortableFiles() throws Exception {
        try (AsyncJsonLog log = new AsyncJsonLog(dir, "t", 1000, 200)) {
            for (int i = 0; i < 100; i++) {
                int n = i;
                log.offer(out -> out.line(g -> g.writeStringField("pad", "x".repeat(20) + n)));
            }
        }
        List<Path> files = files("t");
        assertThat(files.size()).isGreaterThan(5);
        assertThat(files).allSatisfy(f -> assertThat(f.getFileName().toString()).matches("t-\\d{8}-\\d{2}-\\d{4}\\.jsonl"));
        assertThat(read("t")).hasSize(100); // nothing lost or split across files
        assertThat(read("t").get(99).get("pad").asText()).endsWith("99");
    }

    @Test
    void fullQueueDropsAndCountsInsteadOfBlocking() throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (AsyncJsonLog log = new AsyncJsonLog(dir, "t", 2, 1 << 20)) {
            log.offer(out -> {
                writing.countDown();
                try {
                    release.await(); // a stuck disk
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                out.line(g -> g.writeStringField("k", "slow"));
            });
            writing.await();
            assertThat(log.offer(out -> out.line(g -> g.writeStringField("k", "q1")))).isTrue();
            assertThat(log.offer(out -> out.line(g -> g.writeStringField("k", "q2")))).isTrue();
            assertThat(log.offer(out -> out.line(g -> g.writeStringField("k", "dropped")))).isFalse();
            assertThat(log.dropped()).isEqualTo(1);
            release.countDown();
        }
        assertThat(read("t")).extracting(n -> n.get("k").asText()).containsExactly("slow", "q1", "q2");
    }

    private List<Path> files(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix + "-")).sorted().toList();
        }
    }

    private List<JsonNode> read(String prefix) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (Path f : files(prefix)) {
            for (String line : Files.readAllLines(f)) {
                out.add(Json.read(line));
            }
        }
        return out;
    }
}
