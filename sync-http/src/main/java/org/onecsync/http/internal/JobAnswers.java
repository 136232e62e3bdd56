package org.onecsync.http.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onecsync.SyncException;
import org.onecsync.http.Response;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportReport;

/** The answers of the JSON API and the upload endpoint to an import job that has ended, or failed to start. */
final class JobAnswers {

    /** When to retry a push refused because another import holds the lock. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private JobAnswers() {
    }

    /** The answer to a finished job: the same bytes whoever asks, so a remembered answer is the one given. */
    static Response of(ImportJob.Status status, boolean productsOnly) {
        if (status.state() != ImportJob.State.SUCCEEDED) {
            SyncException failure = status.failure();
            return failure == null ? ApiAnswer.error(500, "the import was cancelled").toResponse() : failure(failure);
        }
        return answer(status.report(), productsOnly).toResponse();
    }

    private static ApiAnswer answer(ImportReport report, boolean productsOnly) {
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (Map.Entry<EntityType, EntityCounts> e : report.counts().entrySet()) {
            if (!productsOnly || e.getKey() == EntityType.PRODUCT) {
                created += e.getValue().created();
                updated += e.getValue().updated();
                unchanged += e.getValue().unchanged();
            }
        }
        long processed = created + updated + unchanged;
        List<ApiError> errors = new ArrayList<>(report.problems().size());
        report.problems().forEach(p -> errors.add(ApiError.of(p)));
        if (report.problemCount() == 0) {
            return new ApiAnswer(200, "success", processed, created, updated, errors);
        }
        if (processed > 0) {
            return new ApiAnswer(207, "partial", processed, created, updated, errors);
        }
        return new ApiAnswer(400, "error", processed, created, updated, errors);
    }

    /**
     * Bad input is the sender's (400); another import holding the lock is a wait (503, retry in 5 s); anything
     * else — the store, a listener, a bug — is this server's (500).
     */
    static Response failure(SyncException e) {
        if (e.kind() == SyncException.Kind.LOCKED) {
            return ApiAnswer.error(503, "another import is running; retry later")
                    .toResponse(Map.of("Retry-After", List.of(RETRY_AFTER_SECONDS)));
        }
        int status = switch (e.kind()) {
            case BAD_INPUT, CATALOG_MISSING, TOO_MANY_SKIPPED -> 400;
            default -> 500;
        };
        return ApiAnswer.error(status, e.getMessage()).toResponse();
    }
}
