package org.onecsync.http.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.Response;

/**
 * Serves 1C's catalog exchange through a {@link CatalogExchangeHandler}, at whatever path it is mounted
 * ({@code /1c_exchange} and {@code /1c_exchange/} alike when mapped as {@code /1c_exchange/*}).
 *
 * <p>It never calls {@code getParameter()}: that would let the container parse a body labelled as a form, and a
 * raw file body must reach the handler unread. The reply is sent whole with its {@code Content-Length}, which
 * HTTP/1.0 clients such as 1C 8.x need.
 *
 * <pre>{@code
 * ServletHolder holder = new ServletHolder(new ExchangeServlet(handler));
 * context.addServlet(holder, "/1c_exchange/*");
 * }</pre>
 */
public class ExchangeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Not serializable: a servlet container that serializes servlets must construct a fresh one. */
    private final transient CatalogExchangeHandler handler;

    /**
     * @param handler answers the exchange's calls
     */
    public ExchangeServlet(CatalogExchangeHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * Hands every method (1C uses GET and POST, some clients POST for every mode) to the handler.
     *
     * @param req the request
     * @param resp the response
     * @throws IOException if the reply cannot be written
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Response response = handler.handle(ServletBridge.request(req));
        ServletBridge.send(response, resp);
    }
}
