package org.onecsync.http.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportJob;

/** The parts of a session both status pages show: its status, its live progress and its counts in short. */
final class SessionCells {

    private SessionCells() {
    }

    /** Whether a session is still running: in the store's record or, live, in a job of this server. */
    static boolean running(SessionRecord session, Optional<ImportJob.Status> live) {
        return session.status() == SessionStatus.RUNNING || live.filter(SessionCells::unfinished).isPresent();
    }

    private static boolean unfinished(ImportJob.Status status) {
        return status.state() == ImportJob.State.QUEUED || status.state() == ImportJob.State.RUNNING;
    }

    /** The status as a word, styled by its value. */
    static void status(Html html, SessionRecord session) {
        String name = session.status().jsonName();
        html.element("span", "status " + name, name);
    }

    /**
     * The progress of a running import: a bar with its percent and a line with phase, percent and records read. A job
     * not yet reporting (queued, or before its first file) shows a bar without a value; a session running where this
     * server has no job (another process, or one that died) says so.
     */
    static void progress(Html html, SessionRecord session, Optional<ImportJob.Status> live) {
        if (live.isEmpty()) {
            if (session.status() == SessionStatus.RUNNING) {
                html.element("span", "phase", "running, not in this server");
            }
            return;
        }
        ImportJob.Status status = live.get();
        if (status.phase() == null) {
            html.raw("<progress max=\"100\"></progress> ")
                    .element("span", "phase", status.state().name().toLowerCase(Locale.ROOT));
            return;
        }
        html.raw("<progress max=\"100\" value=\"").number(status.percent()).raw("\">").number(status.percent())
                .raw("%</progress> ")
                .element("span", "phase", status.phase() + " " + status.percent() + "% · " + status.records()
                        + (status.records() == 1 ? " record" : " records") + " read");
    }

    /**
     * The counts summed over the entities: created, updated, unchanged, deleted and skipped records; a dash while
     * none is recorded (a running import records its counts when it ends).
     */
    static String summary(Map<EntityType, EntityCounts> counts) {
        if (counts.isEmpty()) {
            return "—";
        }
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        long deleted = 0;
        long skipped = 0;
        for (EntityCounts c : counts.values()) {
            created += c.created();
            updated += c.updated();
            unchanged += c.unchanged();
            deleted += c.deleted();
            skipped += c.skipped();
        }
        return created + " created, " + updated + " updated, " + unchanged + " unchanged, " + deleted + " deleted, "
                + skipped + " skipped";
    }
}
