package org.onecsync.http.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.onecsync.http.Request;
import org.onecsync.http.Response;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.SessionRecord;
import org.onecsync.sync.ImportJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status page, server-rendered HTML for a browser: {@code /} lists the newest sessions, {@code /sessions/ID}
 * shows one with its problems and its exchange's request log. A page refreshes itself every 5 seconds while an
 * import it shows runs, and only then. Every value is escaped; the answers forbid scripts, framing and caching.
 * The caller authenticates; errors are pages too, never a stack trace.
 */
public final class StatusPage {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPage.class);
    private static final Pattern SESSION = Pattern.compile("/sessions/([0-9]{1,18})/?");
    private static final int LOG_LINES = 1000;
    private static final String CSS = "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .5em;"
            + "text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right}"
            + ".status{font-weight:600}.succeeded{color:#176f2c}.partial{color:#8a5a00}.failed{color:#b00020}"
            + ".running{color:#0b57d0}progress{width:8em;vertical-align:middle}td.progress{white-space:nowrap}.note{color:#555}"
            + "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}dd{margin:0}"
            + ".reason,.error,.source{white-space:pre-wrap;word-break:break-word}";

    private final CatalogStore store;
    private final LongFunction<Optional<ImportJob.Status>> live;
    private final Path exchangeRoot;
    private final int defaultLimit;
    private final int maxLimit;

    /**
     * @param store the store whose sessions are shown
     * @param live the live status of a session's job in this server
     * @param exchangeRoot the exchange's upload root, where the request logs are, or {@code null}
     * @param defaultLimit how many sessions the list shows unless {@code ?limit=} asks
     * @param maxLimit the most sessions a list shows
     */
    public StatusPage(CatalogStore store, LongFunction<Optional<ImportJob.Status>> live, Path exchangeRoot,
                      int defaultLimit, int maxLimit) {
        this.store = Objects.requireNonNull(store, "store");
        this.live = Objects.requireNonNull(live, "live");
        this.exchangeRoot = exchangeRoot;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
    }

    /**
     * Whether a route is one of the page's: {@code /} or under {@code /sessions/}.
     *
     * @param route the path inside the application
     * @return whether {@link #answer} serves it
     */
    public static boolean serves(String route) {
        return route.equals("/") || route.equals("/sessions") || route.startsWith("/sessions/");
    }

    /**
     * Answers a request for one of the page's routes.
     *
     * @param request the request
     * @param route its route, one {@link #serves} accepts
     * @param refused the caller's answer when the credentials were missing or wrong (its headers ask a browser for
     *     Basic credentials), or {@code null} when they were right
     * @return the page
     */
    public Response answer(Request request, String route, Response refused) {
        if (refused != null) {
            return page(refused.status(), refused.headers(), message("Sign in", "The exchange user and password "
                    + "(or the API key in X-API-Key) are required to see the import status.", route));
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return page(405, Map.of("Allow", List.of("GET, HEAD")), message("Not allowed",
                    "Only GET is allowed here.", route));
        }
        try {
            if (route.equals("/")) {
                return list(request.rawQuery());
            }
            var session = SESSION.matcher(route);
            if (session.matches()) {
                return session(Long.parseLong(session.group(1)));
            }
            return page(400, Map.of(), message("Bad request", "Not a session id: a session's page is /sessions/ and "
                    + "its number.", route));
        } catch (RuntimeException e) {
            // The store (or a log) cannot be read: the reason goes to the server's log, which may hold a URL.
            LOG.warn("status page {} failed: {}", route.length() > 300 ? route.substring(0, 300) : route,
                    e.toString());
            return page(503, Map.of(), message("Unavailable", "The store cannot be read; the server's log says why.",
                    route));
        }
    }

    private Response list(String rawQuery) {
        int limit = defaultLimit;
        String asked;
        try {
            asked = QueryString.parse(rawQuery).get("limit");
        } catch (IllegalArgumentException e) {
            asked = "";
        }
        limit = SessionReads.limit(asked, limit, maxLimit);
        if (limit < 0) {
            return page(400, Map.of(), message("Bad request", "limit must be a whole number from 1 to "
                    + maxLimit + ".", "/"));
        }
        return page(200, Map.of(), SessionListView.render(SessionReads.recent(store, limit), live));
    }

    private Response session(long id) {
        Optional<SessionRecord> found = SessionReads.find(store, id);
        if (found.isEmpty()) {
            return page(404, Map.of(), message("Not found", "There is no session " + id + ".",
                    "/sessions/" + id));
        }
        SessionRecord session = found.get();
        String exchangeId = exchangeId(session.source());
        ExchangeLogFiles.Excerpt log = exchangeId == null ? null
                : ExchangeLogFiles.last(store, exchangeRoot, exchangeId, LOG_LINES);
        return page(200, Map.of(), SessionDetailView.render(session, live.apply(id), exchangeId, log));
    }

    /** The exchange of a session the exchange started: its source reads {@code exchange ID: files…}. */
    static String exchangeId(String source) {
        if (source == null || !source.startsWith("exchange ")) {
            return null;
        }
        int end = source.indexOf(':', 9);
        String id = end < 0 ? null : source.substring(9, end).split(" ", 2)[0];
        return ExchangeIds.valid(id) ? id : null;
    }

    /** An error page, linking back to the list relative to the route, so that it works under any mount path. */
    private static View message(String title, String text, String route) {
        String home = route.startsWith("/sessions/") ? "../" : "./";
        return new View(title + " · onec-sync", new Html().element("h1", null, title).element("p", "message", text)
                .raw("\n<p><a href=\"").raw(home).raw("\">All sessions</a></p>\n").toString(), false);
    }

    private static Response page(int status, Map<String, List<String>> extra, View view) {
        Html html = new Html().raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        if (view.refresh()) {
            html.raw("<meta http-equiv=\"refresh\" content=\"5\">\n");
        }
        html.raw("<title>").text(view.title()).raw("</title>\n<style>").raw(CSS).raw("</style>\n</head>\n<body>\n")
                .raw(view.body()).raw("</body>\n</html>\n");
        Map<String, List<String>> headers = new LinkedHashMap<>(extra);
        headers.put("Content-Security-Policy", List.of("default-src 'none'; style-src 'unsafe-inline'; "
                + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"));
        headers.put("X-Content-Type-Options", List.of("nosniff"));
        headers.put("Cache-Control", List.of("no-store"));
        headers.put("Referrer-Policy", List.of("no-referrer"));
        return new Response(status, "text/html; charset=utf-8", headers,
                html.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A page's title and body, and whether it refreshes itself.
     *
     * @param title the title, as text
     * @param body the body's markup, every value in it escaped
     * @param refresh whether the page reloads every 5 seconds
     */
    record View(String title, String body, boolean refresh) {
    }
}
