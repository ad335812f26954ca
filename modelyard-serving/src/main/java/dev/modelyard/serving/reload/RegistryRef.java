package dev.modelyard.serving.reload;

import dev.modelyard.core.error.ModelyardException;

/** A registered model followed through one of its aliases: {@code NAME@ALIAS}, e.g. {@code churn@champion}. */
public record RegistryRef(String name, String alias) {
    public static RegistryRef parse(String text) {
        int at = text == null ? -1 : text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            throw ModelyardException.invalid("--registry expects NAME@ALIAS (e.g. churn@champion), got '" + text + "'");
        }
        return new RegistryRef(text.substring(0, at).trim(), text.substring(at + 1).trim());
    }

    @Override
    public String toString() {
        return name + "@" + alias;
    }
}
