package org.onecsync.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.Change;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync changes}: the change feed after a cursor.
 */
@Command(name = "changes",
        description = {"Prints the change feed after the sequence number SEQ, oldest first.",
            "The feed holds every row that committed imports created, updated, deactivated or deleted.",
            "A consumer keeps the last seq it handled and passes it as --after next time: it misses nothing and "
                + "sees nothing twice. Dry runs and failed imports add nothing."},
        mixinStandardHelpOptions = true)
public final class ChangesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--after", paramLabel = "SEQ", defaultValue = "0",
            description = "Print the changes after this sequence number (default: ${DEFAULT-VALUE}, from the start).")
    long after;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
            description = "Print at most N changes (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON Lines: {\"seq\",\"session\",\"entity\",\"key\",\"kind\"}, "
            + "the key as an object.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || after < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--limit must be at least 1 and --after must not be negative");
        }
        List<Change> changes;
        try (CatalogStore store = database.open()) {
            changes = store.changes().after(after, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            for (Change change : changes) {
                ObjectNode node = Json.MAPPER.createObjectNode();
                node.put("seq", change.seq());
                node.put("session", change.session());
                node.put("entity", change.entity().jsonName());
                KeyJson.put(node.putObject("key"), change.key());
                node.put("kind", change.kind().jsonName());
                out.println(Json.line(node));
            }
        } else if (changes.isEmpty()) {
            out.println("No changes after " + after + ".");
        } else {
            String format = "%-8s %-7s %-14s %-11s %s%n";
            out.printf(format, "SEQ", "SESSION", "ENTITY", "KIND", "KEY");
            for (Change change : changes) {
                out.printf(format, change.seq(), change.session(), change.entity().jsonName(),
                        change.kind().jsonName(), change.key().text());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
