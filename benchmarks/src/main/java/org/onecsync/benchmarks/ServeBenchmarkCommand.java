package org.onecsync.benchmarks;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.GenerationResult;
import org.onecsync.generate.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync-bench benchmark-serve}: the server under load. The server {@code onec-sync serve} runs is
 * started in this process on 127.0.0.1; one catalog exchange sends a generated export through it while concurrent
 * JSON pushers push, and the same export is imported from disk into a fresh database in the same run.
 */
@Command(name = "benchmark-serve",
        description = {"Times one catalog exchange of a generated CommerceML export (checkauth, init, every file "
            + "uploaded in chunks of --file-limit and imported, polled while it answers progress, complete) "
            + "against the server `onec-sync serve` runs, started in this process on 127.0.0.1 on a free port, "
            + "while --pushers clients push JSON bodies of --push-size products to /api/1c/sync back to back; "
            + "in the same run the export is imported from disk into a fresh database.",
            "Each pusher has products of its own, none of them in the export. Reports pushes/s, push latency "
            + "percentiles and status counts, the exchange's time and its share in import calls, and the "
            + "exchange over the import from disk; medians of --runs runs. Each run uses fresh databases: SQLite "
            + "files, and schemas in the PostgreSQL database of --pg-url (default $ONEC_SYNC_TEST_PG_URL)."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Measured.", "1:The exchange failed or ran out of time.", "2:Bad command line.",
            OnecSyncBench.STORE_HELP, "70:Internal error, or a store that did not hold what was sent."})
public final class ServeBenchmarkCommand implements Callable<Integer> {

    static final String PG_VARIABLE = "ONEC_SYNC_TEST_PG_URL";

    @Spec
    CommandSpec spec;

    @Option(names = "--products", defaultValue = "20000",
            description = "Products of the generated export (default: ${DEFAULT-VALUE}).")
    int products;

    @Option(names = "--products-per-file", defaultValue = "1000",
            description = "Products a goods page holds, as 1C pages them (default: ${DEFAULT-VALUE}).")
    int perFile;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the export and the feed (default: "
            + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--pushers", defaultValue = "8", description = "Concurrent JSON pushers (default: "
            + "${DEFAULT-VALUE}).")
    int pushers;

    @Option(names = "--push-size", defaultValue = "100", description = "Products per push (default: "
            + "${DEFAULT-VALUE}).")
    int pushSize;

    @Option(names = "--file-limit", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The chunk size the server asks for and the exchange uses (default: ${DEFAULT-VALUE}).")
    long fileLimit;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs per database (default: "
            + "${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "1",
            description = "Runs before the measured ones, on the first database, not reported (default: "
                + "${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--store", paramLabel = "sqlite|postgres|both", defaultValue = "both",
            description = "Which databases (default: ${DEFAULT-VALUE}; both without a PostgreSQL URL runs SQLite "
                + "alone and says so).")
    String stores;

    @Option(names = "--pg-url", paramLabel = "JDBC_URL",
            description = "A PostgreSQL database (jdbc:postgresql://…) to create run schemas in; default $"
                + PG_VARIABLE + ".")
    String pgUrl;

    @Option(names = "--max-time", paramLabel = "SECONDS", defaultValue = "900",
            description = "The longest one exchange may take before the run fails (default: ${DEFAULT-VALUE}).")
    long maxTime;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "The longest one request may take (default: ${DEFAULT-VALUE}).")
    long requestTimeout;

    @Option(names = "--refused-pause", paramLabel = "MILLIS", defaultValue = "100",
            description = "A pusher's pause after a push not applied that carries no Retry-After (default: "
                + "${DEFAULT-VALUE}).")
    long refusedPause;

    /** Where environment variables come from; tests replace it. */
    UnaryOperator<String> environment = System::getenv;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> databases = databases(out);
        Path work = Files.createTempDirectory("onec-sync-bench-serve");
        try {
            Path export = work.resolve("export");
            GenerationResult generated = new ExportGenerator(GeneratorOptions.of(products, seed)
                    .withProductsPerFile(perFile)).generate(export);
            List<byte[]> bodies = PushBodies.generate(work.resolve("feed"), pushers, pushSize, products, seed);
            ServeRun.Setup setup = new ServeRun.Setup(export, generated.files(), products, bodies, pushSize,
                    fileLimit, Duration.ofSeconds(requestTimeout), Duration.ofMillis(refusedPause),
                    Duration.ofSeconds(maxTime));
            out.printf(Locale.ROOT, "Export: %,d products, %d files, %.1f MB (pages of %d products), sent in chunks "
                    + "of %d bytes; %d pushers × %d products each (SKUs of their own, none in the export)%n",
                    products, generated.files().size(), generated.bytes() / 1e6, perFile, fileLimit, pushers,
                    pushSize);
            out.flush();
            Map<String, List<ServeRun>> results = new LinkedHashMap<>();
            boolean warm = false;
            for (Map.Entry<String, String> database : databases.entrySet()) {
                List<ServeRun> measured = new ArrayList<>();
                for (int run = warm ? 0 : -warmups; run < runs; run++) {
                    ServeRun result = ServeRun.measure(setup, scratch(database.getValue(), run), work);
                    if (run >= 0) {
                        measured.add(result);
                    }
                    ServeReport.printRun(out, database.getKey(), run, result);
                }
                warm = true;
                results.put(database.getKey(), measured);
            }
            ServeReport.printMedians(out, results);
        } finally {
            BenchmarkCommand.deleteTree(work);
        }
        return OnecSyncBench.OK;
    }

    private void checkOptions() {
        String problem = products < 1 ? "--products must be at least 1"
                : perFile < 1 ? "--products-per-file must be at least 1"
                : pushers < 0 ? "--pushers must not be negative"
                : pushSize < 1 ? "--push-size must be at least 1"
                : fileLimit < 1 ? "--file-limit must be at least 1"
                : runs < 1 ? "--runs must be at least 1"
                : warmups < 0 ? "--warmups must not be negative"
                : maxTime < 1 || requestTimeout < 1 ? "--max-time and --request-timeout must be at least 1"
                : refusedPause < 0 ? "--refused-pause must not be negative" : null;
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    /** The databases to run on, by name: {@code null} for SQLite, the server URL for PostgreSQL. */
    private Map<String, String> databases(PrintWriter out) {
        String url = pgUrl != null && !pgUrl.isBlank() ? pgUrl : environment.apply(PG_VARIABLE);
        boolean haveUrl = url != null && !url.isBlank();
        Map<String, String> chosen = new LinkedHashMap<>();
        switch (stores.toLowerCase(Locale.ROOT)) {
            case "sqlite" -> chosen.put("SQLite", null);
            case "postgres", "postgresql" -> {
                if (!haveUrl) {
                    throw new ParameterException(spec.commandLine(), "--store postgres needs --pg-url or $"
                            + PG_VARIABLE);
                }
                chosen.put("PostgreSQL", url);
            }
            case "both" -> {
                chosen.put("SQLite", null);
                if (haveUrl) {
                    chosen.put("PostgreSQL", url);
                } else {
                    out.println("PostgreSQL: skipped (no --pg-url and no $" + PG_VARIABLE + ")");
                }
            }
            default -> throw new ParameterException(spec.commandLine(), "Invalid value for option '--store': "
                    + stores + " (expected sqlite, postgres or both)");
        }
        return chosen;
    }

    /** Fresh SQLite files, or fresh schemas named after this process, the run and the part. */
    private static ServeRun.Scratch scratch(String postgres, int run) {
        return part -> {
            if (postgres == null) {
                Path file = Files.createTempFile("onec-sync-bench-" + part, ".db");
                Files.delete(file);
                return ScratchDatabase.sqlite(file);
            }
            String schema = "onecsync_bench_serve_" + ProcessHandle.current().pid() + "_" + part + "_"
                    + (run < 0 ? "w" + -run : run);
            return ScratchDatabase.postgres(postgres, schema);
        };
    }
}
