package org.onecsync.jdbi.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database URL as a person gives it, read into what the store needs: the JDBC URL, the user and password
 * when they come apart from it, how messages name the database, and the secrets to hide in them.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} or {@code jdbc:sqlite:} URL
 * @param user the user, when given outside the JDBC URL ({@code postgres://USER@…}); {@code null} otherwise
 * @param password the password, when given outside the JDBC URL and the URL carries none; {@code null} otherwise
 * @param shown the URL as given, passwords hidden, for messages
 * @param secrets every password the URL or the caller gave, so that driver messages quoting one can be scrubbed
 */
record DatabaseUrl(String jdbcUrl, String user, String password, String shown, List<String> secrets) {

    static final String POSTGRESQL = "jdbc:postgresql:";
    static final String SQLITE = "jdbc:sqlite:";

    /** The forms of {@code DATABASE_URL} that platforms (Heroku, Render, Docker images…) hand out. */
    private static final List<String> POSTGRES_SCHEMES = List.of("postgres://", "postgresql://");

    private static final Pattern SECRET_PARAM =
            Pattern.compile("([?&;][^=&;]*password[^=&;]*=)([^&;]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)([^/@]*)(@)");

    DatabaseUrl {
        secrets = List.copyOf(new LinkedHashSet<>(secrets));
    }

    /**
     * Reads a URL: {@code jdbc:postgresql:…}, {@code jdbc:sqlite:…}, or {@code postgres://USER:PASSWORD@HOST:PORT/DB?…}
     * (also {@code postgresql://}), whose user and password are URL-decoded and kept out of the JDBC URL.
     *
     * @param url the URL
     * @param password a password for the URL's user, used only when the URL carries none; may be {@code null}
     * @return the URL read
     * @throws IllegalArgumentException for any other URL, with a message that shows no password
     */
    static DatabaseUrl parse(String url, String password) {
        List<String> secrets = secrets(url);
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        String shown = redact(url);
        if (url.startsWith(POSTGRESQL) || url.startsWith(SQLITE)) {
            return new DatabaseUrl(url, null, url.startsWith(POSTGRESQL) ? password : null, shown, secrets);
        }
        String lower = url.toLowerCase(Locale.ROOT);
        for (String scheme : POSTGRES_SCHEMES) {
            if (lower.startsWith(scheme)) {
                return fromPostgresUri(url.substring(scheme.length()), password, shown, secrets);
            }
        }
        throw new IllegalArgumentException("unsupported database URL " + shown + ": use postgres://USER@HOST:PORT/DB, "
                + "jdbc:postgresql://HOST:PORT/DB?user=USER or jdbc:sqlite:FILE");
    }

    /** The rest of {@code postgres://…}: {@code [USER[:PASSWORD]@]HOSTS[/DB][?PARAMS]}. */
    private static DatabaseUrl fromPostgresUri(String rest, String password, String shown, List<String> secrets) {
        int end = indexOfAny(rest, "/?");
        String authority = end < 0 ? rest : rest.substring(0, end);
        String tail = end < 0 ? "/" : rest.substring(end);
        if (tail.startsWith("?")) {
            tail = "/" + tail;
        }
        int at = authority.lastIndexOf('@');
        String hosts = authority.substring(at + 1);
        if (hosts.isEmpty()) {
            hosts = "localhost";
        }
        String user = null;
        String ownPassword = null;
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) {
                ownPassword = decode(userInfo.substring(colon + 1));
                if (!ownPassword.isEmpty()) {
                    secrets.add(ownPassword);
                }
            }
        }
        String chosen = ownPassword != null && !ownPassword.isEmpty() ? ownPassword : password;
        return new DatabaseUrl("jdbc:postgresql://" + hosts + tail, user == null || user.isEmpty() ? null : user,
                chosen, shown, secrets);
    }

    /** Whether this is a PostgreSQL database. */
    boolean postgres() {
        return jdbcUrl.startsWith(POSTGRESQL);
    }

    /**
     * How messages about reaching the database name it: {@code PostgreSQL at HOST:PORT} (the first host of the
     * URL, port 5432 when it gives none) or {@code the SQLite database FILE} with the file as given.
     */
    String where() {
        if (postgres()) {
            return "PostgreSQL at " + postgresHost(jdbcUrl);
        }
        String rest = jdbcUrl.substring(SQLITE.length());
        int query = rest.indexOf('?');
        String name = query < 0 ? rest : rest.substring(0, query);
        return sqliteFile(jdbcUrl) == null ? "the in-memory SQLite database" : "the SQLite database " + name;
    }

    /** The first {@code HOST:PORT} of a {@code jdbc:postgresql:} URL; without {@code //} the driver's default. */
    private static String postgresHost(String url) {
        String rest = url.substring(POSTGRESQL.length());
        if (!rest.startsWith("//")) {
            return "localhost:5432";
        }
        rest = rest.substring(2);
        int end = indexOfAny(rest, "/?");
        String hosts = end < 0 ? rest : rest.substring(0, end);
        String first = hosts.split(",", -1)[0];
        if (first.isEmpty()) {
            return "localhost:5432";
        }
        boolean hasPort = first.startsWith("[") ? first.contains("]:") : first.contains(":");
        return hasPort ? first : first + ":5432";
    }

    /** The URL with every password replaced by {@code ***}, fit for messages. */
    static String redact(String url) {
        String withoutParams = SECRET_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(withoutParams).replaceAll("$1***$3");
    }

    /** The passwords the URL carries, as written and decoded, so that driver messages quoting them can be scrubbed. */
    static List<String> secrets(String url) {
        List<String> secrets = new ArrayList<>();
        collect(SECRET_PARAM.matcher(url), 2, secrets);
        collect(USER_INFO.matcher(url), 2, secrets);
        for (String secret : List.copyOf(secrets)) {
            String decoded = decode(secret);
            if (!decoded.equals(secret) && !decoded.isEmpty()) {
                secrets.add(decoded);
            }
        }
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

    private static String decode(String text) {
        try {
            // URLDecoder reads '+' as a space, which a URL's user info does not.
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static void collect(Matcher matcher, int group, List<String> into) {
        while (matcher.find()) {
            if (!matcher.group(group).isEmpty()) {
                into.add(matcher.group(group));
            }
        }
    }

    @Override
    public String toString() {
        return shown;
    }
}
