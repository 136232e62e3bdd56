package org.onecsync.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The threads the CLI lends the engine: the library starts none of its own. */
final class Workers {

    private Workers() {
    }

    /** One daemon thread for an import's store work, so a stuck database cannot keep the JVM alive. */
    static ExecutorService single() {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "onec-sync-import");
            thread.setDaemon(true);
            return thread;
        });
    }
}
