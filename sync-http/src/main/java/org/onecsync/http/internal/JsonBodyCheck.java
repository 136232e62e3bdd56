package org.onecsync.http.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One streaming pass over a spooled JSON push before it is imported: is it JSON, an object with a
 * {@code products} array, and what are its top-level {@code token} and {@code sync_id}. Elements are skipped, not
 * kept, so the push is known to be whole, and its {@code sync_id} known, before anything is applied.
 *
 * @param token the top-level {@code token} when it is a string, else {@code null}
 * @param syncId the top-level {@code sync_id}, a string or a number as written, or {@code null} when absent or null
 * @param problem why the body cannot be imported, or {@code null} when it can
 */
record JsonBodyCheck(String token, String syncId, ApiError problem) {

    /** The longest {@code sync_id} accepted, in characters. */
    static final int SYNC_ID_LIMIT = 200;

    private static final JsonFactory JSON = new JsonFactory();

    static JsonBodyCheck of(Path file) throws IOException {
        String token = null;
        String syncId = null;
        ApiError syncIdProblem = null;
        boolean products = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new JsonBodyCheck(null, null,
                        ApiError.of(first == null ? "the body is empty" : "the body is not a JSON object"));
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("token") && value == JsonToken.VALUE_STRING) {
                    token = p.getText();
                } else if (name.equals("products") && value == JsonToken.START_ARRAY) {
                    products = true;
                } else if (name.equals("sync_id")) {
                    syncId = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : null;
                    syncIdProblem = syncIdProblem(value, syncId);
                }
                p.skipChildren();
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return new JsonBodyCheck(token, null,
                        ApiError.of("the body is not JSON: content after the top-level object"));
            }
        } catch (JsonProcessingException e) {
            return new JsonBodyCheck(null, null, ApiError.of("the body is not JSON: " + e.getOriginalMessage()));
        }
        if (syncIdProblem != null) {
            return new JsonBodyCheck(token, null, syncIdProblem);
        }
        return new JsonBodyCheck(token, syncId, products ? null : ApiError.of("the body has no \"products\" array"));
    }

    private static ApiError syncIdProblem(JsonToken value, String syncId) {
        String message = null;
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY
                || value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
            message = "must be a string, not " + (value == JsonToken.START_OBJECT ? "an object"
                    : value == JsonToken.START_ARRAY ? "an array" : "a boolean");
        } else if (syncId != null && syncId.isEmpty()) {
            message = "must not be empty";
        } else if (syncId != null && syncId.codePointCount(0, syncId.length()) > SYNC_ID_LIMIT) {
            message = "is " + syncId.codePointCount(0, syncId.length()) + " characters long; at most "
                    + SYNC_ID_LIMIT + " are accepted";
        }
        return message == null ? null : new ApiError(null, null, "sync_id", message);
    }
}
