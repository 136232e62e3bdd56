package org.onecsync.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.onecsync.source.ZipLimits;

/**
 * How the JSON sync API and the upload endpoint behave. Immutable; the {@code with…} methods return copies.
 *
 * @param tempDir where request bodies and uploaded files are spooled while they are imported (deleted after)
 * @param bodyLimit the largest JSON body or upload accepted, in bytes; a larger one gets 413 unread
 * @param importWait how long a request waits for its import before answering 202 with the session id
 * @param errorLimit how many errors an answer lists at most
 * @param zipLimits what an uploaded zip may expand to
 * @param answerRetention how long the answer to a push with a {@code sync_id} is kept: older ones are deleted when
 *     a new one is recorded, and a retry after that is applied again
 * @param claimTimeout how long a push with a {@code sync_id} may stay unanswered before its claim is taken to be
 *     abandoned (its server stopped) and a retry may apply it; until then a retry gets 409
 */
public record ApiSettings(Path tempDir, long bodyLimit, Duration importWait, int errorLimit, ZipLimits zipLimits,
                          Duration answerRetention, Duration claimTimeout) {

    /** The default body limit: 100 MiB. */
    public static final long DEFAULT_BODY_LIMIT = 100L << 20;

    /** The default wait for an import: 60 s. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    /** The default retention of answers to pushes with a {@code sync_id}: 30 days. */
    public static final Duration DEFAULT_ANSWER_RETENTION = Duration.ofDays(30);

    /** The default time after which an unanswered push's {@code sync_id} claim is taken to be abandoned: 1 hour. */
    public static final Duration DEFAULT_CLAIM_TIMEOUT = Duration.ofHours(1);

    /**
     * Checks the components.
     *
     * @param tempDir the spool folder
     * @param bodyLimit the largest body, at least 1
     * @param importWait the wait, not negative
     * @param errorLimit the errors listed at most, at least 0
     * @param zipLimits the zip limits
     * @param answerRetention the retention of answers, positive
     * @param claimTimeout the time after which a claim is abandoned, positive
     * @throws IllegalArgumentException if a number is out of range
     */
    public ApiSettings {
        Objects.requireNonNull(tempDir, "tempDir");
        Objects.requireNonNull(importWait, "importWait");
        Objects.requireNonNull(zipLimits, "zipLimits");
        Objects.requireNonNull(answerRetention, "answerRetention");
        Objects.requireNonNull(claimTimeout, "claimTimeout");
        if (answerRetention.isNegative() || answerRetention.isZero()) {
            throw new IllegalArgumentException("answerRetention must be positive, not " + answerRetention);
        }
        if (claimTimeout.isNegative() || claimTimeout.isZero()) {
            throw new IllegalArgumentException("claimTimeout must be positive, not " + claimTimeout);
        }
        if (bodyLimit < 1) {
            throw new IllegalArgumentException("bodyLimit must be at least 1, not " + bodyLimit);
        }
        if (importWait.isNegative()) {
            throw new IllegalArgumentException("importWait must not be negative, not " + importWait);
        }
        if (errorLimit < 0) {
            throw new IllegalArgumentException("errorLimit must not be negative, not " + errorLimit);
        }
    }

    /**
     * The defaults: 100 MiB bodies, a 60 s wait, up to 1,000 errors listed, {@link ZipLimits#defaults()}, answers
     * kept 30 days, claims abandoned after 1 hour.
     *
     * @param tempDir where bodies and uploads are spooled
     * @return the settings
     */
    public static ApiSettings defaults(Path tempDir) {
        return new ApiSettings(tempDir, DEFAULT_BODY_LIMIT, DEFAULT_WAIT, 1000, ZipLimits.defaults(),
                DEFAULT_ANSWER_RETENTION, DEFAULT_CLAIM_TIMEOUT);
    }

    /**
     * @param value the largest body accepted, in bytes
     * @return changed settings
     */
    public ApiSettings withBodyLimit(long value) {
        return new ApiSettings(tempDir, value, importWait, errorLimit, zipLimits, answerRetention, claimTimeout);
    }

    /**
     * @param value how long a request waits for its import
     * @return changed settings
     */
    public ApiSettings withImportWait(Duration value) {
        return new ApiSettings(tempDir, bodyLimit, value, errorLimit, zipLimits, answerRetention, claimTimeout);
    }

    /**
     * @param value how many errors an answer lists at most
     * @return changed settings
     */
    public ApiSettings withErrorLimit(int value) {
        return new ApiSettings(tempDir, bodyLimit, importWait, value, zipLimits, answerRetention, claimTimeout);
    }

    /**
     * @param value what an uploaded zip may expand to
     * @return changed settings
     */
    public ApiSettings withZipLimits(ZipLimits value) {
        return new ApiSettings(tempDir, bodyLimit, importWait, errorLimit, value, answerRetention, claimTimeout);
    }

    /**
     * @param value how long answers to pushes with a {@code sync_id} are kept
     * @return changed settings
     */
    public ApiSettings withAnswerRetention(Duration value) {
        return new ApiSettings(tempDir, bodyLimit, importWait, errorLimit, zipLimits, value, claimTimeout);
    }

    /**
     * @param value how long a push with a {@code sync_id} may stay unanswered before a retry may apply it
     * @return changed settings
     */
    public ApiSettings withClaimTimeout(Duration value) {
        return new ApiSettings(tempDir, bodyLimit, importWait, errorLimit, zipLimits, answerRetention, value);
    }
}
