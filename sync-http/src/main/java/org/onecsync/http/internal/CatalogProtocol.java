package org.onecsync.http.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.Request;
import org.onecsync.http.Response;
import org.onecsync.http.SaleSettings;
import org.onecsync.sync.SyncEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog exchange ({@code type=catalog}) as the protocol document describes it, behind
 * {@link org.onecsync.http.CatalogExchangeHandler}; the order exchange ({@code type=sale}) is {@link SaleProtocol}'s,
 * sharing the logins.
 *
 * <p>State: the logins {@code checkauth} opened, and the current exchange (the one the last {@code init}
 * started). One 1C talks to one server (or to several sharing one database), so later calls belong to the current
 * exchange whatever credentials they carry; a client that skips {@code init} gets an exchange on its first upload.
 * The state lives in this server, or, when the store keeps it ({@link org.onecsync.store.CatalogStore#exchangeState}),
 * in the store, so that every server on the database answers the same exchange: see {@link ExchangeBoard}.
 */
public final class CatalogProtocol implements AutoCloseable {

    /** The session cookie's name, sent at {@code checkauth} in the reply lines and as {@code Set-Cookie}. */
    public static final String COOKIE = ExchangeLogins.COOKIE;

    private static final Logger LOG = LoggerFactory.getLogger(CatalogProtocol.class);
    private static final Set<String> MODES = Set.of("checkauth", "init", "file", "import", "deactivate",
            "complete");
    private static final int MAX_FORM_BODY = 64 * 1024;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ExchangeSettings settings;
    private final ExchangeCredentials credentials;
    private final SyncEngine engine;
    private final Executor executor;
    private final Monitoring monitoring;
    private final Clock clock;
    private final Replies replies;
    private final Object resolving = new Object();
    /** Chosen on the first call, when the store is first asked: creating a handler connects to nothing. */
    private volatile ExchangeBoard board;
    private volatile ImportCalls imports;
    private final SaleProtocol sale;

    /**
     * @param engine applies the uploaded files
     * @param credentials what {@code checkauth} and Basic must match
     * @param settings the exchange's settings
     * @param executor runs the import jobs
     * @param clock gives {@code checkauth}'s timestamp and the log's times
     */
    public CatalogProtocol(SyncEngine engine, ExchangeCredentials credentials, ExchangeSettings settings,
                           Executor executor, Clock clock) {
        this(engine, credentials, settings, executor, new Monitoring(
                new io.micrometer.core.instrument.composite.CompositeMeterRegistry()), clock);
    }

    /**
     * @param engine applies the uploaded files
     * @param credentials what {@code checkauth} and Basic must match
     * @param settings the exchange's settings
     * @param executor runs the import jobs
     * @param monitoring follows the import jobs and counts the calls
     * @param clock gives {@code checkauth}'s timestamp and the log's times
     */
    public CatalogProtocol(SyncEngine engine, ExchangeCredentials credentials, ExchangeSettings settings,
                           Executor executor, Monitoring monitoring, Clock clock) {
        this(engine, credentials, settings, SaleSettings.defaults(), executor, monitoring, clock);
    }

    /**
     * @param engine applies the uploaded files
     * @param credentials what {@code checkauth} and Basic must match
     * @param settings the exchange's settings
     * @param saleSettings how the order exchange ({@code type=sale}) answers
     * @param executor runs the import jobs
     * @param monitoring follows the import jobs and counts the calls
     * @param clock gives {@code checkauth}'s timestamp and the log's times
     */
    public CatalogProtocol(SyncEngine engine, ExchangeCredentials credentials, ExchangeSettings settings,
                           SaleSettings saleSettings, Executor executor, Monitoring monitoring, Clock clock) {
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.replies = new Replies(settings.replyCharset());
        this.sale = new SaleProtocol(Objects.requireNonNull(saleSettings, "saleSettings"), settings, engine, executor,
                monitoring, clock, replies);
    }

    /** The exchange state: the store's when it keeps one, else this server's. */
    private ExchangeBoard board() {
        ExchangeBoard chosen = board;
        if (chosen != null) {
            return chosen;
        }
        synchronized (resolving) {
            if (board == null) {
                ExchangeBoard made = engine.store().exchangeState()
                        .<ExchangeBoard>map(state -> new StoredBoard(state, engine.store(), settings.uploadRoot(),
                                clock))
                        .orElseGet(() -> new LocalBoard(settings.uploadRoot()));
                imports = new ImportCalls(settings, engine, executor, monitoring, clock, replies, made);
                board = made;
            }
            return board;
        }
    }

    /**
     * Answers one call. Never throws: every error becomes {@code failure\n<reason>}.
     *
     * @param request the call
     * @return the reply
     */
    public Response handle(Request request) {
        long started = System.nanoTime();
        Instant at = clock.instant();
        Call call = new Call();
        Response response;
        try {
            response = dispatch(request, call);
        } catch (Refused e) {
            response = replies.failure(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response = replies.failure("the server is stopping");
        } catch (IOException e) {
            LOG.warn("exchange call {} {} failed", call.mode, call.filename, e);
            response = replies.failure("the server could not store or read the files ("
                    + e.getClass().getSimpleName() + "); see the server log");
        } catch (RuntimeException e) {
            LOG.error("exchange call {} {} failed", call.mode, call.filename, e);
            response = replies.failure("internal error in the server (" + e.getClass().getSimpleName()
                    + "); see the server log");
        }
        response = afterBody(request, response);
        monitoring.exchangeCall(call.mode, statusLine(response), call.received);
        log(new ExchangeLog.Entry(at, request.remoteAddress(), request.method(), call.mode, call.filename,
                call.received, response.contentLength(), statusLine(response),
                (System.nanoTime() - started) / 1_000_000), "checkauth".equals(call.mode));
        return response;
    }

    /**
     * A call refused before its body was read (an upload during the deactivation, a wrong password): 1C and most
     * clients send the whole body before they read the reply, so the rest of a body of up to a chunk is read and
     * dropped, and the reply reaches them; past that, the connection closes after the reply.
     */
    private Response afterBody(Request request, Response response) {
        long limit = Math.max(settings.fileLimit(), MAX_FORM_BODY);
        byte[] buffer = new byte[8192];
        try {
            for (long read = 0; read < limit; ) {
                int n = request.body().read(buffer, 0, (int) Math.min(buffer.length, limit - read));
                if (n < 0) {
                    return response;
                }
                read += n;
            }
        } catch (IOException e) {
            // The client went away: whatever is answered closes the connection.
        }
        Map<String, List<String>> headers = new java.util.HashMap<>(response.headers());
        headers.put("Connection", List.of("close"));
        return new Response(response.status(), response.contentType(), headers, response.body());
    }

    private Response dispatch(Request request, Call call) throws Refused, IOException, InterruptedException {
        Map<String, String> params = params(request.rawQuery());
        if (!params.containsKey("mode") && isForm(request)) {
            // A client that sends its parameters as a form: only then is the body read as one.
            byte[] form = request.body().readNBytes(MAX_FORM_BODY);
            call.received = form.length;
            params(new String(form, java.nio.charset.StandardCharsets.ISO_8859_1)).forEach(params::putIfAbsent);
        }
        String type = params.getOrDefault("type", "catalog");
        String mode = params.get("mode");
        call.mode = mode == null ? null : mode.length() > 40 ? mode.substring(0, 40) : mode;
        call.filename = params.get("filename");
        boolean sale = type.equals("sale");
        if (!type.equals("catalog") && !sale) {
            throw new Refused("Unknown type " + (type.length() > 40 ? type.substring(0, 40) : type)
                    + ": this server takes type=catalog and type=sale");
        }
        if (mode == null || !(sale ? SaleProtocol.MODES : MODES).contains(mode)) {
            return replies.failure("Unknown mode");
        }
        ExchangeLogins logins = new ExchangeLogins(credentials, board().logins(), replies);
        if (mode.equals("checkauth")) {
            return logins.checkauth(request, clock.instant().getEpochSecond(), !sale);
        }
        AuthSessions.Session session = logins.authorize(request, params);
        if (sale) {
            return this.sale.handle(mode, request, params, session, n -> call.received += n);
        }
        return switch (mode) {
            case "init" -> init(session);
            case "file" -> file(request, params, call);
            case "import" -> importFile(params);
            case "deactivate" -> imports().deactivate();
            case "complete" -> complete();
            default -> replies.failure("Unknown mode");
        };
    }

    private static Map<String, String> params(String raw) throws Refused {
        try {
            return QueryString.parse(raw);
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
    }

    private static boolean isForm(Request request) {
        String type = request.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private Response init(AuthSessions.Session session) throws Refused, IOException {
        board().locked(view -> {
            Exchange current = view.current();
            if (current != null) {
                imports().settle(current);
                if (current.run() != null) {
                    throw new Refused("the " + current.run().what() + " (exchange " + current.id()
                            + ") is still running; start the exchange again later");
                }
            }
            return begin(view, session);
        });
        return replies.lines("zip=" + (settings.zip() ? "yes" : "no") + "\nfile_limit=" + settings.fileLimit(),
                Map.of());
    }

    /** The current exchange; a client that skipped {@code init} gets one now. */
    private Exchange exchange(ExchangeBoard.View view) throws IOException {
        Exchange current = view.current();
        return current != null ? current : begin(view, null);
    }

    /** Begins an exchange from a login's checkauth time: the call's, else the latest one's, else now. */
    private Exchange begin(ExchangeBoard.View view, AuthSessions.Session session) throws IOException {
        AuthSessions.Session from = session != null ? session : board().logins().latest();
        long timestamp = from != null ? from.timestamp() : clock.instant().getEpochSecond();
        return view.begin(ExchangeIds.next(clock.instant()), timestamp);
    }

    private Response file(Request request, Map<String, String> params, Call call) throws Refused, IOException {
        String name = name(params);
        call.received += board().locked(view -> {
            Exchange exchange = exchange(view);
            imports().settle(exchange);
            if (exchange.run() != null && exchange.run().deactivation()) {
                // The deactivation reads every applied file again; none may change under it.
                throw new Refused("the deactivation of exchange " + exchange.id() + " is running; send " + name
                        + " after it ended");
            }
            return exchange.receive(name, request.body(), settings);
        });
        return replies.success("");
    }

    static String name(Map<String, String> params) throws Refused {
        try {
            return UploadNames.check(params.get("filename"));
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
    }

    private Response importFile(Map<String, String> params) throws Refused, IOException, InterruptedException {
        return imports().importFile(name(params));
    }

    private ImportCalls imports() {
        board();
        return imports;
    }

    private Response complete() throws Refused, IOException {
        return board().locked(view -> {
            Exchange exchange = view.current();
            if (exchange == null) {
                return replies.success("exchange complete: nothing was uploaded");
            }
            imports().settle(exchange);
            long applied = exchange.uploads().stream().filter(u -> u.state == Upload.State.APPLIED).count();
            long failed = exchange.uploads().stream().filter(u -> u.state == Upload.State.FAILED).count();
            String still = exchange.run() != null ? "; still running: the " + exchange.run().what() : "";
            return replies.success("exchange " + exchange.id() + " complete: " + applied + " files imported, "
                    + failed + " failed" + still);
        });
    }

    private void log(ExchangeLog.Entry entry, boolean beforeInit) {
        try {
            board().log(entry, beforeInit);
        } catch (RuntimeException e) {
            LOG.warn("cannot log the exchange call: {}", e.toString());
        }
    }

    private String statusLine(Response response) {
        if (SaleProtocol.isDocument(response)) {
            return "document";
        }
        String text = new String(response.body(), settings.replyCharset());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /**
     * {@return the current exchange's log file, or {@code null} before the first {@code init} or when the store keeps
     * the log}
     */
    public Path currentLog() {
        return board().currentLog();
    }

    /**
     * Cancels the imports this server runs (rolled back) and waits a while for them to end.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public void close() throws InterruptedException {
        for (org.onecsync.sync.ImportJob job : sale.running()) {
            job.cancel();
            job.await(CLOSE_WAIT);
        }
        if (board == null) {
            return;
        }
        imports.cancel(CLOSE_WAIT);
    }

    /** What the log says about a call, filled in as it is handled. */
    private static final class Call {
        String mode;
        String filename;
        long received;
    }
}
