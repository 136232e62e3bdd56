package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.onecsync.SyncException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.SessionStatus;
import org.onecsync.sync.ImportKind;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SkipLimit;
import org.onecsync.sync.SyncEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync import PATH [--format F] [--profile FILE]}: applies an export or a feed to the database in one
 * transaction.
 */
@Command(name = "import",
        description = {"Applies an export to the database, all of it or nothing, in one transaction.",
            "PATH is an export folder, a zip of one, or a single file: CommerceML, or CSV and JSON feeds, alone "
                + "or mixed (CommerceML is read first, then the feeds). Files are applied in dependency order "
                + "whatever their names. Records that refer to something the database does not know are skipped "
                + "and listed; a file that cannot be read fails the import and leaves the database as it was.",
            "A progress line shows on standard error when it is a terminal. Ctrl-C or SIGTERM rolls the import "
                + "back and closes its session as failed."},
        mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    /** Stops the import when the JVM shuts down (set by {@link OnecSync#commandLine(Interruption)}). */
    Interruption interruption = Interruption.NONE;

    @Parameters(index = "0", paramLabel = "PATH", description = "An export folder, a zip of one, or a single file.")
    Path path;

    @Mixin
    FormatOptions formats = new FormatOptions();

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "all",
            description = "What to apply: all, catalog, prices, stock or counterparties (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--dry-run", description = "Report what would change, then roll back: nothing is written.")
    boolean dryRun;

    @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "keep",
            description = "What a full package does to stored records it no longer contains: keep, deactivate "
                + "or delete (default: ${DEFAULT-VALUE}). Partial packages never remove anything.")
    String missing;

    @Option(names = "--max-skipped", paramLabel = "N|P%",
            description = "Fail and roll back (exit 6) when more than N records, or more than P percent of the "
                + "records read, are skipped. Default: no limit.")
    String maxSkipped;

    @Option(names = "--strict", description = "Exit 7 when the import is partial (committed, some records "
            + "skipped), so that a cron job can tell it from a clean run.")
    boolean strict;

    @Option(names = "--json", description = "Print the report as JSON; when the import fails, a JSON result "
            + "with status failed, the session, kind, error and exit code.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ParserRegistry registry = ParserRegistry.load();
        ImportOptions options;
        try {
            // Before the export and the database are opened: a bad profile must not leave a new database behind.
            options = options().withParserOptions(formats.parserOptions(registry));
        } catch (SyncException e) {
            if (json) {
                out.println(Failure.of(e).json());
                out.flush();
            }
            throw e;
        }
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine progress = ProgressLine.forStderr(err, database.environment);
        ExecutorService worker = Workers.single();
        ImportReport report;
        interruption.importStarted();
        // The export first: a mistyped PATH must not leave a new empty database behind.
        try (ExportSource source = ExportSources.open(path); CatalogStore store = database.open()) {
            SyncEngine engine = SyncEngine.builder(store).parsers(registry).build();
            report = engine.importExport(source, options.withProgress(progress).withExecutor(worker)
                    .withCancellation(interruption));
        } catch (ParameterException e) {
            throw e;
        } catch (Exception | Error e) {
            progress.clear();
            if (json) {
                out.println(Failure.of(e).json());
                out.flush();
            }
            throw e;
        } finally {
            progress.clear();
            worker.shutdownNow();
        }
        if (json) {
            out.println(ImportReportView.json(report));
        } else {
            ImportReportView.text(out, report);
        }
        out.flush();
        if (strict && report.status() == SessionStatus.PARTIAL) {
            long skipped = report.counts().values().stream().mapToLong(c -> c.skipped()).sum();
            err.println("partial: import session " + report.sessionId() + " committed with " + skipped
                    + " records skipped (exit " + ExitCodes.PARTIAL + " under --strict)");
            err.flush();
            return ExitCodes.PARTIAL;
        }
        return ExitCodes.OK;
    }

    private ImportOptions options() {
        ImportOptions options = ImportOptions.defaults()
                .withKind(CliEnums.parse(spec, "--kind", kind, ImportKind.class))
                .withDryRun(dryRun)
                .withMissingPolicy(CliEnums.parse(spec, "--missing", missing, MissingPolicy.class));
        if (maxSkipped != null) {
            try {
                options = options.withSkipLimit(SkipLimit.parse(maxSkipped));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-skipped': "
                        + e.getMessage());
            }
        }
        return options;
    }
}
