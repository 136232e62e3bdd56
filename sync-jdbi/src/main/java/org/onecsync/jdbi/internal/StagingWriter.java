package org.onecsync.jdbi.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.onecsync.store.StagedRecord;

/** Moves batches into {@code onecsync_stage}, keeping nothing of a batch once it returns. */
interface StagingWriter {

    /**
     * @param handle the import's handle, inside its transaction
     * @param batch the records, in staging order
     * @param firstSeq the staging sequence number of the batch's first record; the rest follow one by one
     */
    void write(Handle handle, List<StagedRecord> batch, long firstSeq) throws SQLException, IOException;

    /** Completes the staging; the table holds every row afterwards. */
    void finish() throws SQLException;

    /** Abandons the staging after a failure, so the connection can roll back. */
    void abort();
}
