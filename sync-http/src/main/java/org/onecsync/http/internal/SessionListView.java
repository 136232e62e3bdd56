package org.onecsync.http.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.onecsync.store.SessionRecord;
import org.onecsync.sync.ImportJob;

/** The status page's list: the newest sessions, one table row each, running ones with their progress. */
final class SessionListView {

    private SessionListView() {
    }

    /**
     * Renders the list.
     *
     * @param sessions the sessions, newest first
     * @param live the live status of a session's job in this server
     * @return the page, refreshing while a session runs
     */
    static StatusPage.View render(List<SessionRecord> sessions, LongFunction<Optional<ImportJob.Status>> live) {
        Html html = new Html();
        boolean running = false;
        html.raw("<h1>onec-sync: import sessions</h1>\n");
        if (sessions.isEmpty()) {
            html.raw("<p id=\"empty\">No import has run yet.</p>\n");
            return new StatusPage.View("onec-sync status", html.toString(), false);
        }
        html.raw("<table id=\"sessions\">\n<thead><tr><th>Session</th><th>Source</th><th>Status</th><th>Started</th>"
                + "<th>Finished</th><th>Progress</th><th>Counts</th><th>Problems</th></tr></thead>\n<tbody>\n");
        for (SessionRecord session : sessions) {
            Optional<ImportJob.Status> status = live.apply(session.id());
            running |= SessionCells.running(session, status);
            html.raw("<tr id=\"session-").number(session.id()).raw("\"><td><a href=\"sessions/").number(session.id())
                    .raw("\">").number(session.id()).raw("</a></td>").cell(session.source()).raw("<td>");
            SessionCells.status(html, session);
            html.raw("</td><td>").time(session.startedAt()).raw("</td><td>").time(session.finishedAt())
                    .raw("</td><td class=\"progress\">");
            SessionCells.progress(html, session, status);
            html.raw("</td>").element("td", "counts", SessionCells.summary(session.counts()))
                    .raw("<td class=\"n problems\">").number(session.problemCount()).raw("</td></tr>\n");
        }
        html.raw("</tbody>\n</table>\n<p class=\"note\">").number(sessions.size())
                .raw(sessions.size() == 1 ? " session" : " sessions")
                .raw(", newest first.")
                .raw(running ? " An import is running: this page refreshes every 5 seconds." : "")
                .raw("</p>\n");
        return new StatusPage.View("onec-sync status", html.toString(), running);
    }
}
