package org.onecsync.http.internal;

/**
 * Checks a {@code filename} from the query before it becomes a path: it must stay inside the upload folder.
 */
public final class UploadNames {

    private static final int MAX_LENGTH = 1024;

    private UploadNames() {
    }

    /**
     * The relative path a file name stands for.
     *
     * @param name the decoded {@code filename} parameter
     * @return the name as a relative path with {@code /} separators
     * @throws IllegalArgumentException with the reason, when the name is empty, absolute, has a drive letter, a
     *     backslash, a NUL or other control character, or a {@code .}, {@code ..} or empty segment
     */
    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("no filename given");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("filename longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("filename with a control character refused");
            }
            if (c == '\\') {
                throw new IllegalArgumentException("filename with a backslash refused");
            }
        }
        if (name.startsWith("/")) {
            throw new IllegalArgumentException("absolute filename refused");
        }
        if (name.length() >= 2 && name.charAt(1) == ':') {
            throw new IllegalArgumentException("filename with a drive letter refused");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                throw new IllegalArgumentException("filename climbing out with '..' refused");
            }
            if (segment.isEmpty() || segment.equals(".")) {
                throw new IllegalArgumentException("filename with an empty or '.' segment refused");
            }
            if (segment.indexOf(':') >= 0) {
                throw new IllegalArgumentException("filename with ':' refused");
            }
        }
        return name;
    }

    /**
     * The name an uploaded part is shown and hinted by: the last segment of the client's file name ({@code /} or
     * {@code \}), without control characters, at most 200 characters. It never becomes a path on this server (the
     * spool file is named by the server), so a traversal attempt is only an odd label.
     *
     * @param name the file name the client declared, or {@code null}
     * @return the name, or {@code upload} when nothing usable is left
     */
    static String displayName(String name) {
        if (name == null) {
            return "upload";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder(last.length());
        last.codePoints().filter(c -> c >= 0x20 && c != 0x7f).forEach(sb::appendCodePoint);
        String clean = sb.toString().strip();
        if (clean.length() > 200) {
            clean = clean.substring(clean.length() - 200);
        }
        return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? "upload" : clean;
    }
}
