package org.onecsync.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.SessionRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync sessions}: the recent imports, newest first.
 */
@Command(name = "sessions",
        description = "Lists the recent imports, newest first, with their status, counts and problems.",
        mixinStandardHelpOptions = true)
public final class SessionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many sessions to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON: an array of sessions.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        List<SessionRecord> sessions;
        try (CatalogStore store = database.open()) {
            sessions = store.sessions().recent(limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(sessions));
        } else {
            text(out, sessions);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String json(List<SessionRecord> sessions) {
        ArrayNode root = Json.MAPPER.createArrayNode();
        for (SessionRecord s : sessions) {
            ObjectNode node = root.addObject();
            node.put("session", s.id());
            node.put("kind", s.kind());
            node.put("source", s.source());
            node.put("dryRun", s.dryRun());
            node.put("status", s.status().jsonName());
            node.put("startedAt", s.startedAt().toString());
            node.put("finishedAt", s.finishedAt() == null ? null : s.finishedAt().toString());
            ImportReportView.putEntities(node.putObject("entities"), new java.util.TreeMap<>(s.counts()));
            ImportReportView.putProblems(node.putArray("problems"), s.problems());
            node.put("problemCount", s.problemCount());
            node.put("error", s.error());
        }
        return Json.pretty(root);
    }

    private static void text(PrintWriter out, List<SessionRecord> sessions) {
        if (sessions.isEmpty()) {
            out.println("No imports yet.");
            return;
        }
        String format = "%-7s %-20s %-14s %-4s %-10s %8s  %s%n";
        out.printf(format, "SESSION", "STARTED", "KIND", "DRY", "STATUS", "SECONDS", "SOURCE / ERROR");
        for (SessionRecord s : sessions) {
            String seconds = s.finishedAt() == null ? "-"
                    : String.format("%.1f", Duration.between(s.startedAt(), s.finishedAt()).toMillis() / 1000.0);
            String detail = s.error() != null ? s.error()
                    : s.source() + (s.problemCount() > 0 ? " (" + s.problemCount() + " problems)" : "");
            out.printf(format, s.id(), s.startedAt().toString().replaceFirst("\\.\\d+Z$", "Z"), s.kind(),
                    s.dryRun() ? "yes" : "no", s.status().jsonName(), seconds, detail);
        }
    }
}
