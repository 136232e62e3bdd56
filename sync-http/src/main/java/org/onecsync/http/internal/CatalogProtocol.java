package org.onecsync.http.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.Request;
import org.onecsync.http.Response;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog exchange ({@code type=catalog}) as the protocol document describes it, behind
 * {@link org.onecsync.http.CatalogExchangeHandler}.
 *
 * <p>State: the sessions {@code checkauth} opened, and the current exchange (the one the last {@code init}
 * started). One 1C talks to one server, so later calls belong to the current exchange whatever credentials they
 * carry; a client that skips {@code init} gets an exchange on its first upload.
 */
public final class CatalogProtocol implements AutoCloseable {

    /** The session cookie's name, sent at {@code checkauth} in the reply lines and as {@code Set-Cookie}. */
    public static final String COOKIE = "onecsync_session";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogProtocol.class);
    private static final Set<String> MODES = Set.of("checkauth", "init", "file", "import", "deactivate",
            "complete");
    private static final Pattern EXCHANGE_ID = Pattern.compile("\\d{8}T\\d{6}Z-[0-9a-f]{8}");
    private static final int MAX_FORM_BODY = 64 * 1024;
    private static final int PREAMBLE = 64;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ExchangeSettings settings;
    private final ExchangeCredentials credentials;
    private final SyncEngine engine;
    private final Executor executor;
    private final Monitoring monitoring;
    private final Clock clock;
    private final Replies replies;
    private final AuthSessions sessions = new AuthSessions();
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private Exchange current;
    /** Calls logged before the exchange they lead to exists ({@code checkauth}); guarded by {@link #lock}. */
    private final Deque<ExchangeLog.Entry> preamble = new ArrayDeque<>();

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
        this.monitoring = Objects.requireNonNull(monitoring, "monitoring");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.replies = new Replies(settings.replyCharset());
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
        monitoring.exchangeCall(call.mode, statusLine(response), call.received);
        log(new ExchangeLog.Entry(at, request.remoteAddress(), request.method(), call.mode, call.filename,
                call.received, response.contentLength(), statusLine(response),
                (System.nanoTime() - started) / 1_000_000), "checkauth".equals(call.mode));
        return response;
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
        if (!type.equals("catalog")) {
            throw new Refused("Unknown type " + (type.length() > 40 ? type.substring(0, 40) : type)
                    + ": this server takes type=catalog");
        }
        if (mode == null || !MODES.contains(mode)) {
            return replies.failure("Unknown mode");
        }
        if (mode.equals("checkauth")) {
            return checkauth(request);
        }
        AuthSessions.Session session = authorize(request, params);
        return switch (mode) {
            case "init" -> init(session);
            case "file" -> file(request, params, call);
            case "import" -> importFile(params);
            case "deactivate" -> deactivate();
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

    private Response checkauth(Request request) throws Refused {
        BasicAuth basic = BasicAuth.parse(request.header("Authorization"));
        if (basic == null) {
            throw new Refused("no user and password sent: enter them in 1C's exchange settings");
        }
        if (!credentials.matches(basic.user(), basic.password())) {
            LOG.warn("exchange checkauth refused: wrong user or password for user '{}' from {}", basic.user(),
                    request.remoteAddress());
            throw new Refused("wrong user or password");
        }
        AuthSessions.Session session = sessions.open(clock.instant().getEpochSecond());
        String body = "success\n" + COOKIE + "\n" + session.cookie() + "\nsessid=" + session.sessid()
                + "\ntimestamp=" + session.timestamp();
        return replies.lines(body, Map.of("Set-Cookie",
                List.of(COOKIE + "=" + session.cookie() + "; Path=/; HttpOnly")));
    }

    /** A valid session cookie or valid Basic credentials; a {@code sessid}, when sent, must be one issued. */
    private AuthSessions.Session authorize(Request request, Map<String, String> params) throws Refused {
        AuthSessions.Session session = sessions.byCookie(request.cookies().get(COOKIE));
        if (session == null) {
            BasicAuth basic = BasicAuth.parse(request.header("Authorization"));
            if (basic == null) {
                throw new Refused("not logged in: call checkauth first, or send the user and password");
            }
            if (!credentials.matches(basic.user(), basic.password())) {
                LOG.warn("exchange call refused: wrong user or password for user '{}' from {}", basic.user(),
                        request.remoteAddress());
                throw new Refused("wrong user or password");
            }
        }
        String sessid = params.get("sessid");
        if (sessid != null && !sessid.isEmpty()) {
            boolean valid = session != null ? AuthSessions.equal(session.sessid(), sessid) : sessions.issued(sessid);
            if (!valid) {
                throw new Refused("wrong sessid: log in again with checkauth");
            }
        }
        return session;
    }

    private Response init(AuthSessions.Session session) throws Refused, IOException {
        synchronized (lock) {
            if (current != null) {
                synchronized (current) {
                    settle(current);
                    if (current.run() != null) {
                        throw new Refused("the " + current.run().what() + " (exchange " + current.id()
                                + ") is still running; start the exchange again later");
                    }
                }
            }
            AuthSessions.Session from = session != null ? session : sessions.latest();
            long timestamp = from != null ? from.timestamp() : clock.instant().getEpochSecond();
            clearPreviousUploads();
            current = Exchange.create(settings.uploadRoot(), newId(), timestamp);
            while (!preamble.isEmpty()) {
                current.log().append(preamble.removeFirst());
            }
        }
        return replies.lines("zip=" + (settings.zip() ? "yes" : "no") + "\nfile_limit=" + settings.fileLimit(),
                Map.of());
    }

    /** A new exchange starts clean: the files of earlier ones go (their logs stay). */
    private void clearPreviousUploads() throws IOException {
        Path root = settings.uploadRoot();
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
            for (Path folder : folders) {
                if (EXCHANGE_ID.matcher(folder.getFileName().toString()).matches() && Files.isDirectory(folder)) {
                    Exchange.deleteTree(folder.resolve("files"));
                    Exchange.deleteTree(folder.resolve("incoming"));
                }
            }
        }
    }

    private String newId() {
        return ExchangeIds.next(clock.instant());
    }

    /** The current exchange; a client that skipped {@code init} gets one now. */
    private Exchange exchange() throws IOException {
        synchronized (lock) {
            if (current == null) {
                AuthSessions.Session latest = sessions.latest();
                clearPreviousUploads();
                current = Exchange.create(settings.uploadRoot(), newId(),
                        latest != null ? latest.timestamp() : clock.instant().getEpochSecond());
            }
            return current;
        }
    }

    private Response file(Request request, Map<String, String> params, Call call) throws Refused, IOException {
        String name = name(params);
        Exchange exchange = exchange();
        synchronized (exchange) {
            settle(exchange);
            if (exchange.run() != null && exchange.run().deactivation()) {
                // The deactivation reads every applied file again; none may change under it.
                throw new Refused("the deactivation of exchange " + exchange.id() + " is running; send " + name
                        + " after it ended");
            }
            call.received += exchange.receive(name, request.body(), settings);
        }
        return replies.success("");
    }

    private static String name(Map<String, String> params) throws Refused {
        try {
            return UploadNames.check(params.get("filename"));
        } catch (IllegalArgumentException e) {
            throw new Refused(e.getMessage());
        }
    }

    private Response importFile(Map<String, String> params) throws Refused, IOException, InterruptedException {
        String name = name(params);
        Exchange exchange;
        synchronized (lock) {
            exchange = current;
        }
        if (exchange == null) {
            throw new Refused("no file named " + name + " was uploaded: the exchange has not started (init)");
        }
        Instant deadline = clock.instant().plus(settings.importTimeBox());
        // Round one may only wait for another file's import; round two starts this file's, round three answers.
        for (int round = 0; round < 3; round++) {
            ImportRun run;
            synchronized (exchange) {
                settle(exchange);
                run = exchange.run();
                if (run == null) {
                    Upload upload = exchange.upload(name);
                    if (upload != null && upload.state == Upload.State.APPLIED) {
                        return replies.success(upload.answer);
                    }
                    if (upload != null && upload.state == Upload.State.FAILED) {
                        return replies.failure(upload.answer);
                    }
                    exchange.unpackZips(settings);
                    upload = exchange.upload(name);
                    if (upload == null) {
                        throw new Refused("no file named " + name + " was uploaded in this exchange");
                    }
                    run = start(exchange, upload);
                }
            }
            Duration left = Duration.between(clock.instant(), deadline);
            ImportJob.Status status = run.job().await(left.isNegative() ? Duration.ZERO : left);
            if (!status.finished()) {
                return replies.progress(progress(run, status));
            }
        }
        return replies.progress("waiting for the import of " + name);
    }

    private ImportRun start(Exchange exchange, Upload upload) throws Refused {
        List<Upload> batch = exchange.batchFor(upload);
        UploadedSource source = exchange.source(batch);
        // Never remove anything here: one package of a packaged export is not the whole catalog, and the
        // next package's import would remove what the previous one brought. Removal waits for deactivate.
        ImportOptions options = ImportOptions.defaults().withMissingPolicy(MissingPolicy.KEEP);
        ImportJob job = JobLauncher.start(monitoring, "exchange", engine, source, options, executor);
        for (Upload file : batch) {
            file.state = Upload.State.APPLYING;
        }
        ImportRun run = new ImportRun(job, batch, false);
        exchange.run(run);
        // More data applied: a deactivation that ended before no longer covers the exchange.
        exchange.deactivated(null);
        LOG.info("exchange {}: importing {}", exchange.id(), run.names());
        return run;
    }

    /** Records a finished job's outcome on its files. Called holding the exchange's monitor. */
    private void settle(Exchange exchange) {
        ImportRun run = exchange.run();
        if (run == null) {
            return;
        }
        ImportJob.Status status = run.job().status();
        if (!status.finished()) {
            return;
        }
        boolean succeeded = status.state() == ImportJob.State.SUCCEEDED && status.report() != null;
        if (run.deactivation()) {
            String answer = succeeded ? deactivated(exchange, status.report())
                    : "deactivation of exchange " + exchange.id() + " failed, nothing was deactivated: "
                    + (status.failure() != null ? status.failure().getMessage() : "it was cancelled");
            exchange.deactivated(new Exchange.Outcome(succeeded, answer));
            exchange.run(null);
            LOG.info("exchange {}: deactivation {}: {}", exchange.id(), succeeded ? "done" : "failed", answer);
            return;
        }
        String answer = succeeded ? success(run, status.report()) : failure(run, status);
        for (Upload upload : run.batch()) {
            upload.state = succeeded ? Upload.State.APPLIED : Upload.State.FAILED;
            upload.answer = answer;
        }
        exchange.run(null);
        LOG.info("exchange {}: import of {} {}", exchange.id(), run.names(), succeeded ? "done" : "failed: " + answer);
    }

    private static String progress(ImportRun run, ImportJob.Status status) {
        String doing = run.deactivation() ? "deactivating what the full packages no longer hold ("
                + run.names() + ")" : "importing " + run.names();
        if (status.state() == ImportJob.State.QUEUED || status.phase() == null) {
            return doing + ": queued";
        }
        return doing + ": " + status.phase() + ", " + status.percent() + " %, " + status.records() + " records read";
    }

    private static String success(ImportRun run, ImportReport report) {
        StringBuilder text = new StringBuilder("imported ").append(run.names()).append(" (session ")
                .append(report.sessionId()).append(")");
        String sep = ": ";
        for (Map.Entry<EntityType, EntityCounts> entry : report.counts().entrySet()) {
            EntityCounts c = entry.getValue();
            if (c.isZero()) {
                continue;
            }
            text.append(sep).append(entry.getKey().jsonName()).append(' ').append(c.created()).append(" new, ")
                    .append(c.updated()).append(" changed, ").append(c.unchanged()).append(" unchanged, ")
                    .append(c.deleted()).append(" removed, ").append(c.skipped()).append(" skipped");
            sep = "; ";
        }
        if (report.status() == SessionStatus.PARTIAL && !report.problems().isEmpty()) {
            text.append("\n").append(report.problemCount()).append(" records skipped, first: ")
                    .append(report.problems().get(0).reason());
        }
        return text.toString();
    }

    private static String failure(ImportRun run, ImportJob.Status status) {
        String reason = status.failure() != null ? status.failure().getMessage() : "the import was cancelled";
        return "import of " + run.names() + " failed, nothing of it was applied: " + reason;
    }

    /**
     * Removes, after a complete exchange, what its full packages no longer hold: every file the exchange applied
     * is applied once more, all together in one job, with the configured missing policy. Re-applying is cheap
     * (only changes are written); what matters is that the policy sees the union of every package, so that one
     * package never removes another's records. Time-boxed and polled as {@code import} is.
     */
    private Response deactivate() throws Refused, IOException, InterruptedException {
        Exchange exchange;
        synchronized (lock) {
            exchange = current;
        }
        if (exchange == null) {
            return replies.success("nothing deactivated: no exchange was started");
        }
        Instant deadline = clock.instant().plus(settings.importTimeBox());
        // Round one may only wait for a running import; round two starts the deactivation, round three answers.
        for (int round = 0; round < 3; round++) {
            ImportRun run;
            List<Upload> uploads;
            synchronized (exchange) {
                settle(exchange);
                run = exchange.run();
                Exchange.Outcome done = exchange.deactivated();
                if (run == null && done != null) {
                    return done.success() ? replies.success(done.message()) : replies.failure(done.message());
                }
                uploads = run == null ? exchange.uploads() : List.of();
            }
            if (run == null) {
                String skip = refusal(exchange, uploads);
                if (skip != null) {
                    return replies.success(skip);
                }
                synchronized (exchange) {
                    settle(exchange);
                    if (exchange.run() != null || exchange.deactivated() != null
                            || !exchange.uploads().equals(uploads)) {
                        continue; // An upload or import came in while the files were scanned: look again.
                    }
                    run = startDeactivation(exchange, uploads.stream()
                            .filter(u -> u.state == Upload.State.APPLIED).toList());
                }
            }
            Duration left = Duration.between(clock.instant(), deadline);
            ImportJob.Status status = run.job().await(left.isNegative() ? Duration.ZERO : left);
            if (!status.finished()) {
                return replies.progress(progress(run, status));
            }
        }
        return replies.progress("waiting for the deactivation of exchange " + exchange.id());
    }

    /**
     * Why nothing is to be deactivated after the exchange, or {@code null} when the deactivation should run.
     * Reads the files (a byte scan, once per file) outside the exchange's monitor.
     */
    private String refusal(Exchange exchange, List<Upload> uploads) throws IOException {
        List<Upload> applied = uploads.stream().filter(u -> u.state == Upload.State.APPLIED).toList();
        if (applied.isEmpty()) {
            return "nothing deactivated: no file was imported in this exchange";
        }
        for (Upload upload : uploads) {
            if (upload.state == Upload.State.FAILED) {
                // A full package that failed would leave its records out of the union: they would be removed.
                return "nothing deactivated: the import of " + upload.name + " failed in this exchange, and "
                        + "deactivating after an incomplete exchange would remove what it did not deliver";
            }
            if (upload.state == Upload.State.PENDING && !upload.zip && isFull(exchange, upload)) {
                return "nothing deactivated: the full package " + upload.name + " was uploaded but not imported "
                        + "in this exchange";
            }
        }
        boolean full = false;
        for (Upload upload : applied) {
            full |= isFull(exchange, upload);
        }
        if (!full) {
            return "nothing deactivated: this exchange sent changes only, no full package";
        }
        if (settings.missingPolicy() == MissingPolicy.KEEP) {
            return "nothing deactivated: the server keeps records a full package no longer holds "
                    + "(missing policy keep)";
        }
        return null;
    }

    private static boolean isFull(Exchange exchange, Upload upload) throws IOException {
        if (upload.full == null) {
            Path file;
            try {
                file = exchange.pathOf(upload.name);
            } catch (Refused e) {
                return false; // Names were checked on upload; nothing to scan then.
            }
            upload.full = Files.isRegularFile(file) && FullScope.announced(file);
        }
        return upload.full;
    }

    private ImportRun startDeactivation(Exchange exchange, List<Upload> applied) throws Refused {
        UploadedSource source = exchange.deactivationSource(applied);
        ImportOptions options = ImportOptions.defaults().withMissingPolicy(settings.missingPolicy());
        ImportRun run = new ImportRun(JobLauncher.start(monitoring, "exchange", engine, source, options, executor), applied, true);
        exchange.run(run);
        LOG.info("exchange {}: deactivating ({}) what {} no longer hold", exchange.id(), settings.missingPolicy(),
                run.names());
        return run;
    }

    private String deactivated(Exchange exchange, ImportReport report) {
        String verb = settings.missingPolicy() == MissingPolicy.DELETE ? "deleted" : "deactivated";
        String since = Instant.ofEpochSecond(exchange.timestamp()).toString();
        StringBuilder counts = new StringBuilder();
        for (Map.Entry<EntityType, EntityCounts> entry : report.counts().entrySet()) {
            if (entry.getValue().deleted() > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(entry.getKey().jsonName()).append(' ')
                        .append(entry.getValue().deleted());
            }
        }
        String about = "exchange " + exchange.id() + ", checkauth at " + since + ", session " + report.sessionId();
        if (counts.isEmpty()) {
            return "nothing to " + (verb.equals("deleted") ? "delete" : "deactivate")
                    + ": every stored record is in the full packages of this exchange (" + about + ")";
        }
        return verb + " what the full packages of this exchange no longer hold (" + about + "): " + counts;
    }

    private Response complete() {
        Exchange exchange;
        synchronized (lock) {
            exchange = current;
        }
        if (exchange == null) {
            return replies.success("exchange complete: nothing was uploaded");
        }
        synchronized (exchange) {
            settle(exchange);
            long applied = exchange.uploads().stream().filter(u -> u.state == Upload.State.APPLIED).count();
            long failed = exchange.uploads().stream().filter(u -> u.state == Upload.State.FAILED).count();
            String still = exchange.run() != null ? "; still running: the " + exchange.run().what() : "";
            return replies.success("exchange " + exchange.id() + " complete: " + applied + " files imported, "
                    + failed + " failed" + still);
        }
    }

    private void log(ExchangeLog.Entry entry, boolean beforeInit) {
        synchronized (lock) {
            if (current != null && !beforeInit) {
                current.log().append(entry);
            } else {
                if (preamble.size() == PREAMBLE) {
                    preamble.removeFirst();
                }
                preamble.addLast(entry);
            }
        }
    }

    private String statusLine(Response response) {
        String text = new String(response.body(), settings.replyCharset());
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** {@return the current exchange's log file, or {@code null} before the first {@code init}} */
    public Path currentLog() {
        synchronized (lock) {
            return current == null ? null : current.log().file();
        }
    }

    /**
     * Cancels a running import (rolled back) and waits a while for it to end.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    @Override
    public void close() throws InterruptedException {
        Exchange exchange;
        synchronized (lock) {
            exchange = current;
        }
        if (exchange == null) {
            return;
        }
        ImportRun run;
        synchronized (exchange) {
            run = exchange.run();
        }
        if (run != null) {
            run.job().cancel();
            run.job().await(CLOSE_WAIT);
            synchronized (exchange) {
                settle(exchange);
            }
        }
    }

    /** What the log says about a call, filled in as it is handled. */
    private static final class Call {
        String mode;
        String filename;
        long received;
    }
}
