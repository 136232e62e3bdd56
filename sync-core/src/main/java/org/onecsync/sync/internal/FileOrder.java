package org.onecsync.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.onecsync.SyncException;
import org.onecsync.source.ExportFile;

/**
 * Puts an export's files in the order they are read: by role (reference data first, then files with products,
 * then files with offers, prices and stock), then by the date 1C made each document
 * ({@code ДатаФормирования}), then in the source's order. Records read later win over the same records read
 * earlier, so of two exports in one source the newer one's prices and stock win, whatever their folders are
 * called.
 *
 * <p>It looks at the first bytes of each file only. The role is a guess that makes the common case fast: the
 * engine is still correct in any role order, because a record whose references come later is parked and
 * applied at the end. The date is not a guess, and where it cannot decide it refuses: when CommerceML
 * documents of one role lie in more than one folder (which is what several exports in one source look like)
 * and one of them has no date, or two documents of the same name are dated the same, nobody can tell which is
 * newer. Files of one 1C export may share a date (1C writes them within the same seconds), but each holds
 * different records, so a tie between differently named files decides nothing and is allowed.
 */
final class FileOrder {

    private static final int MAX_NAMED = 10;

    private FileOrder() {
    }

    /**
     * @param files the files in the source's order
     * @return the same files in reading order
     * @throws SyncException {@link SyncException.Kind#BAD_INPUT} when several exports cannot be ordered
     */
    static List<ExportFile> sort(List<ExportFile> files) {
        List<Ranked> ranked = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            ranked.add(new Ranked(files.get(i), DocumentHead.of(head(files.get(i))), i));
        }
        refuseUnordered(ranked);
        ranked.sort(Comparator.comparingInt((Ranked r) -> r.head().rank())
                .thenComparing(r -> r.head().formedAt(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Ranked::index));
        return ranked.stream().map(Ranked::file).toList();
    }

    private static byte[] head(ExportFile file) {
        try (InputStream in = file.open()) {
            return in.readNBytes(DocumentHead.SIZE);
        } catch (IOException | RuntimeException e) {
            // Reading the file for real will report it; here it only keeps its place.
            return new byte[0];
        }
    }

    private static void refuseUnordered(List<Ranked> files) {
        Map<Integer, List<Ranked>> byRank = new TreeMap<>();
        for (Ranked file : files) {
            if (file.head().commerceMl()) {
                byRank.computeIfAbsent(file.head().rank(), r -> new ArrayList<>()).add(file);
            }
        }
        Set<String> undated = new LinkedHashSet<>();
        List<String> ties = new ArrayList<>();
        for (List<Ranked> documents : byRank.values()) {
            if (documents.stream().map(r -> folder(r.file().path())).distinct().count() < 2) {
                continue;
            }
            Map<String, List<Ranked>> sameNameAndDate = new LinkedHashMap<>();
            for (Ranked document : documents) {
                if (document.head().formedAt() == null) {
                    undated.add(document.file().path() + document.head().unreadableDate());
                } else {
                    String name = document.file().path().substring(folder(document.file().path()).length());
                    sameNameAndDate.computeIfAbsent(name.toLowerCase(Locale.ROOT) + "|" + document.head().formedAt(),
                            k -> new ArrayList<>()).add(document);
                }
            }
            for (List<Ranked> tie : sameNameAndDate.values()) {
                if (tie.size() > 1) {
                    ties.add(String.join(" and ", tie.stream().map(r -> r.file().path()).toList())
                            + " are both dated " + tie.get(0).head().formedText());
                }
            }
        }
        if (undated.isEmpty() && ties.isEmpty()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        if (!undated.isEmpty()) {
            reasons.add(Lists.capped(List.copyOf(undated), MAX_NAMED) + (undated.size() == 1 ? " has" : " have")
                    + " no usable ДатаФормирования");
        }
        if (!ties.isEmpty()) {
            reasons.add(Lists.capped(ties, MAX_NAMED));
        }
        throw new SyncException(SyncException.Kind.BAD_INPUT, "the source holds more than one export (documents"
                + " of the same kind in several folders), and which is newer cannot be told: " + String.join("; ",
                reasons) + ". Import the exports one at a time, oldest first");
    }

    /** The folder part of a {@code /}-separated path, with its trailing slash; empty at the top. */
    private static String folder(String path) {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    private record Ranked(ExportFile file, DocumentHead head, int index) {
    }
}
