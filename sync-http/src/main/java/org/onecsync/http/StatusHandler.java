package org.onecsync.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onecsync.http.internal.SessionReads;
import org.onecsync.http.internal.BasicAuth;
import org.onecsync.http.internal.ExchangeIds;
import org.onecsync.http.internal.ExchangeLogFiles;
import org.onecsync.http.internal.StatusPage;
import org.onecsync.model.EntityType;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionRecord;
import org.onecsync.store.StoreException;
import org.onecsync.sync.ImportJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the status endpoints of a server, for any web framework: hand it each request with its route (the path
 * inside the application, e.g. {@code /api/sessions/12}) and send back the {@link Response}.
 *
 * <ul>
 *   <li>{@code GET /health}, without credentials: 200 {@code {"status":"up"}} when the store answers a read (with a
 *       {@code note} when the database holds no onec-sync tables yet, or another version's), else 503
 *       {@code {"status":"down","reason":"…"}}.</li>
 *   <li>{@code GET /api/sessions?limit=N} (newest first, 50 unless asked, at most 500) and
 *       {@code GET /api/sessions/{id}}: id, kind, source, status, start and end, dry run, counts per entity, the
 *       problems kept with file, line and reason, the error, the {@code exchange_id} of an exchange's session
 *       (its request log's id); for an import running in this server its live {@code state}, {@code phase},
 *       {@code percent} and {@code records}.</li>
 *   <li>{@code GET /api/exchanges/{id}/log}: an exchange's request log, as text. The id must have the form the
 *       exchange issues ({@code 20260130T120000Z-1a2b3c4d}); it never becomes a path otherwise. When the store keeps
 *       the exchange state (PostgreSQL), the log is read from it, with the calls of every server on the database.</li>
 *   <li>{@code GET /metrics}: the {@link ServerMonitor}'s meters in Prometheus text, when a Prometheus registry was
 *       given.</li>
 *   <li>{@code GET /} and {@code GET /sessions/{id}}: the status page, HTML for a browser: the same sessions with a
 *       progress bar for running ones (refreshing itself every 5 seconds while one runs), and one session with its
 *       problems and its exchange's request log. Its errors are pages (400 for a malformed id, 404 for an unknown
 *       one), and its answers forbid scripts, framing and caching.</li>
 * </ul>
 *
 * <p>Everything but {@code /health} needs the exchange credentials (Basic) or the API key ({@code X-API-Key}), both
 * compared in constant time; a missing or wrong one gets 401, and the attempt is logged without the secret. Errors
 * are JSON {@code {"error":"…"}}, never a stack trace. Thread-safe.
 */
public final class StatusHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StatusHandler.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** How many sessions a list holds when no {@code limit} is asked. */
    public static final int DEFAULT_LIMIT = 50;
    /** The largest {@code limit} of a session list. */
    public static final int MAX_LIMIT = 500;

    private static final Pattern SESSION = Pattern.compile("/api/sessions/([0-9]{1,18})/?");
    private static final Pattern EXCHANGE_LOG = Pattern.compile("/api/exchanges/([^/]{1,64})/log/?");
    private static final Pattern SECRET_IN_URL = Pattern.compile("(?i)(password|secret|token)=[^&;\\s]*");

    private final CatalogStore store;
    private final ServerMonitor monitor;
    private final ExchangeCredentials credentials;
    private final ApiKey apiKey;
    private final Path exchangeRoot;
    private final PrometheusMeterRegistry prometheus;
    private final StatusPage page;

    private StatusHandler(Builder builder) {
        this.store = Objects.requireNonNull(builder.store, "store");
        this.monitor = builder.monitor != null ? builder.monitor : ServerMonitor.withoutMetrics();
        this.credentials = builder.credentials;
        this.apiKey = builder.apiKey;
        this.exchangeRoot = builder.exchangeRoot;
        this.prometheus = builder.prometheus;
        this.page = new StatusPage(store, monitor::running, exchangeRoot, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /**
     * Starts a handler of a store's status.
     *
     * @param store the store whose sessions are shown and whose reads tell health
     * @return a builder
     */
    public static Builder builder(CatalogStore store) {
        return new Builder(Objects.requireNonNull(store, "store"));
    }

    /**
     * Answers one request. Never throws for a bad request or a store that fails.
     *
     * @param request the request
     * @param route the path inside the application: {@code /health}, {@code /metrics}, {@code /api/sessions},
     *     {@code /api/sessions/ID}, {@code /api/exchanges/ID/log}, or the status page's {@code /} and
     *     {@code /sessions/ID}
     * @return the answer
     */
    public Response handle(Request request, String route) {
        Objects.requireNonNull(request, "request");
        String path = route == null || route.isEmpty() ? "/" : route;
        if (path.equals("/health") || path.equals("/health/")) {
            return reading(request) ? health() : notAllowed();
        }
        Response refused = authenticate(request, path);
        if (StatusPage.serves(path)) {
            return page.answer(request, path, refused);
        }
        if (refused != null) {
            return refused;
        }
        if (!reading(request)) {
            return notAllowed();
        }
        try {
            if (path.equals("/metrics") || path.equals("/metrics/")) {
                return metrics();
            }
            if (path.equals("/api/sessions") || path.equals("/api/sessions/")) {
                return sessions(request.rawQuery());
            }
            var session = SESSION.matcher(path);
            if (session.matches()) {
                return session(Long.parseLong(session.group(1)));
            }
            var log = EXCHANGE_LOG.matcher(path);
            if (log.matches()) {
                return exchangeLog(log.group(1));
            }
            return error(404, "no such endpoint: " + shorten(path));
        } catch (RuntimeException e) {
            // The store failed (or the log could not be read): a reason, never a stack trace, goes to the client.
            LOG.warn("status request {} failed: {}", shorten(path), e.toString());
            return error(503, "the store cannot be read: " + reason(e));
        }
    }

    private static boolean reading(Request request) {
        return request.method().equals("GET") || request.method().equals("HEAD");
    }

    private Response health() {
        try {
            store.sessions().recent(1);
            return json(200, g -> g.writeStringField("status", "up"));
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.FAILED) {
                // The database answered: it holds no onec-sync tables yet (the first import creates them), or a
                // schema of another version. Reachable all the same; the note says what imports will meet.
                return json(200, g -> {
                    g.writeStringField("status", "up");
                    g.writeStringField("note", reason(e));
                });
            }
            return down(e);
        } catch (RuntimeException e) {
            return down(e);
        }
    }

    private static Response down(RuntimeException e) {
        LOG.warn("health check: the store does not answer: {}", reason(e));
        return json(503, g -> {
            g.writeStringField("status", "down");
            g.writeStringField("reason", reason(e));
        });
    }

    private Response authenticate(Request request, String path) {
        String key = request.header("X-API-Key");
        String why;
        if (key != null) {
            if (apiKey != null && apiKey.matches(key)) {
                return null;
            }
            why = "wrong API key";
        } else {
            BasicAuth basic = BasicAuth.parse(request.header("Authorization"));
            if (basic != null) {
                if (credentials != null && credentials.matches(basic.user(), basic.password())) {
                    return null;
                }
                why = "wrong exchange credentials";
            } else {
                why = "no credentials";
            }
        }
        // Logged without what was sent: neither the key nor the password, nor the user name tried.
        LOG.warn("status request {} {} from {} refused: {}", request.method(), shorten(path), request.remoteAddress(),
                why);
        Response answer = error(401, "the exchange credentials (Basic) or the API key (X-API-Key) are required");
        return new Response(401, answer.contentType(),
                Map.of("WWW-Authenticate", List.of("Basic realm=\"onec-sync\", charset=\"UTF-8\"")), answer.body());
    }

    private Response metrics() {
        if (prometheus == null) {
            return error(404, "metrics are not served here: no Prometheus registry was given");
        }
        return new Response(200, PROMETHEUS_TYPE, Map.of(), prometheus.scrape().getBytes(StandardCharsets.UTF_8));
    }

    private Response sessions(String rawQuery) {
        int limit = SessionReads.limit(parameter(rawQuery, "limit"), DEFAULT_LIMIT, MAX_LIMIT);
        if (limit < 0) {
            return error(400, "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        List<SessionRecord> sessions = SessionReads.recent(store, limit);
        return json(200, g -> {
            g.writeArrayFieldStart("sessions");
            for (SessionRecord session : sessions) {
                g.writeStartObject();
                writeSession(g, session);
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private Response session(long id) {
        Optional<SessionRecord> found = SessionReads.find(store, id);
        return found.map(session -> json(200, g -> writeSession(g, session)))
                .orElseGet(() -> error(404, "no session " + id));
    }

    private Response exchangeLog(String id) {
        if (!ExchangeIds.valid(id)) {
            return error(404, "no exchange " + shorten(id));
        }
        var shared = store.exchangeState();
        if (shared.isPresent()) {
            return sharedLog(shared.get(), id);
        }
        Path file = ExchangeLogFiles.file(exchangeRoot, id).orElse(null);
        if (file == null) {
            return error(404, "no exchange " + id);
        }
        try {
            return new Response(200, "text/plain; charset=utf-8", Map.of(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log of exchange " + id, e);
        }
    }

    /** The log of an exchange whose state the store keeps, with the calls every server on the database answered. */
    private Response sharedLog(org.onecsync.store.ExchangeStateStore state, String id) {
        StringBuilder text = new StringBuilder();
        boolean found = ExchangeLogFiles.readStored(state, id, line -> text.append(line).append('\n'));
        if (!found) {
            return error(404, "no exchange " + id);
        }
        return new Response(200, "text/plain; charset=utf-8", Map.of(),
                text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void writeSession(JsonGenerator g, SessionRecord s) throws IOException {
        g.writeNumberField("id", s.id());
        g.writeStringField("kind", s.kind());
        g.writeStringField("source", s.source());
        g.writeStringField("status", s.status().jsonName());
        g.writeStringField("started_at", time(s.startedAt()));
        g.writeStringField("ended_at", time(s.finishedAt()));
        g.writeBooleanField("dry_run", s.dryRun());
        g.writeObjectFieldStart("counts");
        for (EntityType type : EntityType.values()) {
            EntityCounts c = s.counts().get(type);
            if (c != null) {
                g.writeObjectFieldStart(type.jsonName());
                g.writeNumberField("created", c.created());
                g.writeNumberField("updated", c.updated());
                g.writeNumberField("unchanged", c.unchanged());
                g.writeNumberField("deleted", c.deleted());
                g.writeNumberField("skipped", c.skipped());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeNumberField("problem_count", s.problemCount());
        g.writeArrayFieldStart("problems");
        for (Problem p : s.problems()) {
            g.writeStartObject();
            g.writeStringField("entity", p.entity() == null ? null : p.entity().jsonName());
            g.writeStringField("key", p.key());
            g.writeStringField("file", p.file());
            g.writeNumberField("line", p.line());
            g.writeStringField("reason", p.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("error", s.error());
        String exchange = exchangeId(s.source());
        if (exchange != null) {
            g.writeStringField("exchange_id", exchange);
        }
        Optional<ImportJob.Status> live = monitor.running(s.id());
        if (live.isPresent()) {
            ImportJob.Status status = live.get();
            g.writeStringField("state", status.state().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("phase", status.phase());
            g.writeNumberField("percent", status.percent());
            g.writeNumberField("records", status.records());
        }
    }

    /** The exchange of a session the exchange started: its source reads {@code exchange ID: files…}. */
    private static String exchangeId(String source) {
        if (source == null || !source.startsWith("exchange ")) {
            return null;
        }
        int end = source.indexOf(':', 9);
        String id = end < 0 ? null : source.substring(9, end).split(" ", 2)[0];
        return ExchangeIds.valid(id) ? id : null;
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }

    /** A query parameter, read by hand like the exchange's: the first value, still as sent (digits only matter). */
    private static String parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    /** The failure's message, first line, without a password or token a JDBC URL in it could carry. */
    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return shorten(SECRET_IN_URL.matcher(message).replaceAll("$1=***"));
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static Response notAllowed() {
        Response answer = error(405, "only GET is allowed here");
        return new Response(405, answer.contentType(), Map.of("Allow", List.of("GET, HEAD")), answer.body());
    }

    private static Response error(int status, String message) {
        return json(status, g -> g.writeStringField("error", message));
    }

    private static Response json(int status, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to memory", e);
        }
        return new Response(status, JSON_TYPE, Map.of(), out.toByteArray());
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Builds a {@link StatusHandler}; only the store is required. */
    public static final class Builder {

        private final CatalogStore store;
        private ServerMonitor monitor;
        private ExchangeCredentials credentials;
        private ApiKey apiKey;
        private Path exchangeRoot;
        private PrometheusMeterRegistry prometheus;

        private Builder(CatalogStore store) {
            this.store = store;
        }

        /**
         * @param value the monitor lent to the server's other handlers, for live progress; without one no session
         *     shows live progress
         * @return this builder
         */
        public Builder monitor(ServerMonitor value) {
            this.monitor = value;
            return this;
        }

        /**
         * @param value the exchange's user and password, accepted with Basic; {@code null} accepts none
         * @return this builder
         */
        public Builder credentials(ExchangeCredentials value) {
            this.credentials = value;
            return this;
        }

        /**
         * @param value the API key, accepted in {@code X-API-Key}; {@code null} accepts none
         * @return this builder
         */
        public Builder apiKey(ApiKey value) {
            this.apiKey = value;
            return this;
        }

        /**
         * @param value the exchange's upload root ({@link ExchangeSettings#uploadRoot()}), where the request logs
         *     are; without it every log answers 404
         * @return this builder
         */
        public Builder exchangeLogs(Path value) {
            this.exchangeRoot = value == null ? null : value.toAbsolutePath();
            return this;
        }

        /**
         * @param value the registry {@code /metrics} scrapes (usually the {@link ServerMonitor}'s); without it
         *     {@code /metrics} answers 404
         * @return this builder
         */
        public Builder prometheus(PrometheusMeterRegistry value) {
            this.prometheus = value;
            return this;
        }

        /** {@return the handler} */
        public StatusHandler build() {
            return new StatusHandler(this);
        }
    }
}
