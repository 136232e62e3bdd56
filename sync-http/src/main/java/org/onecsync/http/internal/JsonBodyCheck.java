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
 * {@code products} array, and what is its top-level {@code token}. Elements are skipped, not kept.
 *
 * @param token the top-level {@code token} when it is a string, else {@code null}
 * @param problem why the body cannot be imported, or {@code null} when it can
 */
record JsonBodyCheck(String token, String problem) {

    private static final JsonFactory JSON = new JsonFactory();

    static JsonBodyCheck of(Path file) throws IOException {
        String token = null;
        boolean products = false;
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new JsonBodyCheck(null, first == null ? "the body is empty" : "the body is not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("token") && value == JsonToken.VALUE_STRING) {
                    token = p.getText();
                } else if (name.equals("products") && value == JsonToken.START_ARRAY) {
                    products = true;
                }
                p.skipChildren();
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return new JsonBodyCheck(token, "the body is not JSON: content after the top-level object");
            }
        } catch (JsonProcessingException e) {
            return new JsonBodyCheck(null, "the body is not JSON: " + e.getOriginalMessage());
        }
        return new JsonBodyCheck(token, products ? null : "the body has no \"products\" array");
    }
}
