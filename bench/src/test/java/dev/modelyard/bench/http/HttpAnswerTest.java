package dev.modelyard.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpAnswerTest {
    /** Incomplete for every proper prefix, complete at full length, whatever follows it. */
    private static HttpAnswer framed(String answer) {
        byte[] b = (answer + "HTTP/1.1 200 OK\r\n").getBytes(StandardCharsets.ISO_8859_1);
        int full = answer.length();
        HttpAnswer a = new HttpAnswer();
        for (int n = 0; n < full; n++) {
            assertThat(a.parse(b, n)).as("prefix of %d bytes", n).isEqualTo(-1);
        }
        assertThat(a.parse(b, full)).isEqualTo(full);
        assertThat(a.parse(b, b.length)).isEqualTo(full);
        return a;
    }

    @Test
    void sizedAnswer() {
        HttpAnswer a = framed("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\ncontent-length: 13\r\n\r\n{\"ok\": true}\n");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.closing()).isFalse();
    }

    @Test
    void chunkedAnswerWithExtensionAndTrailer() {
        assertThat(framed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;x=y\r\n, world\r\n0\r\nX-Trailer: 1\r\n\r\n")
                .status()).isEqualTo(200);
        assertThat(framed("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\na\r\n0123456789\r\n0\r\n\r\n").status()).isEqualTo(201);
    }

    @Test
    void errorThatClosesAndEmptyBody() {
        HttpAnswer a = framed("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.closing()).isTrue();
        assertThat(framed("HTTP/1.1 204 No Content\r\n\r\n").status()).isEqualTo(204);
    }

    @Test
    void rejectsWhatIsNotHttp() {
        byte[] b = "SSH-2.0-OpenSSH\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> new HttpAnswer().parse(b, b.length)).hasMessageContaining("not an HTTP/1.x answer");
    }
}
