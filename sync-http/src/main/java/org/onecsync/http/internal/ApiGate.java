package org.onecsync.http.internal;

import java.util.List;
import java.util.Map;
import org.onecsync.http.ApiKey;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.Request;
import org.onecsync.http.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API's refusals that need no import: disabled, method, size, key. */
final class ApiGate {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProtocol.class);

    private final ApiKey key;
    private final ApiSettings settings;

    /**
     * @param key the key, or {@code null} when the API is disabled
     * @param settings the body limit
     */
    ApiGate(ApiKey key, ApiSettings settings) {
        this.key = key;
        this.settings = settings;
    }

    /**
     * What is answered before the body is read: disabled, method, declared size, a wrong header key. Each such
     * answer closes the connection: the body the client is still sending is never read, and a connection left open
     * with it unread would be closed under the client's next request on it.
     */
    Response refuse(Request request, boolean tokenAllowed) {
        if (key == null) {
            return unread(ApiAnswer.error(503, "the API is disabled: no API key is configured"));
        }
        if (!request.isPost()) {
            return ApiAnswer.error(405, "use POST").toResponse(Map.of("Allow", List.of("POST"),
                    "Connection", List.of("close")));
        }
        String length = request.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > settings.bodyLimit()) {
                    return tooLarge();
                }
            } catch (NumberFormatException e) {
                return unread(ApiAnswer.error(400, "Content-Length is not a number"));
            }
        }
        String sent = request.header(ApiProtocol.KEY_HEADER);
        if (sent != null ? !key.matches(sent) : !tokenAllowed) {
            return unread(unauthorizedAnswer(request));
        }
        return null;
    }

    /** A 401 after the body was read (a wrong {@code token} in it). */
    Response unauthorized(Request request) {
        return unauthorizedAnswer(request).toResponse();
    }

    private ApiAnswer unauthorizedAnswer(Request request) {
        // The attempt is logged, never the key that was sent.
        LOG.warn("API request to {} from {} refused: missing or wrong key", request.path(), request.remoteAddress());
        return ApiAnswer.error(401, "missing or wrong API key (X-API-Key header"
                + (request.path().endsWith("upload") ? ")" : ", or token in the body)"));
    }

    Response tooLarge() {
        return unread(ApiAnswer.error(413, "the body is larger than the limit of " + settings.bodyLimit() + " bytes"));
    }

    /** An answer given with (some of) the body unread: the connection closes after it. */
    static Response unread(ApiAnswer answer) {
        return answer.toResponse(Map.of("Connection", List.of("close")));
    }
}
