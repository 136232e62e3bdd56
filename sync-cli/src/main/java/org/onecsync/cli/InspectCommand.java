package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.FileSummary;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code onec-sync inspect PATH}: what an export holds, file by file, without touching a database.
 */
@Command(name = "inspect",
        description = {"Shows what an export holds: for each file its role, CommerceML version, partial or full,",
            "and record counts; then the totals. PATH is a file, a folder of an export, or a zip of one."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The export was read.",
            "1:A file is malformed, truncated or refused, or PATH cannot be read.",
            "2:Bad command line."
        })
public final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "An export folder, a zip of one, or a single file.")
    Path path;

    @Option(names = "--json", description = "Print JSON: {\"files\":[…],\"totals\":{…},\"skipped\":[…]}.")
    boolean json;

    /** One file that was read. */
    record FileReport(String path, FileSummary summary) {
    }

    @Override
    public Integer call() throws IOException {
        ExportReader reader = new ExportReader(ParserRegistry.load());
        List<FileReport> files = new ArrayList<>();
        List<FileOutcome> skipped = new ArrayList<>();
        Map<EntityType, Long> totals = new EnumMap<>(EntityType.class);
        for (EntityType type : EntityType.values()) {
            totals.put(type, 0L);
        }
        try (ExportSource source = ExportSources.open(path)) {
            for (ExportFile file : source.files()) {
                FileSummary summary = new FileSummary();
                FileOutcome outcome = reader.read(file, summary);
                if (!outcome.parsed()) {
                    skipped.add(outcome);
                    continue;
                }
                files.add(new FileReport(file.path(), summary));
                summary.counts().forEach((type, n) -> totals.merge(type, n, Long::sum));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(InspectReport.json(files, totals, skipped));
        } else {
            InspectReport.text(out, files, totals, skipped);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
