package org.onecsync.http.internal;

import java.util.concurrent.Executor;
import org.onecsync.source.ExportSource;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/** The one place the exchange starts engine work: an {@link ImportJob} on the lent executor. */
final class JobLauncher {

    private JobLauncher() {
    }

    static ImportJob start(SyncEngine engine, ExportSource source, ImportOptions options, Executor executor) {
        return engine.start(source, options, executor);
    }
}
