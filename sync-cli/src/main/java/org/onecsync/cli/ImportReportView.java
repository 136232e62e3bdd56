package org.onecsync.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.onecsync.model.EntityType;
import org.onecsync.parse.FileOutcome;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.Problem;
import org.onecsync.sync.ImportReport;

/** Renders an {@link ImportReport} as a table or as JSON. */
final class ImportReportView {

    private ImportReportView() {
    }

    static String json(ImportReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("session", report.sessionId());
        root.put("kind", report.kind().jsonName());
        root.put("dryRun", report.dryRun());
        root.put("status", report.status().jsonName());
        root.put("durationMs", report.duration().toMillis());
        putEntities(root.putObject("entities"), report.counts());
        putProblems(root.putArray("problems"), report.problems());
        root.put("problemCount", report.problemCount());
        ArrayNode skippedFiles = root.putArray("skippedFiles");
        for (FileOutcome file : report.skippedFiles()) {
            skippedFiles.addObject().put("path", file.path()).put("reason", file.skipReason());
        }
        ObjectNode ignored = root.putObject("ignored");
        report.ignored().forEach((type, count) -> ignored.put(type.jsonName(), count));
        return Json.pretty(root);
    }

    static void putEntities(ObjectNode node, Map<EntityType, EntityCounts> counts) {
        counts.forEach((type, c) -> node.putObject(type.jsonName())
                .put("created", c.created()).put("updated", c.updated()).put("unchanged", c.unchanged())
                .put("deleted", c.deleted()).put("skipped", c.skipped()));
    }

    static void putProblems(ArrayNode node, List<Problem> problems) {
        for (Problem p : problems) {
            node.addObject().put("entity", p.entity().jsonName()).put("key", p.key()).put("file", p.file())
                    .put("line", p.line()).put("reason", p.reason());
        }
    }

    static void text(PrintWriter out, ImportReport report) {
        out.printf("Session %d: %s%s, %s in %.1f s%n", report.sessionId(), report.kind().jsonName(),
                report.dryRun() ? " (dry run: nothing written)" : "", report.status().jsonName(),
                report.duration().toMillis() / 1000.0);
        out.println();
        countsTable(out, report.counts());
        problems(out, report.problems(), report.problemCount());
        skippedFiles(out, report.skippedFiles());
        ignored(out, report.ignored());
    }

    private static void skippedFiles(PrintWriter out, List<FileOutcome> files) {
        if (files.isEmpty()) {
            return;
        }
        out.println();
        out.printf("Skipped files (%d):%n", files.size());
        for (FileOutcome file : files) {
            out.printf("  %s  %s%n", file.path(), file.skipReason());
        }
    }

    private static void ignored(PrintWriter out, Map<EntityType, Long> ignored) {
        if (ignored.isEmpty()) {
            return;
        }
        out.println();
        out.println("Read but not applied by this import:");
        ignored.forEach((type, count) -> out.printf("  %-15s %9d%n", type.jsonName(), count));
    }

    static void countsTable(PrintWriter out, Map<EntityType, EntityCounts> counts) {
        String format = "%-15s %9s %9s %9s %9s %9s%n";
        out.printf(format, "ENTITY", "CREATED", "UPDATED", "UNCHANGED", "DELETED", "SKIPPED");
        counts.forEach((type, c) -> out.printf(format, type.jsonName(), c.created(), c.updated(), c.unchanged(),
                c.deleted(), c.skipped()));
    }

    static void problems(PrintWriter out, List<Problem> problems, long total) {
        if (total == 0) {
            return;
        }
        out.println();
        out.printf("Problems (%d%s):%n", total, total > problems.size() ? ", first " + problems.size() + " shown" : "");
        for (Problem p : problems) {
            out.printf("  %s %s  %s:%d  %s%n", p.entity().jsonName(), p.key() == null ? "(no key)" : p.key(),
                    p.file(), p.line(), p.reason());
        }
    }
}
