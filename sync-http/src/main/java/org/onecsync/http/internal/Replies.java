package org.onecsync.http.internal;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onecsync.http.Response;

/** The protocol's text replies: a keyword line, then message lines, in the configured charset. */
final class Replies {

    private final Charset charset;
    private final String contentType;

    Replies(Charset charset) {
        this.charset = charset;
        this.contentType = "text/plain; charset=" + charset.name().toLowerCase(Locale.ROOT);
    }

    Response success(String message) {
        return text("success", message, Map.of());
    }

    Response progress(String message) {
        return text("progress", message, Map.of());
    }

    Response failure(String reason) {
        return text("failure", reason, Map.of());
    }

    Response lines(String text, Map<String, List<String>> headers) {
        return new Response(200, contentType, headers, text.getBytes(charset));
    }

    private Response text(String keyword, String message, Map<String, List<String>> headers) {
        String body = message == null || message.isEmpty() ? keyword : keyword + "\n" + oneLine(message);
        return lines(body, headers);
    }

    /** A message is shown verbatim by 1C; keep it to lines of text without carriage returns. */
    private static String oneLine(String message) {
        return message.replace("\r\n", "\n").replace('\r', '\n');
    }
}
