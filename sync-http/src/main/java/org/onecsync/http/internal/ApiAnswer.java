package org.onecsync.http.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.onecsync.http.Response;

/**
 * An answer of the JSON API: {@code {"status","processed","created","updated","errors"}}, written with Jackson.
 *
 * @param httpStatus the HTTP status
 * @param status {@code success}, {@code partial} or {@code error}
 * @param processed records applied (created, updated or unchanged)
 * @param created records created
 * @param updated records updated
 * @param errors what was not applied, and why
 */
record ApiAnswer(int httpStatus, String status, long processed, long created, long updated, List<ApiError> errors) {

    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final JsonFactory JSON = new JsonFactory();

    static ApiAnswer error(int httpStatus, String message) {
        return error(httpStatus, ApiError.of(message));
    }

    static ApiAnswer error(int httpStatus, ApiError error) {
        return new ApiAnswer(httpStatus, "error", 0, 0, 0, List.of(error));
    }

    Response toResponse() {
        return toResponse(Map.of());
    }

    Response toResponse(Map<String, List<String>> headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("status", status);
            g.writeNumberField("processed", processed);
            g.writeNumberField("created", created);
            g.writeNumberField("updated", updated);
            g.writeArrayFieldStart("errors");
            for (ApiError e : errors) {
                g.writeStartObject();
                if (e.index() == null) {
                    g.writeNullField("index");
                } else {
                    g.writeNumberField("index", e.index());
                }
                g.writeStringField("sku", e.sku());
                g.writeStringField("field", e.field());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Response(httpStatus, CONTENT_TYPE, headers, out.toByteArray());
    }

    /** The 202 answer of an import still running when the wait ended. */
    static Response accepted(long sessionId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("status", "accepted");
            g.writeNumberField("session_id", sessionId);
            g.writeStringField("message", "the import is still running; see the session for its outcome");
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Response(202, CONTENT_TYPE, Map.of(), out.toByteArray());
    }
}
