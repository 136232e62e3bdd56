package org.onecsync.sync.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The ids the engine derives for what a feed names but no store holds yet, and the form in which names are
 * compared. A derived id is a name-based UUID (version 3) of a fixed prefix and the name, so the same SKU,
 * category path, price type or warehouse gets the same id on every import, in every store, and looks like the
 * GUIDs 1C writes.
 */
final class FeedNames {

    private FeedNames() {
    }

    /** {@return the id of a product created from a feed by its SKU} */
    static String productId(String sku) {
        return uuid("onec-sync:sku:" + sku);
    }

    /** {@return the id of a variant without an external id} */
    static String variantId(String productId, String sku) {
        return uuid("onec-sync:variant:" + productId + "#" + sku);
    }

    /** {@return the id of a category created for a path, from the root} */
    static String categoryId(List<String> path) {
        return uuid("onec-sync:category:" + String.join("/", path));
    }

    /** {@return the id of a price type created for a name} */
    static String priceTypeId(String name) {
        return uuid("onec-sync:price-type:" + name.strip());
    }

    /** {@return the id of a warehouse created for a name} */
    static String warehouseId(String name) {
        return uuid("onec-sync:warehouse:" + name.strip());
    }

    /**
     * A name as it is compared: trimmed, inner white space collapsed, lower case, {@code ё} as {@code е}, so
     * {@code "Розничная "} finds {@code розничная} and {@code Ёлки} finds {@code Елки}.
     *
     * @param name a name
     * @return its comparable form
     */
    static String key(String name) {
        // Called for every price and stock row of a feed: one pass, no regular expression.
        String stripped = name.strip();
        StringBuilder key = new StringBuilder(stripped.length());
        boolean space = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            char lower = Character.toLowerCase(c);
            key.append(lower == 'ё' ? 'е' : lower);
        }
        return key.toString();
    }

    private static String uuid(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
