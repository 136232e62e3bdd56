package org.onecsync.generate.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The paged files of one folder ({@code goods/goods_1_<page>_<guid>.xml}, …). A page's file is opened
 * the first time something is written to it, so a page with nothing to hold gets no file. The file-name
 * GUID depends on the seed, the folder and the page only, so a smaller export's pages have the same names
 * as a bigger one's.
 */
public final class PagedOutput implements Closeable {

    /** Writes the opening and closing frame of each page around its entries. */
    public interface Frame {

        /**
         * @param w a new page's writer, just after the root's start tag
         * @throws IOException if writing fails
         */
        void open(CmlXmlWriter w) throws IOException;

        /**
         * @param w a page's writer, just before the root's end tag
         * @throws IOException if writing fails
         */
        void close(CmlXmlWriter w) throws IOException;
    }

    private final Path folder;
    private final String prefix;
    private final int folderIndex;
    private final long seed;
    private final Headers headers;
    private final Frame frame;
    private final List<Path> files = new ArrayList<>();
    private CmlXmlWriter current;
    private int currentPage;

    /**
     * @param folder the folder to write in (it must exist)
     * @param prefix the file-name prefix, e.g. {@code goods}
     * @param folderIndex the folder's position in the export, for dates and file GUIDs
     * @param seed the export seed
     * @param headers the export's headers
     * @param frame the page frame
     */
    public PagedOutput(Path folder, String prefix, int folderIndex, long seed, Headers headers, Frame frame) {
        this.folder = folder;
        this.prefix = prefix;
        this.folderIndex = folderIndex;
        this.seed = seed;
        this.headers = headers;
        this.frame = frame;
    }

    /**
     * @param folder a folder of the export
     * @param prefix its file-name prefix
     * @param folderIndex its position in the export
     * @param seed the export seed
     * @param page the page number, from 1
     * @return the page's file
     */
    public static Path pageFile(Path folder, String prefix, int folderIndex, long seed, int page) {
        return folder.resolve(prefix + "_1_" + page + "_"
                + Guids.random(seed, folderIndex * 1_000_000_000L + page) + ".xml");
    }

    /**
     * The writer of a page, opening it (and closing the previous one) when needed. Pages must be asked
     * for in ascending order.
     *
     * @param page the page number, from 1
     * @return the page's writer, positioned inside the frame
     * @throws IOException if a file cannot be written
     */
    public CmlXmlWriter page(int page) throws IOException {
        if (current != null && currentPage == page) {
            return current;
        }
        close();
        Path file = pageFile(folder, prefix, folderIndex, seed, page);
        current = CmlXmlWriter.create(file, headers.formedAt(folderIndex, page));
        currentPage = page;
        files.add(file);
        frame.open(current);
        return current;
    }

    /**
     * @return the files written so far, in page order
     */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /**
     * Closes the current page, if any.
     *
     * @throws IOException if writing fails
     */
    @Override
    public void close() throws IOException {
        if (current != null) {
            CmlXmlWriter w = current;
            current = null;
            try (w) {
                frame.close(w);
            }
        }
    }
}
