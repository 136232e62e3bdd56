package org.onecsync.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeFeed;

/**
 * Follows the change feed the way a search indexer or cache would: reads what committed imports changed
 * after its cursor, handles it, then saves the cursor. Run it again later (or after a crash) and it
 * continues where it stopped: nothing is missed and nothing is handled twice, because the cursor is saved
 * only after the page it covers was handled.
 *
 * <pre>
 * java … org.onecsync.examples.FeedConsumer jdbc:sqlite:shop.db cursor.txt
 * </pre>
 */
public final class FeedConsumer {

    private static final int PAGE = 500;

    private FeedConsumer() {
    }

    /**
     * @param args a JDBC URL and the file that keeps the cursor
     * @throws IOException if the cursor file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FeedConsumer JDBC_URL CURSOR_FILE");
            System.exit(2);
        }
        try (JdbiCatalogStore store = JdbiCatalogStore.open(args[0])) {
            long handled = catchUp(store.changes(), Path.of(args[1]), System.out);
            System.out.println(handled + " changes handled");
        }
    }

    /**
     * Handles every change after the saved cursor, page by page, saving the cursor after each page.
     *
     * @return how many changes were handled
     */
    static long catchUp(ChangeFeed feed, Path cursorFile, PrintStream out) throws IOException {
        long cursor = Files.exists(cursorFile)
                ? Long.parseLong(Files.readString(cursorFile, StandardCharsets.UTF_8).strip()) : 0;
        long handled = 0;
        while (true) {
            List<Change> page = feed.after(cursor, PAGE);
            if (page.isEmpty()) {
                return handled;
            }
            for (Change change : page) {
                out.printf("%d %s %s %s%n", change.seq(), change.kind().jsonName(),
                        change.entity().jsonName(), change.key().text());
            }
            handled += page.size();
            cursor = page.get(page.size() - 1).seq();
            save(cursorFile, cursor);
        }
    }

    /** Writes the cursor atomically, so a crash leaves the old cursor or the new one, never half of one. */
    private static void save(Path cursorFile, long cursor) throws IOException {
        Path next = cursorFile.resolveSibling(cursorFile.getFileName() + ".next");
        Files.writeString(next, Long.toString(cursor), StandardCharsets.UTF_8);
        Files.move(next, cursorFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
