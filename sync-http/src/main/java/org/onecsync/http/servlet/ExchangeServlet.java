package org.onecsync.http.servlet;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.Request;
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
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(req.getHeaders(name))));
        }
        Map<String, String> cookies = new HashMap<>();
        Cookie[] sent = req.getCookies();
        if (sent != null) {
            for (Cookie cookie : sent) {
                cookies.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        String path = req.getRequestURI();
        Request request = new Request(req.getMethod(), path == null ? "/" : path, req.getQueryString(), headers,
                cookies, req.getInputStream(), req.getRemoteAddr());
        Response response = handler.handle(request);
        byte[] body = response.body();
        resp.setStatus(response.status());
        resp.setContentType(response.contentType());
        response.headers().forEach((name, values) -> values.forEach(value -> resp.addHeader(name, value)));
        resp.setContentLength(body.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body);
        }
    }
}
