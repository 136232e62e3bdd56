package org.onecsync.http.servlet;

import jakarta.servlet.http.Cookie;
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
import org.onecsync.http.Request;
import org.onecsync.http.Response;

/** Turns a servlet request into a {@link Request} and sends a {@link Response} whole, with its length. */
final class ServletBridge {

    private ServletBridge() {
    }

    static Request request(HttpServletRequest req) throws IOException {
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
        return new Request(req.getMethod(), path == null ? "/" : path, req.getQueryString(), headers,
                cookies, req.getInputStream(), req.getRemoteAddr());
    }

    static void send(Response response, HttpServletResponse resp) throws IOException {
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
