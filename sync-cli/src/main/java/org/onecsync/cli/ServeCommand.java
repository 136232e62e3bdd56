package org.onecsync.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.onecsync.http.ApiKey;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.SaleSettings;
import org.onecsync.http.ServerMonitor;
import org.onecsync.http.StatusHandler;
import org.onecsync.http.SyncApiHandler;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.MissingPolicy;
import org.onecsync.sync.SyncEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync serve}: receives 1C's "exchange with site" pushes at {@code /1c_exchange}, and JSON pushes and
 * uploads at {@code /api/1c/sync} and {@code /api/1c/upload}, on Jetty, until SIGTERM or Ctrl-C.
 */
@Command(name = "serve",
        description = {"Receives what 1C pushes over HTTP: the catalog exchange (\"exchange with site\", "
            + "type=catalog) at /1c_exchange, applied to the database as each file is imported; JSON pushes at "
            + ServeCommand.API_PATH + "/sync and uploads (multipart, part \"file\") at " + ServeCommand.API_PATH
            + "/upload.",
            "The exchange user and password come from $" + ServeCommand.USER_VARIABLE + " and $"
                + ServeCommand.PASSWORD_VARIABLE + ", the API key from $" + ServeCommand.API_KEY_VARIABLE
                + " (without it the API answers 503), or from the config file (--config), never from the command "
                + "line. SIGTERM or Ctrl-C stops the server; a running import is rolled back."},
        mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    static final String USER_VARIABLE = "ONEC_SYNC_EXCHANGE_USER";
    static final String PASSWORD_VARIABLE = "ONEC_SYNC_EXCHANGE_PASSWORD";
    static final String API_KEY_VARIABLE = "ONEC_SYNC_API_KEY";
    /** Where 1C's exchange is served ({@code /1c_exchange} and everything under it). */
    public static final String PATH = "/1c_exchange";
    /** The JSON API's root: pushes at {@code API_PATH + "/sync"}, uploads at {@code API_PATH + "/upload"}. */
    public static final String API_PATH = "/api/1c";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    SaleOptions sale = new SaleOptions();

    /** Stops the server when the JVM shuts down (set by {@link OnecSync#commandLine(Interruption)}). */
    Interruption interruption = Interruption.NONE;

    /** Tests stop the server with this instead of a signal. */
    BooleanSupplier stop = () -> false;

    /** The port bound once the server listens (useful with {@code --port 0}); -1 before. */
    final AtomicInteger boundPort = new AtomicInteger(-1);

    /** The config file; picocli's default provider for this command (set by {@link OnecSync}). */
    final ServeConfig config = new ServeConfig(() -> spec.commandLine(), () -> this.configFile,
            () -> database.environment);

    @Option(names = "--config", paramLabel = "FILE",
            description = "A .properties file (UTF-8) with " + ServeConfig.USER_KEY + ", " + ServeConfig.PASSWORD_KEY
                + " and " + ServeConfig.API_KEY_KEY + ", and any option below by its name without the dashes "
                + "(port=8080, file-limit=8m). The command line wins over the environment, which wins over the file. "
                + "A file holding a secret must not be readable by group or others. Default: $" + ServeConfig.VARIABLE
                + ".")
    Path configFile;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--zip", paramLabel = "yes|no", defaultValue = "no",
            description = "Whether 1C is asked to send zips (default: ${DEFAULT-VALUE}). Zips are unpacked "
                + "either way.")
    String zip;

    @Option(names = "--file-limit", paramLabel = "BYTES", defaultValue = "8m", converter = ByteSize.class,
            description = "The chunk size 1C is asked to use, in " + ByteSize.FORMS + " (default: ${DEFAULT-VALUE}).")
    long fileLimit;

    @Option(names = "--exchange-limit", paramLabel = "BYTES", defaultValue = "4g", converter = ByteSize.class,
            description = "The most one exchange may upload, every file and unpacked zip together; a file over it "
                + "is refused with failure and not kept (default: ${DEFAULT-VALUE}; one file may have at most 1g).")
    long exchangeLimit;

    @Option(names = "--import-wait", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long one import or deactivate call of the exchange waits for its import before "
                + "answering progress; 1C then calls again (default: ${DEFAULT-VALUE}).")
    long importWait;

    @Option(names = "--reply-charset", paramLabel = "CHARSET", defaultValue = "utf-8",
            description = "The charset of reply messages: utf-8 or windows-1251 (default: ${DEFAULT-VALUE}).")
    String replyCharset;

    @Option(names = "--missing", paramLabel = "deactivate|delete|keep", defaultValue = "deactivate",
            description = "What mode=deactivate, sent by 1C (3.x) after a complete exchange with a full package, "
                + "does to the stored records none of the exchange's files holds: deactivate, delete or keep "
                + "(default: ${DEFAULT-VALUE}; keep disables deactivation). Imports never remove anything, and "
                + "clients that never send deactivate (2.x) remove nothing.")
    String missing;

    @Option(names = "--upload-dir", paramLabel = "DIR", defaultValue = "onec-sync-exchange",
            description = "Where each exchange's uploads and request log go, one folder per exchange (default: "
                + "${DEFAULT-VALUE} in the current folder). A new exchange deletes the files of the previous one; "
                + "logs stay.")
    Path uploadDir;

    @Option(names = "--api-body-limit", paramLabel = "BYTES", defaultValue = "100m", converter = ByteSize.class,
            description = "The largest JSON push or upload accepted, in " + ByteSize.FORMS + "; a larger one gets "
                + "413 unread (default: ${DEFAULT-VALUE}).")
    long apiBodyLimit;

    @Option(names = "--api-wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a JSON push or upload waits for its import; past that it answers 202 with the "
                + "session id and the import goes on (default: ${DEFAULT-VALUE}).")
    long apiWait;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        config.load();
        ServeConfig.Sourced user = config.secret(ServeConfig.USER_KEY, USER_VARIABLE);
        ServeConfig.Sourced password = config.secret(ServeConfig.PASSWORD_KEY, PASSWORD_VARIABLE);
        if (user == null || password == null) {
            err.println("error: set the exchange user and password in $" + USER_VARIABLE + " and $"
                    + PASSWORD_VARIABLE + ", or as " + ServeConfig.USER_KEY + " and " + ServeConfig.PASSWORD_KEY
                    + " in the config file (they are never taken from the command line)");
            err.flush();
            return ExitCodes.USAGE;
        }
        ExchangeSettings settings = settings();
        SaleSettings saleSettings = sale.settings();
        ApiSettings apiSettings = apiSettings();
        ServeConfig.Sourced apiKey = config.secret(ServeConfig.API_KEY_KEY, API_KEY_VARIABLE);
        ExecutorService jobs = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "onec-sync-import");
            thread.setDaemon(true);
            return thread;
        });
        interruption.importStarted();
        // The server owns its meters: /metrics scrapes this registry, closed when the server stops.
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ServerMonitor monitor = new ServerMonitor(metrics);
        try (CatalogStore store = database.open()) {
            SyncEngine engine = SyncEngine.builder(store).executor(jobs).build();
            ExchangeCredentials credentials = new ExchangeCredentials(user.value(), password.value());
            ApiKey key = apiKey == null ? null : new ApiKey(apiKey.value());
            CatalogExchangeHandler handler = new CatalogExchangeHandler(engine, credentials, settings, saleSettings,
                    jobs, monitor);
            SyncApiHandler api = new SyncApiHandler(engine, key, apiSettings, jobs, monitor);
            StatusHandler status = StatusHandler.builder(store).monitor(monitor).credentials(credentials).apiKey(key)
                    .exchangeLogs(settings.uploadRoot()).prometheus(metrics).build();
            Server server = ServeJetty.create(host, port, handler, api, status);
            server.start();
            int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            boundPort.set(bound);
            new ServeBanner(host, bound, user.value(), password.origin(), apiKey == null ? null : apiKey.origin(),
                    config.path()).print(out, settings, saleSettings, api, store.exchangeState().isPresent());
            try {
                while (!interruption.getAsBoolean() && !stop.getAsBoolean()) {
                    Thread.sleep(100);
                }
                out.println("stopping: a running import is rolled back");
                out.flush();
            } finally {
                handler.close();
                api.close();
                server.stop();
            }
        } finally {
            jobs.shutdownNow();
            jobs.awaitTermination(10, TimeUnit.SECONDS);
            metrics.close();
        }
        out.println("stopped");
        out.flush();
        return ExitCodes.OK;
    }

    private ExchangeSettings settings() {
        boolean zipped = switch (zip.toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw invalid("--zip", zip + " (expected yes or no)");
        };
        Charset charset = BadValue.charset(spec, "--reply-charset", replyCharset);
        if (host.isBlank()) {
            // An empty host would make Jetty listen on every interface.
            throw invalid("--host", "'' (expected an address: 127.0.0.1, or 0.0.0.0 for every interface)");
        }
        if (port < 0 || port > 65535) {
            throw invalid("--port", Integer.toString(port));
        }
        if (importWait < 1) {
            throw invalid("--import-wait", importWait + " (expected seconds, 1 or more)");
        }
        MissingPolicy policy = CliEnums.parse(spec, "--missing", missing, MissingPolicy.class);
        ExchangeSettings defaults = ExchangeSettings.defaults(uploadDir.toAbsolutePath());
        return defaults.withZip(zipped).withFileLimit(fileLimit).withReplyCharset(charset).withMissingPolicy(policy)
                .withSizeLimits(defaults.maxFileSize(), exchangeLimit)
                .withImportTimeBox(Duration.ofSeconds(importWait));
    }

    private ApiSettings apiSettings() {
        if (apiWait < 0) {
            throw invalid("--api-wait", apiWait + " (expected seconds, 0 or more)");
        }
        return ApiSettings.defaults(uploadDir.toAbsolutePath().resolve("api")).withBodyLimit(apiBodyLimit)
                .withImportWait(Duration.ofSeconds(apiWait));
    }

    /** A bad value; {@link OnecSync} adds the config file's line when it came from there. */
    private ParameterException invalid(String option, String value) {
        return BadValue.of(spec, option, value);
    }
}
