package org.onecsync.store;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The state of 1C's catalog exchange kept in the store, so that several servers on one database answer the calls
 * of one exchange in turn: the logins {@code checkauth} opened, the current exchange, its uploaded files (their
 * bytes too), the import running for it, its deactivation's outcome and its request log. A store offers it
 * through {@link CatalogStore#exchangeState()}; the protocol's rules stay with the server, this only keeps rows.
 *
 * <p>Everything but the log, the logins and the progress of a run is read and written inside {@link #locked}: one
 * transaction that holds the exchange lock, so that the calls of an exchange, whichever server answers them, are
 * applied one after the other. The other methods commit at once. Thread-safe.
 */
public interface ExchangeStateStore {

    /**
     * Runs work in one transaction holding the exchange lock (waiting for it), committed when the work returns
     * and rolled back when it throws.
     *
     * @param work what to read and write
     * @param <T> what the work returns
     * @return what the work returned
     * @throws Exception what the work threw, unchanged; {@link StoreException} when the database fails
     */
    <T> T locked(Work<T> work) throws Exception;

    /**
     * Records a login, keeping only the newest {@code keep}.
     *
     * @param login the login, its secrets hashed
     * @param keep how many logins to keep at most
     */
    void addLogin(Login login, int keep);

    /**
     * @param cookieHash the hash of a session cookie
     * @return the login it belongs to, if kept
     */
    Optional<Login> loginByCookie(String cookieHash);

    /**
     * @param sessidHash the hash of a {@code sessid}
     * @return whether a kept login issued it
     */
    boolean sessidIssued(String sessidHash);

    /** {@return the newest login, if any} */
    Optional<Login> latestLogin();

    /** {@return the current exchange (the one begun last), read without the lock} */
    Optional<Exchange> current();

    /**
     * The run of an exchange, read without the lock (for polling).
     *
     * @param exchangeId the exchange
     * @return its run, if one is recorded
     */
    Optional<Run> run(String exchangeId);

    /**
     * Records how a run is going, when it is still the run of that owner.
     *
     * @param exchangeId the exchange
     * @param owner the server running it
     * @param progress the progress message
     * @param heartbeat when the owner last saw its run alive
     * @param sessionId the import session of the run once it is open, else {@code -1}
     */
    void progress(String exchangeId, String owner, String progress, Instant heartbeat, long sessionId);

    /**
     * Appends one line to an exchange's request log; with no exchange yet ({@code null}) the line waits, among the
     * newest few, for the next exchange to begin.
     *
     * @param exchangeId the exchange, or {@code null}
     * @param line the line, without a line break
     */
    void appendLog(String exchangeId, String line);

    /**
     * Reads an exchange's request log, oldest line first.
     *
     * @param exchangeId the exchange
     * @param lines receives the lines
     * @return whether the store knows the exchange
     */
    boolean readLog(String exchangeId, Consumer<String> lines);

    /**
     * A file's bytes, streamed outside the exchange lock, for an import job fetching the files it applies: the
     * server does not change a file while a job applies it. Closing the stream releases what it holds.
     *
     * @param exchangeId the exchange
     * @param name the file's name
     * @return the bytes, in order (none when the file has none)
     */
    InputStream readBytes(String exchangeId, String name);

    /**
     * Work done holding the exchange lock.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    interface Work<T> {
        /**
         * @param transaction reads and writes the state, valid during the call only
         * @return the work's result
         * @throws Exception to roll back
         */
        T run(Transaction transaction) throws Exception;
    }

    /** Reads and writes the state inside {@link #locked}. */
    interface Transaction {

        /** {@return the current exchange: the one begun last} */
        Optional<Exchange> current();

        /**
         * Makes an exchange the current one. The files and runs of earlier exchanges are dropped (their logs stay),
         * and the log lines waiting for an exchange become its first.
         *
         * @param exchange the new exchange
         */
        void begin(Exchange exchange);

        /**
         * @param exchange the exchange, with a changed deactivation outcome
         */
        void update(Exchange exchange);

        /**
         * @param exchangeId the exchange
         * @return its files, by upload order then name
         */
        List<File> files(String exchangeId);

        /**
         * Records a file, or changes the one of that name (its bytes stay).
         *
         * @param exchangeId the exchange
         * @param file the file
         */
        void putFile(String exchangeId, File file);

        /**
         * Forgets a file and its bytes.
         *
         * @param exchangeId the exchange
         * @param name the file's name
         */
        void removeFile(String exchangeId, String name);

        /**
         * Drops a file's bytes (its record stays).
         *
         * @param exchangeId the exchange
         * @param name the file's name
         */
        void clearBytes(String exchangeId, String name);

        /**
         * Appends bytes to a file's, streaming: reads at most {@code limit + 1} bytes of the input, so that a
         * caller sees an input over the limit without its rest being read.
         *
         * @param exchangeId the exchange
         * @param name the file's name
         * @param in the bytes
         * @param limit the most bytes the caller accepts
         * @return the bytes read, at most {@code limit + 1}
         * @throws IOException if the input fails
         */
        long appendBytes(String exchangeId, String name, InputStream in, long limit) throws IOException;

        /**
         * A file's bytes, streamed: readable during the transaction only.
         *
         * @param exchangeId the exchange
         * @param name the file's name
         * @return the bytes, in order
         */
        InputStream readBytes(String exchangeId, String name);

        /**
         * @param exchangeId the exchange
         * @return its run, if one is recorded
         */
        Optional<Run> run(String exchangeId);

        /**
         * Records the run of an exchange, replacing any.
         *
         * @param exchangeId the exchange
         * @param run the run
         */
        void putRun(String exchangeId, Run run);

        /**
         * @param exchangeId the exchange whose run ended
         */
        void removeRun(String exchangeId);
    }

    /**
     * A login {@code checkauth} opened. Only hashes of its secrets are kept.
     *
     * @param cookieHash the hash of the session cookie
     * @param sessidHash the hash of the {@code sessid}
     * @param timestamp the server's time at {@code checkauth}, unix seconds
     * @param created when it was opened
     */
    record Login(String cookieHash, String sessidHash, long timestamp, Instant created) {
        /**
         * @param cookieHash the hash of the session cookie
         * @param sessidHash the hash of the {@code sessid}
         * @param timestamp the server's time at {@code checkauth}, unix seconds
         * @param created when it was opened
         */
        public Login {
            Objects.requireNonNull(cookieHash, "cookieHash");
            Objects.requireNonNull(sessidHash, "sessidHash");
            Objects.requireNonNull(created, "created");
        }
    }

    /**
     * An exchange.
     *
     * @param id its id
     * @param timestamp the {@code checkauth} time (unix seconds) it started from
     * @param deactivation how its deactivation ended, or {@code null} when none has ended since its last import
     */
    record Exchange(String id, long timestamp, Outcome deactivation) {
        /**
         * @param id its id
         * @param timestamp the {@code checkauth} time it started from
         * @param deactivation how its deactivation ended, or {@code null}
         */
        public Exchange {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * How a run ended, as the reply says it.
     *
     * @param success whether the reply is {@code success}
     * @param message the reply's message
     */
    record Outcome(boolean success, String message) {
    }

    /**
     * A file of an exchange.
     *
     * @param name its name in the exchange
     * @param seq its upload order; a zip's files share the zip's
     * @param size its bytes
     * @param zip whether it is a zip not unpacked yet
     * @param state {@code PENDING}, {@code APPLYING}, {@code APPLIED} or {@code FAILED}
     * @param answer the reply's message once applied or failed, else {@code null}
     * @param full whether it announces a full package, {@code null} when not scanned yet
     */
    record File(String name, long seq, long size, boolean zip, String state, String answer, Boolean full) {
        /**
         * @param name its name
         * @param seq its upload order
         * @param size its bytes
         * @param zip whether it is a zip
         * @param state its state
         * @param answer the reply's message, or {@code null}
         * @param full whether it announces a full package, or {@code null}
         */
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * The import (or deactivation) running for an exchange on one server.
     *
     * @param files the names of the files it applies
     * @param deactivation whether it is the exchange's deactivation
     * @param owner the server running it
     * @param progress how it is going, for a reply
     * @param heartbeat when its owner last saw it alive
     * @param sessionId its import session once open, else {@code -1}
     */
    record Run(List<String> files, boolean deactivation, String owner, String progress, Instant heartbeat,
               long sessionId) {
        /**
         * @param files the names of the files it applies
         * @param deactivation whether it is the deactivation
         * @param owner the server running it
         * @param progress how it is going
         * @param heartbeat when its owner last saw it alive
         * @param sessionId its import session, or {@code -1}
         */
        public Run {
            files = List.copyOf(files);
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(heartbeat, "heartbeat");
        }
    }
}
