package org.onecsync.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-call settings for parsers: a format to force on every file, and typed settings each format looks up by
 * type (the CSV parser takes an {@code org.onecsync.csv.CsvProfile}). Immutable; {@link #with} returns a copy.
 */
public final class ParserOptions {

    private static final ParserOptions NONE = new ParserOptions(null, Map.of());

    private final String format;
    private final Map<Class<?>, Object> settings;

    private ParserOptions(String format, Map<Class<?>, Object> settings) {
        this.format = format;
        this.settings = settings;
    }

    /** {@return no forced format and no settings: every format recognises its files and uses its defaults} */
    public static ParserOptions none() {
        return NONE;
    }

    /**
     * These options, forcing one format on every file instead of recognising each by its content.
     *
     * @param name a provider's {@link ExportParserProvider#name()}, or {@code null} to recognise files again
     * @return changed options
     */
    public ParserOptions withFormat(String name) {
        return new ParserOptions(name, settings);
    }

    /**
     * These options with a setting; one per type, the last one given wins.
     *
     * @param type the setting's type, the key a parser looks it up by
     * @param value the setting
     * @param <T> the type
     * @return changed options
     */
    public <T> ParserOptions with(Class<T> type, T value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Map<Class<?>, Object> copy = new LinkedHashMap<>(settings);
        copy.put(type, type.cast(value));
        return new ParserOptions(format, Map.copyOf(copy));
    }

    /**
     * A setting by its type.
     *
     * @param type the type
     * @param <T> the type
     * @return the setting, or empty when none was given
     */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(settings.get(type)));
    }

    /** {@return the forced format's name, or {@code null} when each file is recognised by its content} */
    public String format() {
        return format;
    }

    @Override
    public String toString() {
        return "ParserOptions[format=" + format + ", settings=" + settings.keySet() + "]";
    }
}
