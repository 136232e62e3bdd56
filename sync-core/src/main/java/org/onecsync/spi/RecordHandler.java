package org.onecsync.spi;

import org.onecsync.feed.FeedProduct;
import org.onecsync.model.CatalogRecord;
import org.onecsync.model.EntityType;
import org.onecsync.parse.DocumentHeader;
import org.onecsync.parse.PackageHeader;
import org.onecsync.parse.Scope;

/**
 * Receives what a parser reads, in document order. Records arrive one at a time and are not retained by the
 * parser, so a handler that keeps them decides how much memory an import uses.
 */
@FunctionalInterface
public interface RecordHandler {

    /**
     * Called once, before anything else, with what the file's root says.
     *
     * @param header the file's format and version
     */
    default void onDocument(DocumentHeader header) {
    }

    /**
     * Called when a package (classifier, catalog, offers, counterparties) begins.
     *
     * @param header its kind, id and partial/full flag
     */
    default void onPackage(PackageHeader header) {
    }

    /**
     * Called when a scope begins: the records that follow are the complete set of their kind, or only changes.
     * See {@link Scope} for how scopes combine.
     *
     * @param scope the scope
     */
    default void onScope(Scope scope) {
    }

    /**
     * Called for every product of a CSV or JSON feed. A feed names things (a SKU, a category path, a price type,
     * a warehouse) where CommerceML gives ids; the engine matches them to stored records. Handlers that do not
     * apply feeds may ignore it.
     *
     * @param product the product with its variants, prices and stock
     * @param line the line of the file on which it starts
     */
    default void onFeedProduct(FeedProduct product, long line) {
    }

    /**
     * Called for every record.
     *
     * @param record the record
     * @param line the line of the file on which the record starts
     */
    void onRecord(CatalogRecord record, long line);

    /**
     * Called for an entity the parser could not turn into a record (no id, an amount that is not a number, …).
     * The file is otherwise fine, so parsing goes on.
     *
     * @param type the kind of entity
     * @param key its key as far as it could be read, or {@code null}
     * @param reason why it was skipped, for a person
     * @param line the line on which the entity starts
     */
    default void onSkipped(EntityType type, String key, String reason, long line) {
    }
}
