package dev.modelyard.bench.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Open-loop load at a fixed rate, the part of wrk2 that Debian's wrk lacks: {@code connections}
 * keep-alive connections, spread over {@code threads} NIO event loops ({@link LoadLoop}), send on a fixed
 * schedule, and latency runs from the scheduled send time, so a stalled server is charged for the
 * requests it delayed (no coordinated omission). Prints one JSON object: achieved rate, errors by kind,
 * latency percentiles in milliseconds.
 *
 * <pre>FixedRateLoad --url http://127.0.0.1:8080/invocations --rate 10000 --duration 15 [--warmup 5]
 *   [--method POST --body row.json --content-type application/json] [--connections 64] [--threads 2]</pre>
 */
public final class FixedRateLoad {
    private FixedRateLoad() {}

    /** Parameters of one run. */
    record Options(URI url, String method, byte[] body, String contentType, double rate, double seconds, double warmup,
                   int connections, int threads) {
        static Options parse(String[] args) throws IOException {
            Map<String, String> a = new HashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 == args.length) {
                    throw new IllegalArgumentException("expected --option value, got " + args[i]);
                }
                a.put(args[i].substring(2), args[i + 1]);
            }
            if (!a.containsKey("url") || !a.containsKey("rate") || !a.containsKey("duration")) {
                throw new IllegalArgumentException("usage: FixedRateLoad --url URL --rate PER_SECOND --duration SECONDS [--warmup SECONDS]"
                        + " [--method GET|POST] [--body FILE] [--content-type TYPE] [--connections N] [--threads N]");
            }
            byte[] body = a.containsKey("body") ? Files.readAllBytes(Path.of(a.get("body"))) : new byte[0];
            return new Options(URI.create(a.get("url")), a.getOrDefault("method", body.length > 0 ? "POST" : "GET"), body,
                    a.getOrDefault("content-type", "application/json"), Double.parseDouble(a.get("rate")),
                    Double.parseDouble(a.get("duration")), Double.parseDouble(a.getOrDefault("warmup", "0")),
                    Integer.parseInt(a.getOrDefault("connections", "64")), Integer.parseInt(a.getOrDefault("threads", "2")));
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        String host = o.url().getHost();
        int port = o.url().getPort();
        String path = o.url().getRawPath() + (o.url().getRawQuery() == null ? "" : "?" + o.url().getRawQuery());
        byte[] request = request(o.method(), host, port, path, o.contentType(), o.body());
        long begin = System.nanoTime() + 200_000_000L;
        long start = begin + (long) (o.warmup() * 1e9);
        long end = start + (long) (o.seconds() * 1e9);
        List<LoadLoop> loops = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < o.threads(); t++) {
            List<Integer> ids = new ArrayList<>();
            for (int id = t; id < o.connections(); id += o.threads()) {
                ids.add(id);
            }
            LoadLoop loop = new LoadLoop(new InetSocketAddress(host, port), request, begin, start, end, 1e9 / o.rate(),
                    o.connections(), ids);
            loops.add(loop);
            threads.add(Thread.ofPlatform().name("load-" + t).start(loop));
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        LatencyHistogram all = new LatencyHistogram();
        Map<String, Long> errors = new TreeMap<>();
        long counted = 0;
        for (LoadLoop l : loops) {
            all.add(l.latency);
            l.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            counted += l.counted;
        }
        ObjectNode r = Json.object();
        r.put("url", o.url().toString());
        r.put("target_rate", o.rate());
        r.put("duration_s", Math.round(elapsed * 100) / 100.0);
        r.put("connections", o.connections());
        r.put("threads", o.threads());
        r.put("requests", counted);
        r.put("achieved_rate", Math.round(counted / elapsed));
        r.put("errors", errors.values().stream().mapToLong(Long::longValue).sum());
        r.set("errors_by_kind", Json.mapper().valueToTree(errors));
        ObjectNode lat = r.putObject("latency_ms");
        lat.put("p50", all.percentile(0.5) / 1000.0);
        lat.put("p90", all.percentile(0.9) / 1000.0);
        lat.put("p99", all.percentile(0.99) / 1000.0);
        lat.put("p999", all.percentile(0.999) / 1000.0);
        lat.put("max", all.max() / 1000.0);
        System.out.println(Json.mapper().writeValueAsString(r));
    }

    /** The request line, headers and body of the one request every connection sends. */
    static byte[] request(String method, String host, int port, String path, String contentType, byte[] body) {
        StringBuilder h = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        if (body.length > 0) {
            h.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        byte[] head = h.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
