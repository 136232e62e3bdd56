package org.onecsync.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.onecsync.store.MissingPolicy;

/**
 * How the catalog exchange behaves. Start from {@link #defaults(Path)} and change what you need.
 *
 * @param uploadRoot the folder under which each exchange gets its own upload folder and log
 * @param zip whether 1C is told to send zips ({@code zip=yes} in the {@code init} reply)
 * @param fileLimit the chunk size 1C is told to use ({@code file_limit=} in the {@code init} reply)
 * @param maxFileSize the most bytes one uploaded file (all its chunks, or one zip entry) may have
 * @param maxExchangeSize the most bytes all files of one exchange may have together, unpacked zips included
 * @param replyCharset the charset of the reply messages: UTF-8 (the default) or windows-1251 (as Bitrix)
 * @param importTimeBox how long one {@code import} call waits for its import before answering {@code progress}
 * @param missingPolicy what {@code mode=deactivate}, after an exchange that imported a full package, does to the stored
 *        records that none of the exchange's files holds ({@link MissingPolicy#KEEP} disables deactivation);
 *        {@code import} calls themselves never remove anything
 */
public record ExchangeSettings(Path uploadRoot, boolean zip, long fileLimit, long maxFileSize, long maxExchangeSize,
                               Charset replyCharset, Duration importTimeBox, MissingPolicy missingPolicy) {

    private static final long MIB = 1L << 20;

    /**
     * Checks the settings.
     *
     * @param uploadRoot the folder for the exchanges' uploads and logs
     * @param zip whether 1C is told to send zips
     * @param fileLimit the chunk size 1C is told to use, positive
     * @param maxFileSize the most bytes one file may have, positive
     * @param maxExchangeSize the most bytes one exchange may have, positive
     * @param replyCharset the charset of reply messages
     * @param importTimeBox how long an {@code import} call waits, positive
     * @param missingPolicy what {@code deactivate} does to records the exchange's full packages no longer contain
     * @throws IllegalArgumentException if a size or the time box is not positive
     */
    public ExchangeSettings {
        Objects.requireNonNull(uploadRoot, "uploadRoot");
        Objects.requireNonNull(replyCharset, "replyCharset");
        Objects.requireNonNull(importTimeBox, "importTimeBox");
        Objects.requireNonNull(missingPolicy, "missingPolicy");
        if (fileLimit <= 0 || maxFileSize <= 0 || maxExchangeSize <= 0) {
            throw new IllegalArgumentException("file limit and size limits must be positive");
        }
        if (importTimeBox.isNegative() || importTimeBox.isZero()) {
            throw new IllegalArgumentException("the import time box must be positive, was " + importTimeBox);
        }
    }

    /**
     * The usual settings: no zips, chunks of 8 MiB, at most 1 GiB per file and 4 GiB per exchange, UTF-8 replies,
     * {@code import} calls answered within 20 s, and {@code deactivate} deactivates what the exchange's full
     * packages no longer contain.
     *
     * @param uploadRoot the folder for the exchanges' uploads and logs
     * @return the settings
     */
    public static ExchangeSettings defaults(Path uploadRoot) {
        return new ExchangeSettings(uploadRoot, false, 8 * MIB, 1024 * MIB, 4096 * MIB, StandardCharsets.UTF_8,
                Duration.ofSeconds(20), MissingPolicy.DEACTIVATE);
    }

    /**
     * @param value whether 1C is told to send zips
     * @return changed settings
     */
    public ExchangeSettings withZip(boolean value) {
        return new ExchangeSettings(uploadRoot, value, fileLimit, maxFileSize, maxExchangeSize, replyCharset,
                importTimeBox, missingPolicy);
    }

    /**
     * @param value the chunk size 1C is told to use, in bytes
     * @return changed settings
     */
    public ExchangeSettings withFileLimit(long value) {
        return new ExchangeSettings(uploadRoot, zip, value, maxFileSize, maxExchangeSize, replyCharset,
                importTimeBox, missingPolicy);
    }

    /**
     * @param perFile the most bytes one file may have
     * @param perExchange the most bytes one exchange may have
     * @return changed settings
     */
    public ExchangeSettings withSizeLimits(long perFile, long perExchange) {
        return new ExchangeSettings(uploadRoot, zip, fileLimit, perFile, perExchange, replyCharset,
                importTimeBox, missingPolicy);
    }

    /**
     * @param value the charset of reply messages
     * @return changed settings
     */
    public ExchangeSettings withReplyCharset(Charset value) {
        return new ExchangeSettings(uploadRoot, zip, fileLimit, maxFileSize, maxExchangeSize, value,
                importTimeBox, missingPolicy);
    }

    /**
     * @param value how long one {@code import} call waits before answering {@code progress}
     * @return changed settings
     */
    public ExchangeSettings withImportTimeBox(Duration value) {
        return new ExchangeSettings(uploadRoot, zip, fileLimit, maxFileSize, maxExchangeSize, replyCharset,
                value, missingPolicy);
    }

    /**
     * @param value what {@code deactivate} does to stored records the exchange's full packages no longer contain
     * @return changed settings
     */
    public ExchangeSettings withMissingPolicy(MissingPolicy value) {
        return new ExchangeSettings(uploadRoot, zip, fileLimit, maxFileSize, maxExchangeSize, replyCharset,
                importTimeBox, value);
    }
}
