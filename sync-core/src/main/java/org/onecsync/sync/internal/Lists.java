package org.onecsync.sync.internal;

import java.util.List;

/** Lists in messages, cut so that one bad export cannot make a message of thousands of lines. */
final class Lists {

    private Lists() {
    }

    /**
     * @param items what to name
     * @param max how many to name at most
     * @return {@code a; b; c} or {@code a; b; c and 7 more}
     */
    static String capped(List<String> items, int max) {
        String named = String.join("; ", items.subList(0, Math.min(max, items.size())));
        return items.size() > max ? named + " and " + (items.size() - max) + " more" : named;
    }
}
