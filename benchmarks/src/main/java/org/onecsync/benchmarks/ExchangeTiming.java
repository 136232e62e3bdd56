package org.onecsync.benchmarks;

/**
 * What one catalog exchange took, as its client saw it.
 *
 * @param totalNanos from {@code checkauth} to the answer of {@code complete}
 * @param uploadNanos the time inside {@code file} calls
 * @param importNanos the time inside {@code import} calls (waiting for the server's import jobs)
 * @param files the export's files, each uploaded and imported
 * @param bytes the bytes of those files
 * @param uploadCalls the {@code file} calls, chunks and re-sends included
 * @param importCalls the {@code import} calls, those answering {@code progress} included
 * @param failedImports the {@code import} calls that answered {@code failure}; each file was then sent again and
 *        imported again
 * @param firstFailure the message of the first failure, or {@code null}
 */
record ExchangeTiming(long totalNanos, long uploadNanos, long importNanos, int files, long bytes, int uploadCalls,
                      int importCalls, int failedImports, String firstFailure) {

    /** {@return the share of the exchange spent in {@code import} calls, 0 to 1} */
    double importShare() {
        return totalNanos == 0 ? 0 : (double) importNanos / totalNanos;
    }
}
