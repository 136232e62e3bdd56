package org.onecsync.benchmarks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.onecsync.generate.FeedFormat;
import picocli.CommandLine;

/** The formats the benchmarks measure, as {@code --format} names them (the parsers' names). */
enum ExportFormat {

    /** CommerceML exports, {@code generate}'s default. */
    COMMERCEML(null),
    /** A CSV feed ({@code feed.csv}). */
    CSV(FeedFormat.CSV),
    /** A JSON feed ({@code feed.json}). */
    JSON(FeedFormat.JSON);

    private final FeedFormat feed;

    ExportFormat(FeedFormat feed) {
        this.feed = feed;
    }

    /** The parser's name: what {@code ParserRegistry.named} and {@code ParserOptions.withFormat} take. */
    String parserName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The generator's feed format, or {@code null} for CommerceML. */
    FeedFormat feed() {
        return feed;
    }

    /** Reads {@code --format}: lower case as the CLI writes it, any case accepted; other names list the known. */
    static final class Converter implements CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            for (ExportFormat format : values()) {
                if (format.parserName().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException("unknown format '" + value + "': choose one of "
                    + Arrays.stream(values()).map(ExportFormat::parserName).collect(Collectors.joining(", ")));
        }
    }
}
