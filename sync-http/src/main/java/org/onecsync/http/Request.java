package org.onecsync.http;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as the handlers see it: nothing parsed but the headers, the body still unread.
 *
 * <p>The query string is kept raw on purpose: 1C's exchange protocol reads {@code type}, {@code mode} and
 * {@code filename} from it by hand, and a form parser must never consume the body (some clients label a raw file
 * body {@code application/x-www-form-urlencoded}).
 *
 * @param method the method, {@code GET}, {@code POST}, …
 * @param path the request path, without the query string
 * @param rawQuery the query string as sent, still percent-encoded, or {@code null} when there is none
 * @param headers every header by name (matched without regard to case), each with its values in order
 * @param cookies the cookies sent, by name
 * @param body the body, read at most once; an empty stream when there is none
 * @param remoteAddress the client's address, for logs
 */
public record Request(String method, String path, String rawQuery, Map<String, List<String>> headers,
                      Map<String, String> cookies, InputStream body, String remoteAddress) {

    /**
     * Checks the components and keeps copies of the maps, the header names matched without regard to case.
     *
     * @param method the method
     * @param path the request path
     * @param rawQuery the raw query string, or {@code null}
     * @param headers the headers by name
     * @param cookies the cookies by name
     * @param body the body
     * @param remoteAddress the client's address, or {@code null} when unknown
     * @throws NullPointerException if a component other than {@code rawQuery} or {@code remoteAddress} is
     *     {@code null}
     */
    public Request {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
        cookies = Map.copyOf(Objects.requireNonNull(cookies, "cookies"));
    }

    /**
     * The first value of a header.
     *
     * @param name the header's name, in any case
     * @return its first value, or {@code null} when it was not sent
     */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@return whether this is a {@code POST}} */
    public boolean isPost() {
        return method.toUpperCase(Locale.ROOT).equals("POST");
    }
}
