package org.onecsync.jdbi.internal;

import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.onecsync.store.StagedRecord;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Stages through PostgreSQL's COPY in text format. One COPY stays open across all batches: the engine hands
 * over a few thousand records at a time, and a COPY per batch would cost a round trip and a statement start
 * each time. The connection runs nothing else until {@link #finish()}.
 */
final class CopyStagingWriter implements StagingWriter {

    private static final String COPY = "COPY onecsync_stage (seq, entity, key, ref1, ref2, amount, active, "
            + "fingerprint, payload, file, line) FROM STDIN (FORMAT text)";

    private CopyIn copy;
    private CopyText out;

    @Override
    public void write(Handle handle, List<StagedRecord> batch, long firstSeq) throws SQLException {
        if (copy == null) {
            copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            out = new CopyText(copy);
        }
        long seq = firstSeq;
        for (StagedRecord record : batch) {
            out.number(seq++).tab()
                    .text(record.entity().jsonName()).tab()
                    .text(record.key()).tab()
                    .text(record.ref1()).tab()
                    .text(record.ref2()).tab()
                    .text(record.amount() == null ? null : record.amount().toPlainString()).tab()
                    .bool(record.active()).tab()
                    .number(record.fingerprint()).tab()
                    .text(record.payload()).tab()
                    .text(record.file()).tab()
                    .number(record.line()).endRow();
        }
    }

    @Override
    public void finish() throws SQLException {
        if (copy != null) {
            out.flush();
            copy.endCopy();
            copy = null;
            out = null;
        }
    }

    @Override
    public void abort() {
        if (copy != null && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // The import is failing already; the rollback that follows reports a dead connection.
            }
        }
        copy = null;
        out = null;
    }
}
