package dev.modelyard.serving.log;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Something that writes itself as one or more JSON lines; built on the request thread, written on the log thread. */
@FunctionalInterface
public interface LogEntry {
    /** Writes the entry's lines; each must end with {@code '\n'} ({@link JsonLines#line}). */
    void write(JsonLines out) throws IOException;

    /** Where lines go: one JSON object per line through a shared generator. */
    interface JsonLines {
        /** Starts an object; the caller writes its fields; {@link #end()} closes it and the line. */
        JsonGenerator begin() throws IOException;

        void end() throws IOException;

        /** Convenience for an entry of one line. */
        default void line(IoConsumer<JsonGenerator> fields) throws IOException {
            fields.accept(begin());
            end();
        }
    }

    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }
}
