package org.onecsync.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.onecsync.http.ApiKey;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.CatalogExchangeHandler;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.ServerMonitor;
import org.onecsync.http.StatusHandler;
import org.onecsync.http.SyncApiHandler;
import org.onecsync.http.servlet.ApiServlet;
import org.onecsync.http.servlet.ExchangeServlet;
import org.onecsync.http.servlet.StatusServlet;
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
                + " (without it the API answers 503), never from the command line. SIGTERM or Ctrl-C stops the "
                + "server; a running import is rolled back."},
        mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    static final String USER_VARIABLE = "ONEC_SYNC_EXCHANGE_USER";
    static final String PASSWORD_VARIABLE = "ONEC_SYNC_EXCHANGE_PASSWORD";
    static final String API_KEY_VARIABLE = "ONEC_SYNC_API_KEY";
    static final String PATH = "/1c_exchange";
    static final String API_PATH = "/api/1c";
    // "" is the root alone (the status page), not every path: others stay 404.
    static final String[] STATUS_PATHS = {"/health", "/metrics", "/api/sessions/*", "/api/exchanges/*", "",
        "/sessions/*"};

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    /** Stops the server when the JVM shuts down (set by {@link OnecSync#commandLine(Interruption)}). */
    Interruption interruption = Interruption.NONE;

    /** Tests stop the server with this instead of a signal. */
    BooleanSupplier stop = () -> false;

    /** The port bound once the server listens (useful with {@code --port 0}); -1 before. */
    final AtomicInteger boundPort = new AtomicInteger(-1);

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

    @Option(names = "--file-limit", paramLabel = "BYTES", defaultValue = "8388608",
            description = "The chunk size 1C is asked to use (default: ${DEFAULT-VALUE}).")
    long fileLimit;

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

    @Option(names = "--api-body-limit", paramLabel = "BYTES", defaultValue = "104857600",
            description = "The largest JSON push or upload accepted; a larger one gets 413 unread (default: "
                + "${DEFAULT-VALUE}).")
    long apiBodyLimit;

    @Option(names = "--api-wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a JSON push or upload waits for its import; past that it answers 202 with the "
                + "session id and the import goes on (default: ${DEFAULT-VALUE}).")
    long apiWait;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String user = database.environment.apply(USER_VARIABLE);
        String password = database.environment.apply(PASSWORD_VARIABLE);
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            err.println("error: set the exchange user and password in $" + USER_VARIABLE + " and $"
                    + PASSWORD_VARIABLE + " (they are never taken from the command line)");
            err.flush();
            return ExitCodes.USAGE;
        }
        ExchangeSettings settings = settings();
        ApiSettings apiSettings = apiSettings();
        String apiKey = database.environment.apply(API_KEY_VARIABLE);
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
            ExchangeCredentials credentials = new ExchangeCredentials(user, password);
            ApiKey key = apiKey == null || apiKey.isBlank() ? null : new ApiKey(apiKey);
            CatalogExchangeHandler handler = new CatalogExchangeHandler(engine, credentials, settings, jobs, monitor);
            SyncApiHandler api = new SyncApiHandler(engine, key, apiSettings, jobs, monitor);
            StatusHandler status = StatusHandler.builder(store).monitor(monitor).credentials(credentials).apiKey(key)
                    .exchangeLogs(settings.uploadRoot()).prometheus(metrics).build();
            Server server = server(handler, api, status);
            server.start();
            int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            boundPort.set(bound);
            printStart(out, user, settings, api, bound);
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
            default -> throw new ParameterException(spec.commandLine(), "Invalid value for option '--zip': "
                    + zip + " (expected yes or no)");
        };
        Charset charset = switch (replyCharset.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1251", "cp1251" -> Charset.forName("windows-1251");
            default -> throw new ParameterException(spec.commandLine(), "Invalid value for option "
                    + "'--reply-charset': " + replyCharset + " (expected utf-8 or windows-1251)");
        };
        if (fileLimit <= 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--file-limit': "
                    + fileLimit + " (expected a positive number of bytes)");
        }
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--port': " + port);
        }
        MissingPolicy policy = CliEnums.parse(spec, "--missing", missing, MissingPolicy.class);
        return ExchangeSettings.defaults(uploadDir.toAbsolutePath()).withZip(zipped).withFileLimit(fileLimit)
                .withReplyCharset(charset).withMissingPolicy(policy);
    }

    private ApiSettings apiSettings() {
        if (apiBodyLimit <= 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--api-body-limit': "
                    + apiBodyLimit + " (expected a positive number of bytes)");
        }
        if (apiWait < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--api-wait': " + apiWait
                    + " (expected seconds, 0 or more)");
        }
        return ApiSettings.defaults(uploadDir.toAbsolutePath().resolve("api")).withBodyLimit(apiBodyLimit)
                .withImportWait(Duration.ofSeconds(apiWait));
    }

    private Server server(CatalogExchangeHandler handler, SyncApiHandler api, StatusHandler status) {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        // "/1c_exchange/*" also matches "/1c_exchange" itself: both answer, neither redirects.
        context.addServlet(new ServletHolder(new ExchangeServlet(handler)), PATH + "/*");
        // "/api/1c/*" serves /api/1c/sync and /api/1c/upload; the multipart folder lies under the API's temp folder.
        ServletHolder apiHolder = new ServletHolder(new ApiServlet(api));
        apiHolder.getRegistration().setMultipartConfig(ApiServlet.multipartConfig(api.settings()));
        context.addServlet(apiHolder, API_PATH + "/*");
        // One status servlet for the health check, the metrics, the session log, the exchange logs and the page.
        ServletHolder statusHolder = new ServletHolder(new StatusServlet(status));
        for (String path : STATUS_PATHS) {
            context.addServlet(statusHolder, path);
        }
        server.setHandler(context);
        server.setStopAtShutdown(false);
        return server;
    }

    private static String deactivation(MissingPolicy policy) {
        return switch (policy) {
            case DEACTIVATE -> "deactivates what a complete exchange's full packages no longer hold";
            case DELETE -> "deletes what a complete exchange's full packages no longer hold";
            case KEEP -> "off (--missing keep)";
        };
    }

    private void printStart(PrintWriter out, String user, ExchangeSettings settings, SyncApiHandler api, int bound) {
        String shown = host.equals("0.0.0.0") ? "<this host's address>" : host.contains(":") ? "[" + host + "]"
                : host;
        String url = "http://" + shown + ":" + bound + PATH;
        out.println("onec-sync serve: listening on " + url);
        out.println("In 1C (Обмен с сайтом / exchange with site), enter:");
        out.println("  site address: " + url);
        out.println("  user:         " + user);
        out.println("  password:     the value of $" + PASSWORD_VARIABLE);
        out.println("Settings: zip=" + (settings.zip() ? "yes" : "no") + ", file_limit=" + settings.fileLimit()
                + " bytes, replies in " + settings.replyCharset().name().toLowerCase(Locale.ROOT)
                + ", import calls answered within " + settings.importTimeBox().toSeconds() + " s, deactivate: "
                + deactivation(settings.missingPolicy()));
        out.println("Uploads and exchange logs: " + settings.uploadRoot());
        String base = "http://" + shown + ":" + bound + API_PATH;
        if (api.enabled()) {
            out.println("JSON API: POST " + base + "/sync (JSON push) and " + base + "/upload (multipart file), key "
                    + "in X-API-Key: the value of $" + API_KEY_VARIABLE + "; bodies up to "
                    + api.settings().bodyLimit() + " bytes, imports waited for "
                    + api.settings().importWait().toSeconds() + " s");
        } else {
            out.println("JSON API: disabled (answers 503) until $" + API_KEY_VARIABLE + " is set");
        }
        String root = "http://" + shown + ":" + bound;
        out.println("Status: GET " + root + "/health (no credentials); " + root + "/api/sessions, " + root
                + "/api/exchanges/ID/log and " + root + "/metrics (Prometheus) with the exchange user and password "
                + "(Basic) or the API key");
        out.println("Status page: " + root + "/ in a browser, with the same credentials");
        out.println("Stop with Ctrl-C or SIGTERM.");
        out.flush();
    }
}
