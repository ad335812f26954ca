package dev.modelyard.server.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HttpPlumbingTest {

    @Test
    void limitedStreamPassesUpToTheLimitAndFailsBeyond() throws Exception {
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[10]), 10)) {
            assertThat(in.readAllBytes()).hasSize(10);
        }
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[11]), 10)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(PayloadTooLargeException.class).hasMessageContaining("10 bytes");
        }
    }

    @Test
    void tokenModel() {
        TokenAuth auth = TokenAuth.of("w", List.of("r1", "r2"));
        assertThatCode(() -> auth.check(Optional.of("Bearer w"), Access.WRITE)).doesNotThrowAnyException();
        assertThatCode(() -> auth.check(Optional.of("bearer r2"), Access.READ)).doesNotThrowAnyException();
        assertThatThrownBy(() -> auth.check(Optional.of("Bearer r1"), Access.WRITE))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.failure()).isEqualTo(HttpFailure.PERMISSION_DENIED));
        assertThatThrownBy(() -> auth.check(Optional.of("Basic dzp3"), Access.READ))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.failure()).isEqualTo(HttpFailure.UNAUTHENTICATED));
        assertThatThrownBy(() -> auth.check(Optional.empty(), Access.READ))
                .isInstanceOfSatisfying(HttpException.class, e -> assertThat(e.failure()).isEqualTo(HttpFailure.UNAUTHENTICATED));
        assertThatCode(() -> auth.check(Optional.empty(), Access.PUBLIC)).doesNotThrowAnyException();
        assertThatCode(() -> TokenAuth.open().check(Optional.empty(), Access.WRITE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TokenAuth.of(" ", List.of())).hasMessageContaining("blank");
        assertThatThrownBy(() -> TokenAuth.of("w", List.of("w"))).hasMessageContaining("differ");
    }

    @Test
    void bindPolicy() {
        assertThatCode(() -> BindPolicy.check("127.0.0.1", TokenAuth.open(), false)).doesNotThrowAnyException();
        assertThatCode(() -> BindPolicy.check("localhost", TokenAuth.open(), false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> BindPolicy.check("0.0.0.0", TokenAuth.open(), false)).hasMessageContaining("--auth-token");
        assertThatCode(() -> BindPolicy.check("0.0.0.0", TokenAuth.of("t", List.of()), false)).doesNotThrowAnyException();
        assertThatCode(() -> BindPolicy.check("0.0.0.0", TokenAuth.open(), true)).doesNotThrowAnyException();
    }
}
