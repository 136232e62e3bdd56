package org.onecsync.csv.internal;

import java.nio.charset.Charset;

/** Receives a feed's rows one at a time, so that no more than one row is ever held. */
interface CsvSink {

    /**
     * Called once, before any row or problem, when the file's encoding is known and its content was not refused
     * as binary; a file that fails before this point has handed the sink nothing.
     */
    default void start(Charset charset) {
    }

    /** A row that converted cleanly. */
    void row(CsvRow row);

    /** A row that was skipped. */
    void problem(CsvProblem problem);
}
