package org.onecsync.sync.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onecsync.source.ExportFile;

/**
 * Puts an export's files in dependency order before they are read: reference data first, then files with
 * products, then files with offers, prices and stock; the source's order otherwise. It looks at the first
 * bytes of each file only, so it is a guess that makes the common case fast: the engine is still correct in
 * any order, because a record whose references come later is parked and applied at the end.
 */
public final class FileOrder {

    private static final int HEAD = 16 * 1024;
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final byte[][] OFFERS = markers("<Предложения");
    private static final byte[][] PRODUCTS = markers("<Товары");

    private FileOrder() {
    }

    /**
     * @param files the files in the source's order
     * @return the same files, reference data first
     */
    public static List<ExportFile> sort(List<ExportFile> files) {
        List<Ranked> ranked = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            ranked.add(new Ranked(files.get(i), rank(files.get(i)), i));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::index));
        return ranked.stream().map(Ranked::file).toList();
    }

    private static int rank(ExportFile file) {
        byte[] head = new byte[HEAD];
        int n = 0;
        try (InputStream in = file.open()) {
            int read;
            while (n < HEAD && (read = in.read(head, n, HEAD - n)) > 0) {
                n += read;
            }
        } catch (IOException | RuntimeException e) {
            // Reading the file for real will report it; here it only keeps its place.
            return 1;
        }
        if (contains(head, n, OFFERS)) {
            return 2;
        }
        return contains(head, n, PRODUCTS) ? 1 : 0;
    }

    private static byte[][] markers(String text) {
        return new byte[][] {text.getBytes(StandardCharsets.UTF_8), text.getBytes(WINDOWS_1251)};
    }

    private static boolean contains(byte[] head, int n, byte[][] markers) {
        for (byte[] marker : markers) {
            outer:
            for (int i = 0; i + marker.length <= n; i++) {
                for (int j = 0; j < marker.length; j++) {
                    if (head[i + j] != marker[j]) {
                        continue outer;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private record Ranked(ExportFile file, int rank, int index) {
    }
}
