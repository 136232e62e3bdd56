package org.onecsync.http;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import org.onecsync.http.internal.CatalogProtocol;
import org.onecsync.sync.SyncEngine;

/**
 * Answers 1C's catalog exchange ({@code type=catalog}: {@code checkauth}, {@code init}, {@code file},
 * {@code import}, {@code deactivate}, {@code complete}) as the exchange protocol document describes it, for any
 * web framework: hand it each {@link Request} of the exchange URL and send back the {@link Response}.
 *
 * <p>What it accepts of real clients: parameters read by hand from the query string (a urlencoded body only when
 * the URL has no {@code mode}), GET and POST for every mode, the session cookie or Basic credentials on every
 * call after {@code checkauth}, a missing {@code sessid} (a wrong one is refused), files in chunks (appended), a
 * file re-sent whole (a body starting with {@code <?xml} replaces it), zips (unpacked on the first
 * {@code import}, with the names inside). File names that could leave the upload folder, and files over the size
 * limits, are refused. Every error answers {@code failure} and a reason.
 *
 * <p>{@code import} applies the named file, together with the files of the exchange uploaded before it and not
 * applied yet, as one import job in one transaction; each call waits at most
 * {@link ExchangeSettings#importTimeBox()} and answers {@code progress} while the job runs. {@code import} never
 * removes anything: a packaged export arrives as several full packages, one {@code import} each. Removal belongs to
 * {@code deactivate} (sent by 3.x clients after the last import): when the exchange imported a full package and every
 * import succeeded, all the files it applied are applied again together, in one transaction, with
 * {@link ExchangeSettings#missingPolicy()}, so that what none of them holds is deactivated (time-boxed and polled as
 * {@code import}). Clients that never send {@code deactivate} (2.x) remove nothing. Each exchange keeps a
 * request log ({@code exchange.log}) in its folder under {@link ExchangeSettings#uploadRoot()}.
 *
 * <p>When the engine's store keeps the exchange state ({@link org.onecsync.store.CatalogStore#exchangeState()}: the
 * Jdbi store on PostgreSQL), the logins, the current exchange, the uploaded files, the running import's progress and
 * outcome and the request log live in the store, so that several servers on one database answer the calls of one
 * exchange in turn: an upload's chunks may go to different servers, and {@code import} may be polled on any of them.
 * The server whose {@code import} starts a job runs it and records its progress and outcome; the upload folder
 * then only holds the copies of the files a server imports. A job whose server stopped is answered as failed.
 *
 * <p>The same URL answers the order exchange ({@code type=sale}: {@code checkauth}, {@code init} with the version
 * negotiated, {@code query}, {@code success}, {@code file}, {@code import}, {@code info}) with the same logins:
 * {@code query} hands over the shop's orders ({@link SaleSettings#source()}) changed since the last confirmed export,
 * as a CommerceML document in the version 1C asked for; only {@code success} confirms that set (the hand-over state
 * lives in the store's order book, shared by every server on the database); 1C's status documents go to
 * {@link SaleSettings#sink()} through an import, in one transaction with its session.
 *
 * <p>Thread-safe. The handler starts no threads: import jobs run on the executor it is lent. Close it to cancel
 * (and roll back) a running import when the server stops.
 */
public final class CatalogExchangeHandler implements AutoCloseable {

    /** The name of the session cookie issued at {@code checkauth}. */
    public static final String COOKIE = CatalogProtocol.COOKIE;

    private final CatalogProtocol protocol;

    /**
     * @param engine applies the uploaded files to the store
     * @param credentials the user and password 1C must send
     * @param settings how the exchange behaves
     * @param executor runs the import jobs, one task each
     */
    public CatalogExchangeHandler(SyncEngine engine, ExchangeCredentials credentials, ExchangeSettings settings,
                                  Executor executor) {
        this(engine, credentials, settings, executor, ServerMonitor.withoutMetrics());
    }

    /**
     * @param engine applies the uploaded files to the store
     * @param credentials the user and password 1C must send
     * @param settings how the exchange behaves
     * @param executor runs the import jobs, one task each
     * @param monitor follows the import jobs while they run and counts imports and calls
     */
    public CatalogExchangeHandler(SyncEngine engine, ExchangeCredentials credentials, ExchangeSettings settings,
                                  Executor executor, ServerMonitor monitor) {
        this(engine, credentials, settings, SaleSettings.defaults(), executor, monitor);
    }

    /**
     * @param engine applies the uploaded files to the store
     * @param credentials the user and password 1C must send
     * @param settings how the exchange behaves
     * @param sale how the order exchange ({@code type=sale}) behaves: the shop's orders and where 1C's status
     *        updates go
     * @param executor runs the import jobs, one task each
     * @param monitor follows the import jobs while they run and counts imports and calls
     */
    public CatalogExchangeHandler(SyncEngine engine, ExchangeCredentials credentials, ExchangeSettings settings,
                                  SaleSettings sale, Executor executor, ServerMonitor monitor) {
        this.protocol = new CatalogProtocol(engine, credentials, settings, sale, executor,
                java.util.Objects.requireNonNull(monitor, "monitor").monitoring(), Clock.systemUTC());
    }

    /**
     * Answers one call of the exchange. Never throws for a bad call: the reply says {@code failure} and why.
     *
     * @param request the call, its body not read yet
     * @return the reply, to send with its {@code Content-Length}
     */
    public Response handle(Request request) {
        return protocol.handle(request);
    }

    /**
     * The request log of the current exchange, when it is a file.
     *
     * @return its file, or {@code null} before the first {@code init} or when the store keeps the log
     */
    public Path currentLog() {
        return protocol.currentLog();
    }

    /**
     * Cancels the imports this server runs, which roll back, and waits up to 30 s for each to end.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public void close() throws InterruptedException {
        protocol.close();
    }
}
