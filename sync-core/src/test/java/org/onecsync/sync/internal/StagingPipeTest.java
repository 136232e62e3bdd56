package org.onecsync.sync.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.onecsync.model.EntityType;
import org.onecsync.store.ChangeListener;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.Problem;
import org.onecsync.store.StagedRecord;
import org.onecsync.store.StoreTransaction;

class StagingPipeTest {

    /** Records what reaches the store, and fails on the batch holding {@code failOn}. */
    private static final class RecordingTransaction implements StoreTransaction {
        final List<String> keys = new ArrayList<>();
        final RuntimeException failure = new IllegalStateException("COPY failed: disk full");
        final String failOn;

        RecordingTransaction(String failOn) {
            this.failOn = failOn;
        }

        @Override
        public void stage(List<StagedRecord> batch) {
            for (StagedRecord record : batch) {
                if (record.key().equals(failOn)) {
                    throw failure;
                }
                keys.add(record.key());
            }
        }

        @Override
        public void resolve(Consumer<Problem> dropped) {
        }

        @Override
        public Map<EntityType, EntityCounts> plan(Set<EntityType> complete, MissingPolicy policy) {
            return Map.of();
        }

        @Override
        public Map<EntityType, EntityCounts> apply(Set<EntityType> complete, MissingPolicy policy,
                                                   ChangeListener listener) {
            return Map.of();
        }

        @Override
        public void commit() {
        }

        @Override
        public void close() {
        }
    }

    private static List<StagedRecord> batch(int from, int count) {
        List<StagedRecord> batch = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            batch.add(new StagedRecord(EntityType.CATEGORY, "k" + i, null, null, null, true, i, "{}", "f.xml", i));
        }
        return batch;
    }

    @Test
    void stagesEveryBatchInOrderBeforeFinishReturns() {
        RecordingTransaction transaction = new RecordingTransaction(null);
        try (StagingPipe pipe = new StagingPipe(transaction, 2)) {
            for (int b = 0; b < 50; b++) {
                pipe.stage(batch(b * 10, 10));
            }
            pipe.finish();
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            expected.add("k" + i);
        }
        assertEquals(expected, transaction.keys);
    }

    @Test
    void storeFailureReachesTheReadingThread() {
        RecordingTransaction transaction = new RecordingTransaction("k25");
        try (StagingPipe pipe = new StagingPipe(transaction, 2)) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
                for (int b = 0; b < 50; b++) {
                    pipe.stage(batch(b * 10, 10));
                }
                pipe.finish();
            });
            assertSame(transaction.failure, thrown);
        }
    }
}
