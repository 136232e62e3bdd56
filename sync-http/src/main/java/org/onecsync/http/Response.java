package org.onecsync.http;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complete answer: status, headers, content type and the whole body, so that it is always sent with a
 * {@code Content-Length} (1C speaks HTTP/1.0 and cannot read a chunked reply).
 *
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type}, with its charset
 * @param headers further headers ({@code Set-Cookie}, …) by name, each with its values
 * @param body the body
 */
public record Response(int status, String contentType, Map<String, List<String>> headers, byte[] body) {

    /**
     * Checks the components and keeps copies.
     *
     * @param status the HTTP status code
     * @param contentType the {@code Content-Type}
     * @param headers further headers by name
     * @param body the body
     * @throws NullPointerException if a component is {@code null}
     */
    public Response {
        Objects.requireNonNull(contentType, "contentType");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** {@return a copy of the body} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    /** {@return the body's length in bytes, the {@code Content-Length} to send} */
    public int contentLength() {
        return body.length;
    }
}
