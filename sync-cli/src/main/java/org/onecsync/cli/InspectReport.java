package org.onecsync.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.onecsync.model.EntityType;
import org.onecsync.parse.ExportSummary;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.FileSummary;
import org.onecsync.parse.UnreadableRecord;
import org.onecsync.sync.ImportKind;

/**
 * Renders what {@link InspectCommand} found, as a table or as JSON.
 */
final class InspectReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** How many unreadable records the table shows; JSON shows all the summary kept. */
    private static final int SHOWN = 10;
    /** Up to this many skipped files are listed one by one; more are grouped by reason. */
    private static final int LISTED = 10;

    private InspectReport() {
    }

    static String json(InspectScan scan) {
        ExportSummary export = scan.summary();
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode fileNodes = root.putArray("files");
        for (ExportSummary.FileReport file : export.files()) {
            FileSummary s = file.summary();
            ObjectNode node = fileNodes.addObject();
            node.put("path", file.path());
            node.put("format", scan.format(file.path()));
            node.put("role", s.role().jsonName());
            node.put("version", s.header() == null ? null : s.header().version());
            node.put("partial", s.partial());
            node.put("scope", scope(s));
            node.put("encoding", s.header() == null ? null : s.header().encoding());
            putCounts(node.putObject("counts"), s.counts());
            putCounts(node.putObject("unreadable"), s.unreadable());
        }
        putCounts(root.putObject("totals"), export.totals());
        putCounts(root.putObject("unreadable"), export.unreadable());
        ArrayNode unreadable = root.putArray("firstUnreadable");
        for (UnreadableRecord record : export.firstUnreadable()) {
            unreadable.addObject().put("path", record.path()).put("line", record.line())
                    .put("entity", record.type().jsonName()).put("key", record.key()).put("reason", record.reason());
        }
        putCounts(root.putObject("notImported"), notImported(export.totals()));
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

    /** The kinds no import applies (orders), with their totals: inspect counts them, import ignores them. */
    private static Map<EntityType, Long> notImported(Map<EntityType, Long> totals) {
        Map<EntityType, Long> result = new EnumMap<>(EntityType.class);
        totals.forEach((type, n) -> {
            if (!ImportKind.ALL.includes(type)) {
                result.put(type, n);
            }
        });
        return result;
    }

    /**
     * {@code complete} or {@code changes}: whether the file says it holds the whole set (a full CommerceML
     * package, a feed declared complete) or only changes; {@code null} when it does not say.
     */
    private static String scope(FileSummary s) {
        return s.partial() == null ? null : s.partial() ? "changes" : "complete";
    }

    static void text(PrintWriter out, InspectScan scan) {
        ExportSummary export = scan.summary();
        List<ExportSummary.FileReport> files = export.files();
        int width = "FILE".length();
        for (ExportSummary.FileReport file : files) {
            width = Math.max(width, file.path().length());
        }
        // A CommerceML export keeps the table it always had; a feed adds its format, encoding and scope.
        boolean feeds = !scan.commercemlOnly();
        String row = feeds ? "%-" + width + "s  %-10s  %-12s  %-14s  %-7s  %-8s  %s%n"
                : "%-" + width + "s  %-14s  %-7s  %-7s  %s%n";
        if (feeds) {
            out.printf(row, "FILE", "FORMAT", "ENCODING", "ROLE", "VERSION", "SCOPE", "RECORDS");
        } else {
            out.printf(row, "FILE", "ROLE", "VERSION", "PARTIAL", "RECORDS");
        }
        for (ExportSummary.FileReport file : files) {
            FileSummary s = file.summary();
            String version = s.header() == null || s.header().version() == null ? "-" : s.header().version();
            String records = nonZero(s.counts());
            if (total(s.unreadable()) > 0) {
                records += "; unreadable: " + nonZero(s.unreadable());
            }
            if (feeds) {
                String encoding = s.header() == null || s.header().encoding() == null ? "-" : s.header().encoding();
                String scope = scope(s) == null ? "-" : scope(s);
                out.printf(row, file.path(), scan.format(file.path()), encoding, s.role().jsonName(), version,
                        scope, records);
            } else {
                String partial = s.partial() == null ? "-" : s.partial() ? "partial" : "full";
                out.printf(row, file.path(), s.role().jsonName(), version, partial, records);
            }
        }
        if (files.isEmpty()) {
            out.println("(no exchange files found)");
        }
        out.println();
        out.println("Totals: " + all(export.totals()));
        Map<EntityType, Long> ignored = notImported(export.totals());
        if (total(ignored) > 0) {
            out.println("Not catalog data: " + nonZero(ignored) + " (import applies order documents as 1C's status"
                    + " updates, to the order book)");
        }
        unreadable(out, export);
        skipped(out, export.skipped());
    }

    private static void unreadable(PrintWriter out, ExportSummary export) {
        long count = total(export.unreadable());
        if (count == 0) {
            return;
        }
        out.println("Unreadable: " + nonZero(export.unreadable()) + " (not in the totals; import skips them too)");
        List<UnreadableRecord> first = export.firstUnreadable();
        for (UnreadableRecord record : first.subList(0, Math.min(SHOWN, first.size()))) {
            String key = record.key() == null ? "" : " " + record.key();
            out.println("  " + record.path() + ":" + record.line() + ": " + singular(record.type()) + key + ": "
                    + record.reason());
        }
        if (count > SHOWN) {
            out.println("  … " + (count - SHOWN) + " more (--json lists the first " + FileSummary.KEPT + ")");
        }
    }

    private static void skipped(PrintWriter out, List<FileOutcome> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        if (skipped.size() <= LISTED) {
            out.println("Skipped " + skipped.size() + " file(s) that are not exchange files:");
            for (FileOutcome outcome : skipped) {
                out.println("  " + outcome.path() + ": " + outcome.skipReason());
            }
            return;
        }
        Map<String, Integer> byReason = new LinkedHashMap<>();
        for (FileOutcome outcome : skipped) {
            byReason.merge(outcome.skipReason(), 1, Integer::sum);
        }
        StringJoiner reasons = new StringJoiner(", ");
        byReason.forEach((reason, n) -> reasons.add(n + " × " + reason));
        out.println("Skipped " + skipped.size() + " file(s) that are not exchange files: " + reasons
                + " (--json lists them)");
    }

    /** {@code price} for prices: how one unreadable record is named. */
    private static String singular(EntityType type) {
        return switch (type) {
            case CATEGORY -> "category";
            case PROPERTY -> "property";
            case PRICE_TYPE -> "price type";
            case UNIT -> "unit";
            case WAREHOUSE -> "warehouse";
            case PRODUCT -> "product";
            case OFFER -> "offer";
            case PRICE -> "price";
            case STOCK -> "stock row";
            case COUNTERPARTY -> "counterparty";
            case ORDER -> "order";
        };
    }

    private static long total(Map<EntityType, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
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
