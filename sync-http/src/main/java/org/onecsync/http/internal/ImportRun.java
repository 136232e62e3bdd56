package org.onecsync.http.internal;

import java.util.List;
import org.onecsync.sync.ImportJob;

/**
 * The import job of an exchange and the files it applies: an {@code import} of pending files, or the exchange's
 * deactivation, which applies every file the exchange applied once more with the missing policy.
 *
 * @param job the job
 * @param batch the files it applies; an import's are marked {@link Upload.State#APPLYING} until it ends, a
 *        deactivation's stay {@link Upload.State#APPLIED}
 * @param deactivation whether this is the exchange's deactivation rather than an import
 */
record ImportRun(ImportJob job, List<Upload> batch, boolean deactivation) {

    boolean covers(Upload upload) {
        return batch.contains(upload);
    }

    /** {@return what the job does, for progress and refusal messages} */
    String what() {
        return deactivation ? "deactivation of what the full packages no longer hold" : "import of " + names();
    }

    String names() {
        return String.join(", ", batch.stream().map(u -> u.name).toList());
    }
}
