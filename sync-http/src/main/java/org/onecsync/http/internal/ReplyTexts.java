package org.onecsync.http.internal;

import java.time.Instant;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportReport;

/** The messages of the import and deactivation replies. */
final class ReplyTexts {

    private ReplyTexts() {
    }

    /** How a run is going; {@code status} {@code null} for a run not started yet. */
    static String progress(ImportRun run, ImportJob.Status status) {
        String doing = run.deactivation() ? "deactivating what the full packages no longer hold ("
                + run.names() + ")" : (run.unpack() ? "unpacking " : "importing ") + run.names();
        if (status == null || status.state() == ImportJob.State.QUEUED || status.phase() == null) {
            return doing + ": queued";
        }
        if ("unpacking".equals(status.phase())) {
            return doing + ": " + status.percent() + " %, " + status.records() + " files unpacked";
        }
        if ("fetching".equals(status.phase())) {
            return doing + ": fetching the uploaded files from the database, " + status.percent() + " %";
        }
        return doing + ": " + status.phase() + ", " + status.percent() + " %, " + status.records() + " records read";
    }

    static String success(ImportRun run, ImportReport report) {
        StringBuilder text = new StringBuilder("imported ").append(run.names()).append(" (session ")
                .append(report.sessionId()).append(")");
        String sep = ": ";
        for (Map.Entry<EntityType, EntityCounts> entry : report.counts().entrySet()) {
            EntityCounts c = entry.getValue();
            if (c.isZero()) {
                continue;
            }
            text.append(sep).append(entry.getKey().jsonName()).append(' ').append(c.created()).append(" new, ")
                    .append(c.updated()).append(" changed, ").append(c.unchanged()).append(" unchanged, ")
                    .append(c.deleted()).append(" removed, ").append(c.skipped()).append(" skipped");
            sep = "; ";
        }
        if (report.status() == SessionStatus.PARTIAL && !report.problems().isEmpty()) {
            text.append("\n").append(report.problemCount()).append(" records skipped, first: ")
                    .append(report.problems().get(0).reason());
        }
        return text.toString();
    }

    static String failure(ImportRun run, ImportJob.Status status) {
        String reason = status.failure() != null ? status.failure().getMessage() : "the import was cancelled";
        return "import of " + run.names() + " failed, nothing of it was applied: " + reason;
    }

    static String deactivationFailure(Exchange exchange, ImportJob.Status status) {
        return "deactivation of exchange " + exchange.id() + " failed, nothing was deactivated: "
                + (status.failure() != null ? status.failure().getMessage() : "it was cancelled");
    }

    /** For a run whose server stopped before it recorded the run's end. */
    static String abandoned(Exchange exchange, ImportRun run) {
        return "the " + run.what() + " (exchange " + exchange.id() + ") did not end: the server running it stopped"
                + " (its session in /api/sessions tells whether anything was applied); run the exchange again";
    }

    static String deactivated(Exchange exchange, ImportReport report, MissingPolicy policy) {
        String verb = policy == MissingPolicy.DELETE ? "deleted" : "deactivated";
        String since = Instant.ofEpochSecond(exchange.timestamp()).toString();
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<EntityType, EntityCounts> entry : report.counts().entrySet()) {
            if (entry.getValue().deleted() > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(entry.getKey().jsonName()).append(' ')
                        .append(entry.getValue().deleted());
            }
        }
        String about = "exchange " + exchange.id() + ", checkauth at " + since + ", session " + report.sessionId();
        if (counts.isEmpty()) {
            return "nothing to " + (verb.equals("deleted") ? "delete" : "deactivate")
                    + ": every stored record is in the full packages of this exchange (" + about + ")";
        }
        return verb + " what the full packages of this exchange no longer hold (" + about + "): " + counts;
    }
}
