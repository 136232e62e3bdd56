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

    /*
     * The shape the JSON feed parser reports a skipped product in (JsonFeedProducts.reason), read back here and
     * nowhere else: "products[3] (sku A-1): price: is required"; the "(sku …)" part only when the product had one
     * (clipped when long), the field part absent when the element itself is wrong ("products[3]: must be an
     * object, not a string"). The SKU is taken from the problem's key, and the "(sku …)" part is cut by that key
     * when it is there whole, so a SKU holding "): " does not shift the field. A field is a JSON path: letters,
     * digits, "_ . [ ] -".
     */
    private static final Pattern AT = Pattern.compile("^products\\[(\\d+)]", Pattern.DOTALL);
    private static final Pattern SKU_PART = Pattern.compile("^ \\(sku (?:[^)]|\\)(?!: ))*\\)", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^([\\p{L}\\p{N}_.\\[\\]-]+): (.*)$", Pattern.DOTALL);

    static ApiError of(Problem problem) {
        String sku = problem.entity() == EntityType.PRODUCT && problem.key() != null && !problem.key().isBlank()
                ? problem.key() : null;
        String reason = problem.reason();
        Matcher at = AT.matcher(reason);
        if (problem.entity() == EntityType.PRODUCT && at.find()) {
            String rest = reason.substring(at.end());
            String whole = sku == null ? null : " (sku " + sku + ")";
            if (whole != null && rest.startsWith(whole + ": ")) {
                rest = rest.substring(whole.length());
            } else {
                Matcher skuPart = SKU_PART.matcher(rest);
                if (skuPart.find()) {
                    rest = rest.substring(skuPart.end());
                }
            }
            if (rest.startsWith(": ")) {
                rest = rest.substring(2);
                Matcher field = FIELD.matcher(rest);
                return field.matches()
                        ? new ApiError(Integer.valueOf(at.group(1)), sku, field.group(1), field.group(2))
                        : new ApiError(Integer.valueOf(at.group(1)), sku, null, rest);
            }
        }
        // Engine-level problems (a SKU shared by several products, …) belong to no one element of the push.
        return new ApiError(null, sku, null, reason);
    }

    static ApiError of(String message) {
        return new ApiError(null, null, null, message);
    }
}
