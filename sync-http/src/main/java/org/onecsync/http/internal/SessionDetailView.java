package org.onecsync.http.internal;

import java.util.Optional;
import org.onecsync.model.EntityType;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.Problem;
import org.onecsync.store.SessionRecord;
import org.onecsync.sync.ImportJob;

/** One session's page: what it was, its counts per entity, its problems and, for an exchange, its request log. */
final class SessionDetailView {

    private static final String[] LOG_COLUMNS = {"Time", "Client", "Method", "Mode", "File", "Bytes in",
        "Bytes out", "Reply", "Took"};

    private SessionDetailView() {
    }

    /**
     * Renders the page.
     *
     * @param session the session
     * @param live its job's live status in this server
     * @param exchangeId the exchange that started it, or {@code null}
     * @param log that exchange's request log, or {@code null} when there is none to show
     * @return the page, refreshing while the session runs
     */
    static StatusPage.View render(SessionRecord session, Optional<ImportJob.Status> live, String exchangeId,
                                  ExchangeLogFiles.Excerpt log) {
        Html html = new Html();
        boolean running = SessionCells.running(session, live);
        html.raw("<p><a href=\"../\">All sessions</a></p>\n<h1>Session ").number(session.id()).raw("</h1>\n<dl>");
        html.raw("<dt>Source</dt>").element("dd", "source", session.source());
        html.raw("<dt>Kind</dt>").element("dd", null, session.kind() + (session.dryRun() ? " (dry run)" : ""));
        html.raw("<dt>Status</dt><dd>");
        SessionCells.status(html, session);
        html.raw("</dd><dt>Started</dt><dd>").time(session.startedAt()).raw("</dd><dt>Finished</dt><dd>")
                .time(session.finishedAt()).raw("</dd>");
        if (running) {
            html.raw("<dt>Progress</dt><dd class=\"progress\">");
            SessionCells.progress(html, session, live);
            html.raw("</dd>");
        }
        if (session.error() != null) {
            html.raw("<dt>Error</dt>").element("dd", "error", session.error());
        }
        html.raw("</dl>\n");
        counts(html, session);
        problems(html, session);
        if (exchangeId != null) {
            exchangeLog(html, exchangeId, log);
        }
        return new StatusPage.View("onec-sync session " + session.id(), html.toString(), running);
    }

    private static void counts(Html html, SessionRecord session) {
        html.raw("<h2>Counts</h2>\n");
        if (session.counts().isEmpty()) {
            html.raw("<p id=\"no-counts\">No record counted yet.</p>\n");
            return;
        }
        html.raw("<table id=\"counts\">\n<thead><tr><th>Entity</th><th>Created</th><th>Updated</th><th>Unchanged</th>"
                + "<th>Deleted</th><th>Skipped</th></tr></thead>\n<tbody>\n");
        for (EntityType type : EntityType.values()) {
            EntityCounts c = session.counts().get(type);
            if (c != null) {
                html.raw("<tr>").cell(type.jsonName()).cell(c.created()).cell(c.updated()).cell(c.unchanged())
                        .cell(c.deleted()).cell(c.skipped()).raw("</tr>\n");
            }
        }
        html.raw("</tbody>\n</table>\n");
    }

    private static void problems(Html html, SessionRecord session) {
        html.raw("<h2>Problems</h2>\n");
        if (session.problemCount() == 0) {
            html.raw("<p id=\"no-problems\">None.</p>\n");
            return;
        }
        html.raw("<p class=\"note\">").number(session.problemCount())
                .raw(session.problemCount() == 1 ? " problem" : " problems");
        if (session.problems().size() < session.problemCount()) {
            html.raw(", the first ").number(session.problems().size()).raw(" kept");
        }
        html.raw(".</p>\n<table id=\"problems\">\n<thead><tr><th>File</th><th>Line</th><th>Entity</th><th>Key</th>"
                + "<th>Reason</th></tr></thead>\n<tbody>\n");
        for (Problem p : session.problems()) {
            html.raw("<tr>").cell(p.file()).cell(p.line()).cell(p.entity() == null ? "" : p.entity().jsonName())
                    .cell(p.key()).element("td", "reason", p.reason()).raw("</tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
    }

    private static void exchangeLog(Html html, String exchangeId, ExchangeLogFiles.Excerpt log) {
        html.raw("<h2>Exchange ").text(exchangeId).raw("</h2>\n");
        if (log == null) {
            html.raw("<p id=\"no-log\">Its request log is not on this server.</p>\n");
            return;
        }
        html.raw("<p class=\"note\">").number(log.total()).raw(log.total() == 1 ? " request" : " requests");
        if (log.lines().size() < log.total()) {
            html.raw(", the last ").number(log.lines().size()).raw(" shown");
        }
        // The id has the exchange's own form (checked before the log was read): safe in a URL as it is.
        html.raw("; <a href=\"../api/exchanges/").text(exchangeId).raw("/log\">the log as text</a>.</p>\n")
                .raw("<table id=\"exchange-log\">\n<thead><tr>");
        for (String column : LOG_COLUMNS) {
            html.element("th", null, column);
        }
        html.raw("</tr></thead>\n<tbody>\n");
        for (String line : log.lines()) {
            html.raw("<tr>");
            String[] fields = line.split("\t", LOG_COLUMNS.length);
            for (int i = 0; i < LOG_COLUMNS.length; i++) {
                html.cell(i < fields.length ? fields[i] : "");
            }
            html.raw("</tr>\n");
        }
        html.raw("</tbody>\n</table>\n");
    }
}
