package org.onecsync.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onecsync.feed.FeedProduct;
import org.onecsync.feed.FeedVariant;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.spi.RecordHandler;

/**
 * A {@link RecordHandler} that counts what one file holds and works out its role and partial/full flag, and
 * counts the entities the parser could not read, keeping the first {@value #KEPT} of them. It keeps no records,
 * so it runs in constant memory.
 */
public final class FileSummary implements RecordHandler {

    /** How many unreadable entities a summary keeps, with their reasons. */
    public static final int KEPT = 20;

    private final EnumMap<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    private final EnumMap<EntityType, Long> unreadable = new EnumMap<>(EntityType.class);
    private final List<UnreadableRecord> firstUnreadable = new ArrayList<>();
    private final EnumMap<PackageKind, Boolean> flags = new EnumMap<>(PackageKind.class);
    private DocumentHeader header;
    private Boolean firstFlag;

    /** Starts with zero counts. */
    public FileSummary() {
        for (EntityType type : EntityType.values()) {
            counts.put(type, 0L);
            unreadable.put(type, 0L);
        }
    }

    @Override
    public void onDocument(DocumentHeader header) {
        this.header = header;
    }

    @Override
    public void onPackage(PackageHeader header) {
        if (header.onlyChanges() != null) {
            flags.putIfAbsent(header.kind(), header.onlyChanges());
            if (firstFlag == null) {
                firstFlag = header.onlyChanges();
            }
        }
    }

    @Override
    public void onScope(Scope scope) {
        if (scope.complete() != null && firstFlag == null) {
            firstFlag = !scope.complete();
        }
    }

    /** Counts a feed product as a product, its variants as offers, and each of its prices and stock rows. */
    @Override
    public void onFeedProduct(FeedProduct product, long line) {
        counts.merge(EntityType.PRODUCT, 1L, Long::sum);
        long prices = product.prices().size();
        long stocks = product.stocks().size();
        for (FeedVariant variant : product.variants()) {
            prices += variant.prices().size();
            stocks += variant.stocks().size();
        }
        counts.merge(EntityType.OFFER, (long) product.variants().size(), Long::sum);
        counts.merge(EntityType.PRICE, prices, Long::sum);
        counts.merge(EntityType.STOCK, stocks, Long::sum);
    }

    @Override
    public void onRecord(CatalogRecord record, long line) {
        counts.merge(record.type(), 1L, Long::sum);
    }

    @Override
    public void onSkipped(EntityType type, String key, String reason, long line) {
        unreadable.merge(type, 1L, Long::sum);
        if (firstUnreadable.size() < KEPT) {
            firstUnreadable.add(new UnreadableRecord(header == null ? null : header.fileName(), line, type, key,
                    reason));
        }
    }

    /** {@return the file's header, or {@code null} before the parser reported it} */
    public DocumentHeader header() {
        return header;
    }

    /** {@return how many records of each kind, every kind present (zeros included), in {@link EntityType} order} */
    public Map<EntityType, Long> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Counts the records of one kind.
     *
     * @param type an entity
     * @return how many records of {@code type} the file holds, 0 when none
     */
    public long count(EntityType type) {
        return counts.get(type);
    }

    /**
     * How many entities of each kind the parser found but could not read, every kind present (zeros included),
     * in {@link EntityType} order. They are not in {@link #counts()}.
     *
     * @return the counts per entity
     */
    public Map<EntityType, Long> unreadable() {
        return Collections.unmodifiableMap(unreadable);
    }

    /** {@return the first {@value #KEPT} entities the parser could not read, in file order, with the reasons} */
    public List<UnreadableRecord> firstUnreadable() {
        return Collections.unmodifiableList(firstUnreadable);
    }

    /** {@return the file's role, judged by what it holds: products make it a catalog whatever else it holds} */
    public FileRole role() {
        if (count(EntityType.PRODUCT) > 0) {
            return FileRole.CATALOG;
        }
        if (count(EntityType.OFFER) > 0) {
            return FileRole.OFFERS;
        }
        if (count(EntityType.PRICE) > 0) {
            return FileRole.PRICES;
        }
        if (count(EntityType.STOCK) > 0) {
            return FileRole.STOCK;
        }
        if (count(EntityType.ORDER) > 0) {
            return FileRole.ORDERS;
        }
        if (count(EntityType.COUNTERPARTY) > 0) {
            return FileRole.COUNTERPARTIES;
        }
        for (EntityType type : new EntityType[] {EntityType.CATEGORY, EntityType.PROPERTY, EntityType.PRICE_TYPE,
                EntityType.UNIT, EntityType.WAREHOUSE}) {
            if (count(type) > 0) {
                return FileRole.CLASSIFIER;
            }
        }
        return FileRole.EMPTY;
    }

    /**
     * Whether the file is a partial package ({@code СодержитТолькоИзменения="true"}): the flag of the package
     * that holds the file's role, else the first flag the file carries.
     *
     * @return the flag, or {@code null} when the file carries none (callers treat that as partial: nothing
     *         may be removed on the strength of a file that does not say it is complete)
     */
    public Boolean partial() {
        PackageKind main = switch (role()) {
            case CATALOG -> PackageKind.CATALOG;
            case OFFERS, PRICES, STOCK -> PackageKind.OFFERS;
            case COUNTERPARTIES -> PackageKind.COUNTERPARTIES;
            case ORDERS -> PackageKind.DOCUMENTS;
            case CLASSIFIER, EMPTY -> PackageKind.CLASSIFIER;
        };
        Boolean flag = flags.get(main);
        return flag != null ? flag : firstFlag;
    }
}
