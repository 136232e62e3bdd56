package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.onecsync.feed.FeedProduct;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.Product;
import org.onecsync.model.RecordKey;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.Problem;
import org.onecsync.store.SkuOwner;
import org.onecsync.sync.ImportKind;

/**
 * Turns feed products into the records CommerceML would have sent, batch by batch, and hands them to the
 * {@link Applier}: finds each product by its external id, else by SKU among the stored products; merges what
 * the feed carries into the stored product; finds or creates the price types, warehouses and categories it
 * names ({@link FeedReferences}). Runs where the applier runs, one batch of SKU look-ups per batch of products.
 */
final class FeedResolver {

    private static final int MAX_NAMED = 5;

    private final ImportTransaction transaction;
    private final Applier applier;
    private final ImportKind kind;
    private final Problems problems;
    private final FeedReferences references;
    private final int batchSize;
    private final List<FeedItem> items = new ArrayList<>();
    private final Set<String> keeps = new LinkedHashSet<>();

    FeedResolver(ImportTransaction transaction, Applier applier, ImportKind kind, Problems problems,
                 FeedReferences references, int batchSize) {
        this.transaction = transaction;
        this.applier = applier;
        this.kind = kind;
        this.problems = problems;
        this.references = references;
        this.batchSize = batchSize;
    }

    /** Whether an import of this kind applies anything a feed carries. */
    static boolean applies(ImportKind kind) {
        return kind.includes(EntityType.PRODUCT) || kind.includes(EntityType.PRICE)
                || kind.includes(EntityType.STOCK);
    }

    /**
     * Takes a feed product or the SKU of a skipped one; resolves a batch when one is full.
     *
     * @param item a {@link FeedItem} or a {@link FeedKeep}
     */
    void add(Object item) {
        if (item instanceof FeedItem feed) {
            items.add(feed);
        } else {
            keeps.add(((FeedKeep) item).sku());
        }
        if (items.size() + keeps.size() >= batchSize) {
            flush();
        }
    }

    /** Resolves and hands on what is buffered. */
    void flush() {
        if (items.isEmpty() && keeps.isEmpty()) {
            return;
        }
        applier.flushPending();
        Set<String> skus = new LinkedHashSet<>(keeps);
        for (FeedItem item : items) {
            if (blank(item.product().externalId())) {
                skus.add(item.product().sku());
            }
        }
        Map<String, List<SkuOwner>> owners = skus.isEmpty() ? Map.of() : transaction.productsBySku(skus);
        for (String sku : keeps) {
            for (SkuOwner owner : owners.getOrDefault(sku, List.of())) {
                applier.keep(new EntityId(owner.productId()));
            }
        }
        List<String> ids = new ArrayList<>(items.size());
        Set<RecordKey> wanted = new LinkedHashSet<>();
        for (FeedItem item : items) {
            String id = productId(item, owners);
            ids.add(id);
            if (id != null) {
                wanted.add(new EntityId(id));
            }
        }
        Map<RecordKey, CatalogRecord> stored = wanted.isEmpty() ? Map.of()
                : transaction.records(EntityType.PRODUCT, wanted);
        Map<String, Product> byId = new HashMap<>();
        stored.forEach((key, record) -> byId.put(((EntityId) key).value(), (Product) record));
        for (int i = 0; i < items.size(); i++) {
            if (ids.get(i) != null) {
                apply(items.get(i), ids.get(i), byId.get(ids.get(i)));
            }
        }
        items.clear();
        keeps.clear();
    }

    /** The product's id, or {@code null} (with a problem reported) when its SKU cannot be told apart. */
    private String productId(FeedItem item, Map<String, List<SkuOwner>> owners) {
        FeedProduct product = item.product();
        if (!blank(product.externalId())) {
            return product.externalId().strip();
        }
        String derived = FeedNames.productId(product.sku());
        List<SkuOwner> found = owners.getOrDefault(product.sku(), List.of());
        List<SkuOwner> active = found.stream().filter(SkuOwner::active).toList();
        if (active.size() == 1) {
            return active.get(0).productId();
        }
        if (active.size() > 1) {
            for (SkuOwner owner : active) {
                applier.keep(new EntityId(owner.productId()));
            }
            problems.add(new Problem(EntityType.PRODUCT, product.sku(), item.file(), item.line(), "SKU "
                    + product.sku() + " is shared by " + active.size() + " active products ("
                    + String.join(", ", active.stream().limit(MAX_NAMED).map(SkuOwner::productId).toList())
                    + (active.size() > MAX_NAMED ? ", …" : "") + "); send external_id to choose one"));
            return null;
        }
        if (found.stream().anyMatch(o -> o.productId().equals(derived)) || found.size() != 1) {
            return derived;
        }
        return found.get(0).productId();
    }

    private void apply(FeedItem item, String id, Product stored) {
        // Price types, warehouses and categories go straight on: later products may use them too.
        Consumer<CatalogRecord> emit = reference -> {
            if (kind.includes(reference.type())) {
                applier.add(reference, item.file(), item.line());
            }
        };
        List<CatalogRecord> records;
        try {
            records = FeedRecords.of(item.product(), id, stored, references, emit);
        } catch (FeedRecords.Refused e) {
            problems.add(new Problem(EntityType.PRODUCT, key(item.product()), item.file(), item.line(),
                    e.getMessage()));
            return;
        }
        for (CatalogRecord record : records) {
            String invalid = Validation.problem(record);
            if (invalid != null) {
                problems.add(new Problem(EntityType.PRODUCT, key(item.product()), item.file(), item.line(),
                        record.type().jsonName() + " " + record.key() + ": " + invalid));
                return;
            }
        }
        for (CatalogRecord record : records) {
            if (kind.includes(record.type())) {
                applier.add(record, item.file(), item.line());
            }
        }
    }

    private static String key(FeedProduct product) {
        return blank(product.sku()) ? product.externalId() : product.sku();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
