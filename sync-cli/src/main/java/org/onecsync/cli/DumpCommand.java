package org.onecsync.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.onecsync.store.CatalogStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync dump}: every synced entity as JSON Lines, for diffing two databases.
 */
@Command(name = "dump",
        description = {"Prints every synced entity as JSON Lines, sorted by entity and key, for diffing two "
            + "databases.",
            "Each line is one entity (the session log is left out):",
            "  {\"entity\":…,\"key\":…,\"active\":…,\"data\":{…}}",
            "The same database always gives the same bytes, so two dumps can be compared with diff."},
        mixinStandardHelpOptions = true)
public final class DumpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (CatalogStore store = database.open()) {
            StringBuilder line = new StringBuilder(512);
            store.dump(row -> {
                line.setLength(0);
                line.append("{\"entity\":");
                quote(line, row.entity().jsonName());
                line.append(",\"key\":");
                quote(line, row.key());
                line.append(",\"active\":").append(row.active()).append(",\"data\":").append(row.payload())
                        .append('}');
                out.println(line);
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void quote(StringBuilder out, String text) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }
}
