package dev.modelyard.server.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelyard.core.json.Json;
import dev.modelyard.serving.Golden;
import dev.modelyard.serving.model.ModelFile;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graceful shutdown: a request in flight when the server is told to stop still gets its answer, and its log line is flushed. */
class ServingShutdownTest {
    @TempDir Path dir;

    @Test
    void inFlightRequestIsAnsweredAndLoggedDuringShutdown() throws Exception {
        List<ModelFile> files = ModelFile.parseAll(List.of("mixed=" + Golden.bundleFile(Golden.GBDT, dir)));
        PredictionServer server = PredictionServer.start(ServeOptions.of(files, 0).withLogDir(dir.resolve("log")).withShutdownGrace(java.time.Duration.ofSeconds(3)));
        ObjectNode body = Json.object();
        body.set("records", Golden.records(2));
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/v1/models/mixed/predict HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            int half = bytes.length / 2;
            out.write(bytes, 0, half);
            out.flush();
            Thread.sleep(200); // the handler is now reading the body
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
            Thread.sleep(300);
            assertThat(stopping).isNotDone(); // waiting for the request in flight
            out.write(bytes, half, bytes.length - half);
            out.flush();
            String answer = readResponse(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"predictions\"");
            stopping.get();
        }
        String log;
        try (Stream<Path> files2 = Files.list(dir.resolve("log"))) {
            log = files2.filter(f -> f.getFileName().toString().startsWith("predictions")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertThat(log.lines()).hasSize(2);
    }

    private static String readResponse(InputStream in) throws Exception {
        StringBuilder sb = new StringBuilder();
        byte[] buf = new byte[8192];
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            int n = in.read(buf);
            if (n < 0) {
                break;
            }
            sb.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            if (sb.toString().contains("\"notes\"") && sb.toString().endsWith("}")) {
                break;
            }
        }
        return sb.toString();
    }
}
