package org.onecsync.http.internal;

import java.time.Instant;
import java.util.List;
import org.onecsync.sync.ImportJob;

/**
 * The job of an exchange and the files it works on: the unpacking of zips, an {@code import} of pending files, or
 * the exchange's deactivation, which applies every file the exchange applied once more with the missing policy. The job runs in
 * this server, or (when the exchange's state is kept in the store) in another one, which reports its progress
 * and its outcome through the store.
 *
 * @param job the job when it runs in this server, {@code null} when another server runs it
 * @param batch the files it applies; an import's are marked {@link Upload.State#APPLYING} until it ends, a
 *        deactivation's stay {@link Upload.State#APPLIED}
 * @param deactivation whether this is the exchange's deactivation rather than an import
 * @param heartbeat when another server last saw its job alive, {@code null} for a job of this server
 * @param sessionId the import session of another server's job as it recorded it ({@code -1} before it is open)
 */
record ImportRun(ImportJob job, List<Upload> batch, boolean deactivation, Instant heartbeat, long sessionId) {

    private static final int NAMES_SHOWN = 3;

    /** A job of this server. */
    ImportRun(ImportJob job, List<Upload> batch, boolean deactivation) {
        this(job, batch, deactivation, null, -1);
    }

    /** {@return whether another server runs the job} */
    boolean remote() {
        return job == null;
    }

    /** {@return whether the job unpacks zips (their files are imported by the next job)} */
    boolean unpack() {
        return !deactivation && !batch.isEmpty() && batch.stream().allMatch(u -> u.zip);
    }

    /** {@return what the job does, for progress and refusal messages} */
    String what() {
        if (deactivation) {
            return "deactivation of what the full packages no longer hold";
        }
        return (unpack() ? "unpacking of " : "import of ") + names();
    }

    /** The files' names, the first few of a big batch and how many more, so that a reply stays one short line. */
    String names() {
        List<String> names = batch.stream().map(u -> u.name).toList();
        if (names.size() <= NAMES_SHOWN + 1) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN)
                + " more files";
    }
}
