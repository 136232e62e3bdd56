package org.onecsync.http.internal;

import java.util.List;
import org.onecsync.sync.ImportJob;

/**
 * The import job of an exchange and the files it applies.
 *
 * @param job the job
 * @param batch the files it applies, marked {@link Upload.State#APPLYING} until it ends
 */
record ImportRun(ImportJob job, List<Upload> batch) {

    boolean covers(Upload upload) {
        return batch.contains(upload);
    }

    String names() {
        return String.join(", ", batch.stream().map(u -> u.name).toList());
    }
}
