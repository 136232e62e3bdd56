package org.onecsync.spi;

import java.util.Locale;

/**
 * What is known about a file besides its bytes. CommerceML and JSON are recognised by content; CSV cannot be,
 * so a CSV provider goes by these.
 *
 * @param fileName the file's path within the export ({@code prices/feed.csv})
 * @param mediaType the media type it was declared with ({@code text/csv; charset=windows-1251}, from an HTTP
 *                  upload), or {@code null}
 */
public record FileHints(String fileName, String mediaType) {

    /**
     * Hints with a file name only.
     *
     * @param fileName the file's path
     * @return the hints
     */
    public static FileHints ofName(String fileName) {
        return new FileHints(fileName, null);
    }

    /**
     * Says whether the file name ends with one of the extensions, ignoring case.
     *
     * @param extensions extensions without the dot ({@code csv})
     * @return {@code true} if it does
     */
    public boolean hasExtension(String... extensions) {
        if (fileName == null) {
            return false;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith("." + extension.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Says whether the declared media type is one of these, parameters ({@code ; charset=…}) and case ignored.
     *
     * @param types media types ({@code text/csv})
     * @return {@code true} if it is
     */
    public boolean hasMediaType(String... types) {
        if (mediaType == null) {
            return false;
        }
        int semicolon = mediaType.indexOf(';');
        String bare = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        for (String type : types) {
            if (bare.equals(type.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
