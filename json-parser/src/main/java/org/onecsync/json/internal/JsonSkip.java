package org.onecsync.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Skips a value (with its children) <em>under the limits</em>. Jackson's own {@code skipChildren} skips strings
 * without buffering them, so a 100 MB string in a field nobody reads would pass unnoticed; reading each
 * string's length makes Jackson buffer it up to the string-length limit and fail there, so an oversized string
 * fails the body wherever it is, with memory bounded by the limit.
 */
final class JsonSkip {

    private JsonSkip() {
    }

    /**
     * Skips the value at the parser's current token; on a start token, ends on its matching end token.
     *
     * @param parser the parser
     * @throws IOException when the body is broken or over a limit
     */
    static void value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            parser.getTextLength();
            return;
        }
        if (token == null || !token.isStructStart()) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            token = parser.nextToken();
            if (token == null) {
                // Jackson reports an unclosed structure itself; this only guards the loop.
                return;
            }
            if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token == JsonToken.VALUE_STRING) {
                parser.getTextLength();
            }
        }
    }
}
