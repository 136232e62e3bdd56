package org.onecsync.source.internal;

import java.util.Optional;

/**
 * Turns a zip entry's raw name into an export path, refusing names that could escape the export.
 *
 * <p>Nothing here extracts to disk, but callers may (a CLI "unpack" command, an image importer writing
 * pictures next to the shop), so a name that would climb out of a target folder is refused at the door
 * rather than trusted to every later use.
 */
final class ZipEntryNames {

    private ZipEntryNames() {
    }

    /**
     * The export path for a raw entry name: backslashes become {@code /} and leading {@code ./} is removed.
     *
     * @param name the entry's name as stored in the zip
     * @return the path, or empty for a folder entry
     * @throws IllegalArgumentException with the reason, if the name is absolute, contains a {@code ..}
     *     segment or a NUL character
     */
    static Optional<String> toPath(String name) {
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("it contains a NUL character");
        }
        // Windows tools sometimes store '\' as the separator; ZIP says '/', and ExportFile promises '/'.
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || hasDriveLetter(path)) {
            throw new IllegalArgumentException("it is an absolute path");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("it climbs out of the zip with '..'");
            }
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.isEmpty() || path.endsWith("/")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    // Also refuses the drive-relative "C:x", which no legitimate export contains.
    private static boolean hasDriveLetter(String path) {
        return path.length() >= 2 && path.charAt(1) == ':' && isAsciiLetter(path.charAt(0));
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
