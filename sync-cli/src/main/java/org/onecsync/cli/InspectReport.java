package org.onecsync.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportSummary;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.FileSummary;

/**
 * Renders what {@link InspectCommand} found, as a table or as JSON.
 */
final class InspectReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private InspectReport() {
    }

    static String json(ExportSummary export) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode fileNodes = root.putArray("files");
        for (ExportSummary.FileReport file : export.files()) {
            FileSummary s = file.summary();
            ObjectNode node = fileNodes.addObject();
            node.put("path", file.path());
            node.put("role", s.role().jsonName());
            node.put("version", s.header() == null ? null : s.header().version());
            node.put("partial", s.partial());
            node.put("encoding", s.header() == null ? null : s.header().encoding());
            putCounts(node.putObject("counts"), s.counts());
        }
        putCounts(root.putObject("totals"), export.totals());
        ArrayNode skippedNodes = root.putArray("skipped");
        for (FileOutcome outcome : export.skipped()) {
            skippedNodes.addObject().put("path", outcome.path()).put("reason", outcome.skipReason());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putCounts(ObjectNode node, Map<EntityType, Long> counts) {
        counts.forEach((type, n) -> node.put(type.jsonName(), n));
    }

    static void text(PrintWriter out, ExportSummary export) {
        List<ExportSummary.FileReport> files = export.files();
        List<FileOutcome> skipped = export.skipped();
        int width = "FILE".length();
        for (ExportSummary.FileReport file : files) {
            width = Math.max(width, file.path().length());
        }
        String row = "%-" + width + "s  %-14s  %-7s  %-7s  %s%n";
        out.printf(row, "FILE", "ROLE", "VERSION", "PARTIAL", "RECORDS");
        for (ExportSummary.FileReport file : files) {
            FileSummary s = file.summary();
            String version = s.header() == null || s.header().version() == null ? "-" : s.header().version();
            String partial = s.partial() == null ? "-" : s.partial() ? "partial" : "full";
            out.printf(row, file.path(), s.role().jsonName(), version, partial, nonZero(s.counts()));
        }
        if (files.isEmpty()) {
            out.println("(no exchange files found)");
        }
        out.println();
        out.println("Totals: " + all(export.totals()));
        if (!skipped.isEmpty()) {
            Map<String, Integer> byReason = new LinkedHashMap<>();
            for (FileOutcome outcome : skipped) {
                byReason.merge(outcome.skipReason(), 1, Integer::sum);
            }
            StringJoiner reasons = new StringJoiner(", ");
            byReason.forEach((reason, n) -> reasons.add(n + " × " + reason));
            out.println("Skipped " + skipped.size() + " file(s) that are not exchange files: " + reasons
                    + " (--json lists them)");
        }
    }

    private static String nonZero(Map<EntityType, Long> counts) {
        StringJoiner joiner = new StringJoiner(", ");
        counts.forEach((type, n) -> {
            if (n > 0) {
                joiner.add(type.jsonName() + " " + n);
            }
        });
        return joiner.length() == 0 ? "none" : joiner.toString();
    }

    private static String all(Map<EntityType, Long> counts) {
        StringJoiner joiner = new StringJoiner(", ");
        counts.forEach((type, n) -> joiner.add(type.jsonName() + " " + n));
        return joiner.toString();
    }
}
