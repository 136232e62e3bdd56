package org.onecsync.csv.internal;

/** Receives a feed's rows one at a time, so that no more than one row is ever held. */
interface CsvSink {

    /** A row that converted cleanly. */
    void row(CsvRow row);

    /** A row that was skipped. */
    void problem(CsvProblem problem);
}
