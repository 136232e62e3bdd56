package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.List;
import org.onecsync.SyncException;
import org.onecsync.model.EntityType;
import org.onecsync.parse.FileOutcome;
import org.onecsync.parse.FileSummary;

/**
 * What became of each file of an import: the files no parser reads, for the report, and whether any file was
 * an exchange this import can apply. A recognised file without records is an exchange (1C sends empty
 * changes-only packages); a file that holds nothing but order documents is one only when the import applies 1C's
 * status documents.
 */
final class ReadFiles {

    private static final int MAX_NAMED = 10;

    private final List<FileOutcome> skipped = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();
    private final String ordersIgnored;
    private boolean exchange;

    /**
     * @param ordersIgnored why this import does not apply order documents (1C's status updates), or {@code null}
     *        when it does
     */
    ReadFiles(String ordersIgnored) {
        this.ordersIgnored = ordersIgnored;
    }

    /**
     * @param outcome how the file was read
     * @param summary what it held (nothing when it was not read)
     */
    void add(FileOutcome outcome, FileSummary summary) {
        if (!outcome.parsed()) {
            skipped.add(outcome);
            reasons.add(outcome.path() + ": " + outcome.skipReason());
            return;
        }
        long orders = summary.count(EntityType.ORDER);
        long records = summary.counts().values().stream().mapToLong(Long::longValue).sum();
        if (orders > 0 && orders == records && ordersIgnored != null) {
            reasons.add(outcome.path() + ": " + orders + (orders == 1 ? " order document" : " order documents")
                    + " and nothing else; " + ordersIgnored);
        } else {
            exchange = true;
        }
    }

    /** The files that were not read, with the reason, in reading order. */
    List<FileOutcome> skipped() {
        return List.copyOf(skipped);
    }

    /**
     * Fails the import when no file was an exchange it can apply.
     *
     * @param source the source's description
     * @throws SyncException {@link SyncException.Kind#BAD_INPUT}, naming each file and why it was not
     *         imported
     */
    void requireExchange(String source) {
        if (exchange) {
            return;
        }
        if (reasons.isEmpty()) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, "nothing to import in " + source
                    + ": it holds no files");
        }
        throw new SyncException(SyncException.Kind.BAD_INPUT, "nothing to import in " + source
                + ": no file is a 1C exchange file (" + Lists.capped(reasons, MAX_NAMED) + ")");
    }
}
