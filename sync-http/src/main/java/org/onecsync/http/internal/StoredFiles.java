package org.onecsync.http.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import org.onecsync.store.ExchangeStateStore;

/**
 * The bytes of an exchange's files in the store, shared by every server on the database, used inside one locked
 * transaction. The upload folder holds copies, written when this server imports or unpacks a file.
 */
final class StoredFiles implements FileBytes {

    private final ExchangeStateStore state;
    private final ExchangeStateStore.Transaction transaction;
    private final String exchangeId;
    private final Set<String> recorded = new HashSet<>();
    /** The names whose record this section wrote as a placeholder or removed: their record must be written again. */
    private final Set<String> touched = new HashSet<>();

    /**
     * @param state the store, read outside the lock by {@link #fetch}
     * @param transaction the locked transaction
     * @param exchangeId the exchange
     * @param recorded the names the store has a record of
     */
    StoredFiles(ExchangeStateStore state, ExchangeStateStore.Transaction transaction, String exchangeId,
                Set<String> recorded) {
        this.state = state;
        this.transaction = transaction;
        this.exchangeId = exchangeId;
        this.recorded.addAll(recorded);
    }

    /** {@return the names the store has a record of now} */
    Set<String> recorded() {
        return Set.copyOf(recorded);
    }

    /** Whether this section wrote the name's record as a placeholder, or removed it. */
    boolean touched(String name) {
        return touched.contains(name);
    }

    @Override
    public boolean exists(String name, Path local) {
        return recorded.contains(name);
    }

    @Override
    public long write(String name, Path local, byte[] head, InputStream body, long allowance, boolean replace)
            throws IOException {
        record(name);
        if (replace) {
            transaction.clearBytes(exchangeId, name);
        }
        return transaction.appendBytes(exchangeId, name,
                new SequenceInputStream(new ByteArrayInputStream(head), body), allowance);
    }

    /** Bytes belong to a file record: a placeholder until the exchange is saved with the file's own. */
    private void record(String name) {
        if (recorded.add(name)) {
            touched.add(name);
            transaction.putFile(exchangeId, new ExchangeStateStore.File(name, 0, 0, false,
                    Upload.State.PENDING.name(), null, null));
        }
    }

    @Override
    public void delete(String name, Path local) throws IOException {
        transaction.removeFile(exchangeId, name);
        recorded.remove(name);
        touched.add(name);
        Files.deleteIfExists(local);
    }

    @Override
    public Path fetch(String name, Path local) throws IOException {
        Files.createDirectories(local.getParent());
        try (InputStream in = state.readBytes(exchangeId, name)) {
            Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
        }
        return local;
    }

    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public InputStream open(String name, Path local) {
        return transaction.readBytes(exchangeId, name);
    }
}
