package org.onecsync.jdbi.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.onecsync.store.StagedRecord;

/** Stages with a prepared insert: SQLite runs in-process, so a row costs a function call, not a round trip. */
final class BatchStagingWriter implements StagingWriter {

    private static final String INSERT = """
            INSERT INTO onecsync_stage (seq, entity, key, ref1, ref2, amount, active, fingerprint, payload, file, line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    @Override
    public void write(Handle handle, List<StagedRecord> batch, long firstSeq) throws SQLException {
        try (PreparedStatement insert = handle.getConnection().prepareStatement(INSERT)) {
            long seq = firstSeq;
            for (StagedRecord record : batch) {
                insert.setLong(1, seq++);
                insert.setString(2, record.entity().jsonName());
                insert.setString(3, record.key());
                insert.setString(4, record.ref1());
                insert.setString(5, record.ref2());
                if (record.amount() == null) {
                    insert.setNull(6, Types.VARCHAR);
                } else {
                    insert.setString(6, record.amount().toPlainString());
                }
                insert.setBoolean(7, record.active());
                insert.setLong(8, record.fingerprint());
                insert.setString(9, record.payload());
                insert.setString(10, record.file());
                insert.setLong(11, record.line());
                insert.executeUpdate();
            }
        }
    }

    @Override
    public void finish() {
        // Every row is in the table as soon as its insert returns.
    }

    @Override
    public void abort() {
        // Nothing is pending between batches.
    }
}
