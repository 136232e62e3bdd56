package org.onecsync.jdbi.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.onecsync.store.ImportLock;
import org.onecsync.store.StoreException;

/**
 * The import lock of a SQLite file: an exclusive OS lock on {@code <database>.lock} beside it, which the
 * OS drops when the process dies. SQLite's own locks cannot serve: they last one transaction, and an import
 * writes its session outside its transaction. The lock file stays after release; deleting it could let two
 * processes lock two different files of the same name. Only an import takes the lock, before anything else,
 * so it may create the database's folder (the database file itself is created by the migration that follows).
 */
final class LockFile implements LockStrategy {

    private final Path path;

    LockFile(Path database) {
        this.path = database.resolveSibling(database.getFileName() + ".lock");
    }

    @Override
    public ImportLock tryLock() {
        FileChannel channel = null;
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new Held(channel);
        } catch (OverlappingFileLockException e) {
            // Another store of this JVM holds it; the OS lock would not tell us, the JVM does.
            close(channel);
            return null;
        } catch (IOException e) {
            close(channel);
            throw new StoreException("cannot lock " + path + ": " + e.getMessage(), e);
        }
    }

    private void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new StoreException("cannot close " + path + ": " + e.getMessage(), e);
            }
        }
    }

    private final class Held implements ImportLock {
        private final FileChannel channel;

        Held(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public synchronized void close() {
            if (channel.isOpen()) {
                LockFile.this.close(channel);
            }
        }
    }
}
