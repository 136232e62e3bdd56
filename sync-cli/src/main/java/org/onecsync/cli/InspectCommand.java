package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.spi.ParserOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code onec-sync inspect PATH [--format F] [--profile FILE]}: what an export or feed holds, file by file, without
 * touching a database.
 */
@Command(name = "inspect",
        description = {"Shows what an export holds, file by file.",
            "Touches no database. For each file: its role, CommerceML version, partial or full, and record counts; then the totals, the "
                + "kinds import does not apply (orders), the records that cannot be read (with the first reasons) "
                + "and the files that are not exchange files, each with the reason. PATH is a file, a folder of an "
                + "export, or a zip of one.",
            "CSV and JSON feeds are read too, alone or next to CommerceML files: the table then also shows each "
                + "file's format and encoding, and its scope (complete or changes) instead of partial or full."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The export was read.",
            "1:A file is malformed, truncated or refused, PATH cannot be read, or the --profile is missing or invalid.",
            "2:Bad command line."
        })
public final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "An export folder, a zip of one, or a single file.")
    Path path;

    @Mixin
    FormatOptions formats = new FormatOptions();

    @Option(names = "--json", description = "Print JSON: files, totals, unreadable, firstUnreadable, notImported and "
            + "skipped (see the README).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ParserRegistry registry = ParserRegistry.load();
        ParserOptions options = formats.parserOptions(registry);
        InspectScan scan;
        try (ExportSource source = ExportSources.open(path)) {
            scan = InspectScan.read(source, new ExportReader(registry), options);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(InspectReport.json(scan));
        } else {
            InspectReport.text(out, scan);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
