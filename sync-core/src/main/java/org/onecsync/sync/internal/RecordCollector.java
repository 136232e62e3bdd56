package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.onecsync.feed.FeedProduct;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.model.Order;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.FileSummary;
import org.onecsync.parse.PackageHeader;
import org.onecsync.parse.Scope;
import org.onecsync.spi.RecordHandler;
import org.onecsync.store.Deferred;
import org.onecsync.store.Problem;
import org.onecsync.sync.ImportKind;

/**
 * Receives what the parsers read, on the importing thread: keeps the records of the import's kind, skips
 * invalid ones with a reason, counts the others as ignored, and hands the rest on in chunks, with feed products
 * as {@link FeedItem}s for the {@link FeedResolver}. It also works out which entities came only from complete
 * scopes, and checks for cancellation at every record.
 *
 * <p>A record counts under the scope in effect when it is read; records before a file's first scope, and those
 * of a scope that does not say, take the file's own flag ({@link FileSummary#partial()}) when the file ends.
 * In a feed, a product the parser had to skip still names its SKU, which is handed on as a {@link FeedKeep} so a
 * complete feed does not remove the stored product on the strength of a bad row; a skipped row without a SKU
 * makes the feed's products incomplete.
 */
final class RecordCollector implements RecordHandler {

    private static final int CHUNK = 512;

    private static final int COMPLETE = 1;
    private static final int PARTIAL = 2;
    private static final int UNSAID = 4;

    private final Consumer<List<Object>> sink;
    private final ImportKind kind;
    private final Problems problems;
    private final Cancellation cancellation;
    private final StatusUpdates orders;
    private final EnumMap<EntityType, Long> ignored = new EnumMap<>(EntityType.class);
    private final Set<EntityType> seenFull = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> seenPartial = EnumSet.noneOf(EntityType.class);
    private final Set<EntityType> read = EnumSet.noneOf(EntityType.class);
    private final EnumMap<EntityType, Integer> fileScopes = new EnumMap<>(EntityType.class);
    private List<Object> chunk = new ArrayList<>(CHUNK);
    private Boolean scope;
    private boolean feed;
    private String file;
    private FileSummary summary;
    private long records;
    private long recordsRead;

    /**
     * @param sink receives chunks of valid records ({@link Deferred}) and feed items ({@link FeedItem},
     *             {@link FeedKeep}), in the order read
     * @param kind which records to keep
     * @param problems where invalid records are reported
     * @param cancellation checked at every record
     * @param orders takes the order documents (1C's status updates), or {@code null} when they are ignored
     */
    RecordCollector(Consumer<List<Object>> sink, ImportKind kind, Problems problems, Cancellation cancellation,
                    StatusUpdates orders) {
        this.sink = sink;
        this.kind = kind;
        this.problems = problems;
        this.cancellation = cancellation;
        this.orders = orders;
    }

    /** @param path the file about to be read */
    void beginFile(String path) {
        file = path;
        summary = new FileSummary();
        fileScopes.clear();
        scope = null;
        feed = false;
    }

    /**
     * Ends the current file: hands on what is left and notes whether its packages were complete.
     *
     * @return what the file held
     */
    FileSummary endFile() {
        flush();
        boolean full = Boolean.FALSE.equals(summary.partial());
        fileScopes.forEach((type, scopes) -> {
            if ((scopes & PARTIAL) != 0 || (scopes & UNSAID) != 0 && !full) {
                seenPartial.add(type);
            } else {
                seenFull.add(type);
            }
        });
        return summary;
    }

    @Override
    public void onDocument(DocumentHeader header) {
        summary.onDocument(header);
        feed = header.format() != null && !header.format().equals("commerceml");
    }

    @Override
    public void onPackage(PackageHeader header) {
        summary.onPackage(header);
    }

    @Override
    public void onScope(Scope value) {
        summary.onScope(value);
        scope = value.complete();
    }

    @Override
    public void onFeedProduct(FeedProduct product, long line) {
        cancellation.check();
        summary.onFeedProduct(product, line);
        feed = true;
        if (!FeedResolver.applies(kind)) {
            ignored.merge(EntityType.PRODUCT, 1L, Long::sum);
            return;
        }
        recordsRead++;
        note(EntityType.PRODUCT);
        chunk.add(new FeedItem(product, file, line));
        read.add(EntityType.PRODUCT);
        records++;
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void onRecord(CatalogRecord record, long line) {
        cancellation.check();
        summary.onRecord(record, line);
        if (orders != null && record instanceof Order document) {
            recordsRead++;
            orders.add(document, file, line);
            return;
        }
        if (!kind.includes(record.type())) {
            ignored.merge(record.type(), 1L, Long::sum);
            return;
        }
        note(record.type());
        recordsRead++;
        String invalid = Validation.problem(record);
        if (invalid != null) {
            problems.add(new Problem(record.type(), record.key(), file, line, invalid));
            return;
        }
        chunk.add(new Deferred(record, file, line));
        read.add(record.type());
        records++;
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    @Override
    public void onSkipped(EntityType type, String key, String reason, long line) {
        cancellation.check();
        if (feed && type == EntityType.PRODUCT && FeedResolver.applies(kind)) {
            recordsRead++;
            problems.add(new Problem(type, key, file, line, reason));
            if (key == null || key.isBlank()) {
                fileScopes.merge(EntityType.PRODUCT, PARTIAL, (a, b) -> a | b);
            } else {
                chunk.add(new FeedKeep(key));
            }
            return;
        }
        if (kind.includes(type)) {
            recordsRead++;
            problems.add(new Problem(type, key, file, line, reason));
        }
    }

    /** Notes the scope a record of this entity came under in the current file. */
    private void note(EntityType type) {
        int bit = scope == null ? UNSAID : scope ? COMPLETE : PARTIAL;
        fileScopes.merge(type, bit, (a, b) -> a | b);
    }

    /** Valid records of the import's kind read so far: those handed on. */
    long records() {
        return records;
    }

    /**
     * Records of the import's kind read so far, valid or not, including those the parser could not read:
     * every record the import applies or skips.
     */
    long recordsRead() {
        return recordsRead;
    }

    /** Records read that are not of the import's kind, per entity. */
    Map<EntityType, Long> ignored() {
        return ignored;
    }

    /** Whether any valid record of a type was read. */
    boolean read(EntityType type) {
        return read.contains(type);
    }

    /** The entities whose records all came from complete scopes. */
    Set<EntityType> complete() {
        Set<EntityType> result = EnumSet.noneOf(EntityType.class);
        result.addAll(seenFull);
        result.removeAll(seenPartial);
        return result;
    }

    private void flush() {
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }
}
