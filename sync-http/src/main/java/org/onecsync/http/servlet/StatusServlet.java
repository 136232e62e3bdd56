package org.onecsync.http.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.onecsync.http.StatusHandler;

/**
 * Serves a {@link StatusHandler}. The route is the path inside the application (servlet path and path info), so map
 * it at the paths the handler answers ({@code ""}, the application's root, and {@code /sessions/*} for the HTML status
 * page; the page's links are relative, so it works under any context path):
 *
 * <pre>{@code
 * ServletHolder status = new ServletHolder(new StatusServlet(handler));
 * context.addServlet(status, "/health");
 * context.addServlet(status, "/metrics");
 * context.addServlet(status, "/api/sessions/*");
 * context.addServlet(status, "/api/exchanges/*");
 * context.addServlet(status, "");
 * context.addServlet(status, "/sessions/*");
 * }</pre>
 */
public class StatusServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Not serializable: a servlet container that serializes servlets must construct a fresh one. */
    private final transient StatusHandler handler;

    /**
     * @param handler answers the requests
     */
    public StatusServlet(StatusHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Hands the request and its route to the handler, which answers every method and path.
     *
     * @param req the request
     * @param resp the response
     * @throws IOException if the answer cannot be written
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String route = (req.getServletPath() == null ? "" : req.getServletPath())
                + (req.getPathInfo() == null ? "" : req.getPathInfo());
        ServletBridge.send(handler.handle(ServletBridge.request(req), route), resp);
    }
}
