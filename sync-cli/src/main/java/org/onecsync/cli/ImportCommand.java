package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.MissingPolicy;
import org.onecsync.sync.ImportKind;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync import PATH}: applies an export to the database in one transaction.
 */
@Command(name = "import",
        description = {"Applies an export to the database, all of it or nothing, in one transaction.",
            "PATH is an export folder, a zip of one, or a single file. Files are applied in dependency order "
                + "whatever their names. Records that refer to something the database does not know are skipped "
                + "and listed; a file that cannot be read fails the import and leaves the database as it was."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Imported: status succeeded, or partial when some records were skipped (listed).",
            "1:Failed and rolled back: a file is malformed, truncated or refused, or PATH cannot be read.",
            "2:Bad command line.",
            "3:Another import is running against this database (its session is named).",
            "4:Prices or stock into a database without a catalog: import the catalog first.",
            ExitCodes.STORE_HELP,
            "70:Internal error (please report it)."
        })
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(index = "0", paramLabel = "PATH", description = "An export folder, a zip of one, or a single file.")
    Path path;

    @Option(names = "--kind", paramLabel = "K", defaultValue = "all",
            description = "What to apply: all, catalog, prices, stock or counterparties (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--dry-run", description = "Report what would change, then roll back: nothing is written.")
    boolean dryRun;

    @Option(names = "--missing", paramLabel = "P", defaultValue = "keep",
            description = "What a full package does to stored records it no longer contains: keep, deactivate "
                + "or delete (default: ${DEFAULT-VALUE}). Partial packages never remove anything.")
    String missing;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ImportOptions options = ImportOptions.defaults()
                .withKind(CliEnums.parse(spec, "--kind", kind, ImportKind.class))
                .withDryRun(dryRun)
                .withMissingPolicy(CliEnums.parse(spec, "--missing", missing, MissingPolicy.class));
        PrintWriter out = spec.commandLine().getOut();
        ProgressLine progress = ProgressLine.forTerminal(spec.commandLine().getErr());
        ImportReport report;
        ExecutorService worker = Workers.single();
        // The export first: a mistyped PATH must not leave a new empty database behind.
        try (ExportSource source = ExportSources.open(path); CatalogStore store = database.open()) {
            SyncEngine engine = SyncEngine.builder(store).build();
            report = engine.importExport(source, options.withProgress(progress).withExecutor(worker));
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
        return ExitCodes.OK;
    }
}
