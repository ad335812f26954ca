package dev.modelyard.bench.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoadLoopTest {
    private HttpServer server;
    private final AtomicInteger posts = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/ok", x -> {
            byte[] body = x.getRequestBody().readAllBytes();
            if (x.getRequestMethod().equals("POST") && new String(body, StandardCharsets.UTF_8).equals("{\"a\":1}")) {
                posts.incrementAndGet();
            }
            byte[] answer = "{\"predictions\":[1]}".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, answer.length);
            x.getResponseBody().write(answer);
            x.close();
        });
        server.createContext("/busy", x -> {
            x.sendResponseHeaders(503, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** 4 connections, 400/s for 0.5 s after 0.1 s of warm-up: exactly the 200 slots of the measured window count. */
    private LoadLoop run(String path, byte[] body) {
        int port = server.getAddress().getPort();
        byte[] request = FixedRateLoad.request(body.length > 0 ? "POST" : "GET", "127.0.0.1", port, path, "application/json", body);
        long begin = System.nanoTime();
        long start = begin + 100_000_000L;
        LoadLoop loop = new LoadLoop(new InetSocketAddress("127.0.0.1", port), request, begin, start, start + 500_000_000L,
                1e9 / 400, 4, List.of(0, 1, 2, 3));
        loop.run();
        return loop;
    }

    @Test
    void sendsEveryScheduledRequestAndCountsOnlyTheMeasuredWindow() {
        LoadLoop loop = run("/ok", "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(loop.counted).isEqualTo(200);
        assertThat(loop.latency.count()).isEqualTo(200);
        assertThat(loop.errors).isEmpty();
        assertThat(posts.get()).isEqualTo(240);   // warm-up requests reach the server too
    }

    @Test
    void countsErrorAnswersByStatus() {
        LoadLoop loop = run("/busy", new byte[0]);
        assertThat(loop.counted).isEqualTo(200);
        assertThat(loop.errors).containsExactly(java.util.Map.entry("http_503", 200L));
    }
}
