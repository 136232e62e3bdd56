package org.onecsync.http.internal;

import java.util.concurrent.Executor;
import org.onecsync.source.ExportSource;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;

/**
 * The one place the HTTP layer starts engine work: an {@link ImportJob} on the lent executor, registered with the
 * server's {@link Monitoring} while it runs (live progress for the status endpoints) and counted when it ends.
 */
final class JobLauncher {

    private JobLauncher() {
    }

    static ImportJob start(Monitoring monitoring, String origin, SyncEngine engine, ExportSource source,
                           ImportOptions options, Executor executor) {
        return start(monitoring, origin, engine, source, options, executor, () -> { });
    }

    /**
     * Starts a job as {@link #start(Monitoring, String, SyncEngine, ExportSource, ImportOptions, Executor)} does, and
     * runs {@code ended} on the job's thread once the job has ended (its status then says so).
     */
    static ImportJob start(Monitoring monitoring, String origin, SyncEngine engine, ExportSource source,
                           ImportOptions options, Executor executor, Runnable ended) {
        Monitoring.Tracked tracked = monitoring.track(origin, options);
        ImportJob job;
        try {
            // The engine runs the job as one task: its end is the job's end, seen here without a thread of ours.
            job = engine.start(source, options, task -> executor.execute(() -> {
                tracked.taskStarted();
                try {
                    task.run();
                } finally {
                    tracked.taskEnded();
                    ended.run();
                }
            }));
        } catch (RuntimeException e) {
            tracked.refused();
            throw e;
        }
        tracked.started(job);
        return job;
    }
}
