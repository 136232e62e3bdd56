package org.onecsync.generate;

/** The kinds of feed {@link FeedGenerator} writes, in the shapes of {@code docs/feeds.md}. */
public enum FeedFormat {

    /**
     * {@code feed.csv}: windows-1251, {@code ;}-separated, a header row of Russian names, decimal commas with
     * non-breaking-space grouping, {@code Да}/{@code Нет}, category paths {@code A / B}, and some quoted
     * descriptions holding the separator, doubled quotes, a line break and a backslash.
     */
    CSV("feed.csv"),

    /**
     * {@code feed.json}: UTF-8 with a byte-order mark, {@code {"products":[…]}} as a 1C endpoint receives it,
     * some numbers as strings with a decimal comma and some characteristics as {@code [{name,value}]}.
     */
    JSON("feed.json");

    private final String fileName;

    FeedFormat(String fileName) {
        this.fileName = fileName;
    }

    /**
     * @return the name of the file a feed of this format is written to
     */
    public String fileName() {
        return fileName;
    }
}
