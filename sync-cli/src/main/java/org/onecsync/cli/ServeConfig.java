package org.onecsync.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code serve} config file ({@code --config FILE}, else {@code $ONEC_SYNC_CONFIG}): the exchange user and
 * password and the API key, and any {@code serve} option by its name without the dashes. As picocli's default
 * provider it fills only the options the command line left out, so the command line wins; the secrets and
 * {@code db} come from the environment first. Read once, on first use; every key is checked, whatever is used.
 */
final class ServeConfig implements IDefaultValueProvider {

    static final String VARIABLE = "ONEC_SYNC_CONFIG";
    static final String USER_KEY = "exchange.user";
    static final String PASSWORD_KEY = "exchange.password";
    static final String API_KEY_KEY = "api.key";

    /** The options the file may set, by their long name without the dashes. */
    static final List<String> OPTIONS = List.of("host", "port", "db", "zip", "file-limit", "exchange-limit",
            "import-wait", "reply-charset", "upload-dir", "missing", "api-body-limit", "api-wait", "order-charset",
            "order-limit", "order-statuses", "payment-systems", "delivery-services");

    private static final List<String> SECRETS = List.of(PASSWORD_KEY, API_KEY_KEY);
    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.OTHERS_READ);

    private final Supplier<CommandLine> commandLine;
    private final Supplier<Path> given;
    private final Supplier<UnaryOperator<String>> environment;
    private final Map<String, Integer> supplied = new HashMap<>();
    private ConfigFile file;
    private boolean loaded;

    /**
     * @param commandLine the {@code serve} command line, for errors
     * @param given the {@code --config} option's value, {@code null} when absent
     * @param environment where environment variables come from
     */
    ServeConfig(Supplier<CommandLine> commandLine, Supplier<Path> given, Supplier<UnaryOperator<String>> environment) {
        this.commandLine = commandLine;
        this.given = given;
        this.environment = environment;
    }

    /**
     * A value for an option the command line left out: the file's, or {@code null} for the option's own default.
     * {@code db} is left to {@code $ONEC_SYNC_DB} when that is set.
     */
    @Override
    public String defaultValue(ArgSpec arg) {
        if (!(arg instanceof OptionSpec option) || !option.longestName().startsWith("--")) {
            return null;
        }
        String key = option.longestName().substring(2);
        ConfigFile config = load();
        if (config == null || !OPTIONS.contains(key) || !config.entries().containsKey(key)) {
            return null;
        }
        if (key.equals("db") && !blank(environment.get().apply(DatabaseOptions.URL_VARIABLE))) {
            return null;
        }
        ConfigFile.Entry entry = config.entries().get(key);
        supplied.put(option.longestName(), entry.line());
        return entry.value();
    }

    /**
     * A secret (or the user): the environment variable when set, else the file's key.
     *
     * @return the value and where it came from, or {@code null} when neither has it
     */
    Sourced secret(String key, String variable) {
        String value = environment.get().apply(variable);
        if (!blank(value)) {
            return new Sourced(value, "the value of $" + variable);
        }
        ConfigFile config = load();
        ConfigFile.Entry entry = config == null ? null : config.entries().get(key);
        return entry == null || entry.value().isEmpty() ? null : new Sourced(entry.value(), key + " in " + path());
    }

    /** {@return where an option's value came from when it was the file, as " (in FILE, line N)"; else ""} */
    String origin(String option) {
        Integer line = supplied.get(option);
        return line == null ? "" : " (in " + path() + ", line " + line + ")";
    }

    /** {@return the config file, or {@code null} when there is none} */
    Path path() {
        Path path = given.get();
        if (path == null) {
            String variable = environment.get().apply(VARIABLE);
            path = blank(variable) ? null : Path.of(variable);
        }
        return path == null ? null : path.toAbsolutePath();
    }

    /**
     * Reads and checks the file the first time.
     *
     * @return the file, or {@code null} when there is none
     * @throws ConfigFileException when it cannot be read, has an unknown key, or shares a secret
     */
    ConfigFile load() {
        if (!loaded) {
            Path path = path();
            file = path == null ? null : check(read(path));
            loaded = true;
        }
        return file;
    }

    private ConfigFile read(Path path) {
        try {
            return ConfigFile.read(path);
        } catch (NoSuchFileException e) {
            throw failure("config file " + path + ": no such file");
        } catch (IOException e) {
            throw failure("config file " + path + ": cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw failure("config file " + path + ": " + e.getMessage());
        }
    }

    private ConfigFile check(ConfigFile config) {
        for (Map.Entry<String, ConfigFile.Entry> entry : config.entries().entrySet()) {
            String key = entry.getKey();
            if (!OPTIONS.contains(key) && !key.equals(USER_KEY) && !SECRETS.contains(key)) {
                throw failure("config file " + config.path() + ", line " + entry.getValue().line() + ": unknown key '"
                        + key + "' (expected " + USER_KEY + ", " + PASSWORD_KEY + ", " + API_KEY_KEY + " or an option: "
                        + String.join(", ", OPTIONS) + ")");
            }
        }
        String secret = SECRETS.stream().filter(config.entries()::containsKey).findFirst().orElse(null);
        if (secret != null) {
            Set<PosixFilePermission> permissions = permissions(config.path());
            if (permissions != null && permissions.stream().anyMatch(SHARED::contains)) {
                throw failure("config file " + config.path() + " holds " + secret + " but can be read by others ("
                        + PosixFilePermissions.toString(permissions) + "): make it private (chmod 600) or keep the "
                        + "secrets in the environment");
            }
        }
        return config;
    }

    /** {@return the file's POSIX permissions, or {@code null} where the file system has none} */
    private Set<PosixFilePermission> permissions(Path path) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return null;
        }
        try {
            return Files.getPosixFilePermissions(path);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private ConfigFileException failure(String message) {
        return new ConfigFileException(commandLine.get(), message);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A value and where it came from, for the start banner (never the value of a secret).
     *
     * @param value the value
     * @param origin {@code the value of $VARIABLE} or {@code KEY in FILE}
     */
    record Sourced(String value, String origin) {

        /** {@return the origin only: a secret is never shown} */
        @Override
        public String toString() {
            return "Sourced[" + origin + "]";
        }
    }
}
