package org.onecsync.benchmarks;

import org.onecsync.feed.FeedProduct;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.spi.RecordHandler;

/** Counts what a parse delivers, so a benchmark can say what it read and check that nothing was lost. */
final class CountingHandler implements RecordHandler {

    private long records;
    private long feedProducts;
    private long skipped;

    @Override
    public void onRecord(CatalogRecord record, long line) {
        records++;
    }

    @Override
    public void onFeedProduct(FeedProduct product, long line) {
        feedProducts++;
    }

    @Override
    public void onSkipped(EntityType type, String key, String reason, long line) {
        skipped++;
    }

    long records() {
        return records;
    }

    long feedProducts() {
        return feedProducts;
    }

    long skipped() {
        return skipped;
    }
}
