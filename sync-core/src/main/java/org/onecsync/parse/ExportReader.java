package org.onecsync.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.onecsync.source.ExportFile;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.FileHints;
import org.onecsync.spi.ParserOptions;
import org.onecsync.spi.RecordHandler;

/**
 * Reads the files of an export: picks each file's parser by content and streams its records to a handler.
 * Files that no parser recognises are skipped with a reason.
 */
public final class ExportReader {

    private static final int BUFFER = 64 * 1024;

    private final ParserRegistry registry;

    /**
     * @param registry the parsers to choose from
     */
    public ExportReader(ParserRegistry registry) {
        this.registry = registry;
    }

    /**
     * Reads one file with default parser settings, each file recognised by its content and name.
     *
     * @param file the file
     * @param handler receives its header, scopes, packages and records
     * @return whether it was read, and as what
     * @throws ParseException if the file is recognised but malformed
     * @throws IOException if reading fails
     */
    public FileOutcome read(ExportFile file, RecordHandler handler) throws IOException {
        return read(file, handler, ParserOptions.none());
    }

    /**
     * Reads one file.
     *
     * @param file the file
     * @param handler receives its header, scopes, packages and records
     * @param options a format to force on the file, and settings for the parsers (a CSV profile)
     * @return whether it was read, and as what
     * @throws ParseException if the file is recognised (or forced) but malformed
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the forced format is unknown or a setting invalid
     */
    public FileOutcome read(ExportFile file, RecordHandler handler, ParserOptions options) throws IOException {
        try (InputStream raw = file.open(); BufferedInputStream in = new BufferedInputStream(raw, BUFFER)) {
            in.mark(ExportParserProvider.HEAD_SIZE);
            byte[] head = ParserRegistry.readHead(in);
            in.reset();
            Optional<ExportParserProvider> provider = options.format() != null
                    ? Optional.of(registry.named(options.format()))
                    : registry.find(head, head.length, new FileHints(file.path(), file.mediaType()));
            if (provider.isEmpty()) {
                return new FileOutcome(file.path(), null, ContentSniffer.describe(head, head.length));
            }
            provider.get().newParser(options).parse(file.path(), in, handler);
            return new FileOutcome(file.path(), provider.get().name(), null);
        }
    }
}
