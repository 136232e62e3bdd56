package org.onecsync.jdbi.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the store needs from a JDBC URL, and hides its secrets in messages. */
final class DatabaseUrl {

    static final String POSTGRESQL = "jdbc:postgresql:";
    static final String SQLITE = "jdbc:sqlite:";

    private static final Pattern SECRET_PARAM =
            Pattern.compile("([?&;][^=&;]*password[^=&;]*=)([^&;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)([^/@]*)(@)");

    private DatabaseUrl() {
    }

    /** The URL with every password replaced by {@code ***}, fit for messages. */
    static String redact(String url) {
        String withoutParams = SECRET_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(withoutParams).replaceAll("$1***$3");
    }

    /** The passwords the URL carries, so that driver messages quoting them can be scrubbed too. */
    static List<String> secrets(String url) {
        List<String> secrets = new ArrayList<>();
        collect(SECRET_PARAM.matcher(url), 2, secrets);
        collect(USER_INFO.matcher(url), 2, secrets);
        return secrets;
    }

    /**
     * @return the database file of a SQLite URL, or {@code null} for an in-memory or temporary database
     */
    static Path sqliteFile(String url) {
        String rest = url.substring(SQLITE.length());
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query + 1).toLowerCase(Locale.ROOT);
        String name = query < 0 ? rest : rest.substring(0, query);
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
            if (name.startsWith("///")) {
                name = name.substring(2);
            }
        }
        if (name.isEmpty() || name.equals(":memory:") || name.startsWith(":resource:")
                || params.contains("mode=memory")) {
            return null;
        }
        return Path.of(name).toAbsolutePath();
    }

    private static void collect(Matcher matcher, int group, List<String> into) {
        while (matcher.find()) {
            if (!matcher.group(group).isEmpty()) {
                into.add(matcher.group(group));
            }
        }
    }
}
