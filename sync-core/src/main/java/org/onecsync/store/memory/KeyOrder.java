package org.onecsync.store.memory;

import java.util.Comparator;

/** Key texts compared as their UTF-8 bytes (code point order), the order every store sorts keys in. */
final class KeyOrder {

    static final Comparator<String> UTF8 = KeyOrder::compare;

    private KeyOrder() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
