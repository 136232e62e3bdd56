package org.onecsync.http.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecsync.model.EntityType;
import org.onecsync.store.Problem;

/**
 * One entry of an answer's {@code errors}.
 *
 * @param index the product's 0-based position in {@code products}, or {@code null} for a problem of the whole import
 * @param sku the product's SKU, or {@code null}
 * @param field the field at fault ({@code price}, {@code variants[0].sku}), or {@code null}
 * @param message what is wrong
 */
record ApiError(Integer index, String sku, String field, String message) {

    /**
     * The shape the JSON feed parser reports a skipped product in ({@code JsonFeedProducts.reason}):
     * {@code products[3] (sku A-1): price: is required}, the {@code (sku …)} part only when the product had one,
     * the field part absent when the element itself is wrong ({@code products[3]: must be an object, not a string}).
     * This is the one place that shape is read back; the SKU is taken from the problem's key, not from the text
     * (which clips it). A field is a JSON path: letters, digits, {@code _ . [ ] -}.
     */
    private static final Pattern PRODUCT_REASON = Pattern.compile(
            "^products\\[(\\d+)](?: \\(sku (?:[^)]|\\)(?!: ))*\\))?: (?:([\\p{L}\\p{N}_.\\[\\]-]+): )?(.*)$",
            Pattern.DOTALL);

    static ApiError of(Problem problem) {
        String sku = problem.entity() == EntityType.PRODUCT && problem.key() != null && !problem.key().isBlank()
                ? problem.key() : null;
        Matcher m = PRODUCT_REASON.matcher(problem.reason());
        if (problem.entity() == EntityType.PRODUCT && m.matches()) {
            return new ApiError(Integer.valueOf(m.group(1)), sku, m.group(2), m.group(3));
        }
        // Engine-level problems (a SKU shared by several products, …) belong to no one element of the push.
        return new ApiError(null, sku, null, problem.reason());
    }

    static ApiError of(String message) {
        return new ApiError(null, null, null, message);
    }
}
