package dev.modelyard.tracking.store;

import dev.modelyard.core.error.ModelyardException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackendUriTest {

    @Test
    void sqliteForms() {
        assertThat(BackendUri.parse("sqlite:")).isEqualTo(new BackendUri.Sqlite(Path.of("modelyard-data/modelyard.db"), "NORMAL"));
        assertThat(BackendUri.parse("sqlite:data/x.db")).isEqualTo(new BackendUri.Sqlite(Path.of("data/x.db"), "NORMAL"));
        assertThat(BackendUri.parse("sqlite:/abs/x.db")).isEqualTo(new BackendUri.Sqlite(Path.of("/abs/x.db"), "NORMAL"));
        // SQLAlchemy / MLflow: three slashes = relative, four = absolute
        assertThat(BackendUri.parse("sqlite:///mlflow.db")).isEqualTo(new BackendUri.Sqlite(Path.of("mlflow.db"), "NORMAL"));
        assertThat(BackendUri.parse("sqlite:////srv/mlflow.db")).isEqualTo(new BackendUri.Sqlite(Path.of("/srv/mlflow.db"), "NORMAL"));
        assertThat(BackendUri.parse("sqlite:x.db?synchronous=full")).isEqualTo(new BackendUri.Sqlite(Path.of("x.db"), "FULL"));
        assertThatThrownBy(() -> BackendUri.parse("sqlite:x.db?synchronous=off")).isInstanceOf(ModelyardException.class);
        assertThatThrownBy(() -> BackendUri.parse("sqlite://host/x.db")).hasMessageContaining("no host");
    }

    @Test
    void postgresForms() {
        assertThat(BackendUri.parse("postgresql://alice:s%40cret@db.example:5433/track"))
                .isEqualTo(new BackendUri.Postgres("jdbc:postgresql://db.example:5433/track?reWriteBatchedInserts=true", "alice", "s@cret"));
        assertThat(BackendUri.parse("postgres://u@127.0.0.1/db?sslmode=require"))
                .isEqualTo(new BackendUri.Postgres("jdbc:postgresql://127.0.0.1/db?reWriteBatchedInserts=true&sslmode=require", "u", null));
        assertThatThrownBy(() -> BackendUri.parse("postgresql://u:pw@host")).hasMessageContaining("u:***@host")
                .hasMessageNotContaining("pw");
        assertThatThrownBy(() -> BackendUri.parse("postgresql://h/db?x=1;DROP")).isInstanceOf(ModelyardException.class);
        assertThatThrownBy(() -> BackendUri.parse("mysql://h/db")).hasMessageContaining("unsupported");
        assertThatThrownBy(() -> BackendUri.parse("")).isInstanceOf(ModelyardException.class);
    }
}
