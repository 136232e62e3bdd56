package org.onecsync.sync.internal;

import java.util.ArrayList;
import java.util.List;
import org.onecsync.SyncException;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.model.Order;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.order.StatusDocuments;
import org.onecsync.store.ChangeKind;
import org.onecsync.store.EntityCounts;
import org.onecsync.store.ImportTransaction;
import org.onecsync.store.Problem;
import org.onecsync.sync.ImportKind;
import org.onecsync.sync.ImportOptions;

/**
 * 1C's status documents of one import: mapped as they are read, handed to the {@link OrderSink} only once the
 * whole export was read without error (so a truncated file changes nothing, even through a shop's own sink that
 * has no transaction), in document order. A document that is not a status update, or whose order the sink does not
 * know, is a skipped record with the reason; each applied update is an {@link ChangeKind#UPDATED} change of the
 * order it matched. Only the mapped updates are kept, which status files keep small.
 */
final class StatusUpdates {

    private final OrderSink sink;
    private final boolean ownSink;
    private final List<Pending> pending = new ArrayList<>();
    private long applied;

    /**
     * @param sink where the updates go
     * @param ownSink whether it is the shop's own (its failures are the caller's, as a listener's are)
     */
    StatusUpdates(OrderSink sink, boolean ownSink) {
        this.sink = sink;
        this.ownSink = ownSink;
    }

    /**
     * The status documents of an import that applies them: one of kind {@code all}, through the shop's own sink
     * (not in a dry run) or else the store's.
     *
     * @param options the import's options
     * @param transaction the import's transaction
     * @param ignored what {@link #ignored} says for them
     * @return where its status documents go, or {@code null} when it ignores them
     */
    static StatusUpdates of(ImportOptions options, ImportTransaction transaction, String ignored) {
        if (ignored != null || options.dryRun() && options.orderSink() != null) {
            return null;
        }
        return options.orderSink() != null ? new StatusUpdates(options.orderSink(), true)
                : new StatusUpdates(transaction.orderSink().orElseThrow(), false);
    }

    /**
     * @param options the import's options
     * @param transaction the import's transaction
     * @return why the import ignores order documents, for a person, or {@code null} when it applies them (or, as a
     *         dry run with the shop's own sink, would apply them: such a run counts them as ignored, but a status
     *         file is still an exchange it can plan)
     */
    static String ignored(ImportOptions options, ImportTransaction transaction) {
        if (options.kind() != ImportKind.ALL) {
            return "an import of " + options.kind().jsonName() + " does not apply orders";
        }
        if (options.orderSink() != null) {
            return null;
        }
        return transaction.orderSink().isPresent() ? null
                : "orders are not imported: the store keeps no order book and no order sink was given";
    }

    /**
     * Maps one document as it is read.
     *
     * @param document the order document
     * @param file its file
     * @param line its line
     */
    void add(Order document, String file, long line) {
        pending.add(new Pending(document, StatusDocuments.map(document), file, line));
    }

    /** {@return whether any order document was read} */
    boolean any() {
        return !pending.isEmpty();
    }

    /**
     * Delivers the updates in document order, records the applied ones in the change feed after the import's other
     * changes, and reports the others as problems.
     *
     * @param applier the import's applier, which records the applied updates in its feed and tells its listener
     * @param problems where skipped documents go
     * @param checkpoint run before every update; throws to stop (a cancelled import)
     */
    void deliver(Applier applier, Problems problems, Runnable checkpoint) {
        List<Applier.Planned> changes = new ArrayList<>();
        for (Pending document : pending) {
            checkpoint.run();
            String reason = document.mapping().skipReason();
            OrderStatusUpdate update = document.mapping().update();
            if (reason == null) {
                OrderSink.Result result = apply(update, document);
                if (result.applied()) {
                    applied++;
                    changes.add(new Applier.Planned(new EntityId(matched(result, update)), ChangeKind.UPDATED,
                            document.document(), null));
                    continue;
                }
                reason = result.reason();
            }
            problems.add(new Problem(EntityType.ORDER, document.key(), document.file(), document.line(),
                    "order document " + document.name() + ": " + reason));
        }
        applier.announce(EntityType.ORDER, changes);
    }

    /** {@return the counts of the orders: applied ones as updated, skipped ones added by the caller} */
    EntityCounts counts() {
        return new EntityCounts(0, applied, 0, 0, 0);
    }

    private OrderSink.Result apply(OrderStatusUpdate update, Pending document) {
        OrderSink.Result result;
        try {
            result = sink.apply(update);
        } catch (RuntimeException e) {
            if (!ownSink || e instanceof SyncException) {
                throw e;
            }
            throw new SyncException(SyncException.Kind.LISTENER, "the order sink failed on order document "
                    + document.name() + ": " + e, e);
        }
        if (result == null) {
            throw new SyncException(SyncException.Kind.LISTENER, "the order sink returned no result for order"
                    + " document " + document.name());
        }
        return result;
    }

    /** The order the update matched, as the sink says, else as the update names it. */
    private static String matched(OrderSink.Result result, OrderStatusUpdate update) {
        if (result.orderId() != null) {
            return result.orderId();
        }
        return update.orderId() != null ? update.orderId() : update.orderNumber();
    }

    /** A document as read, with what it maps to. */
    private record Pending(Order document, StatusDocuments.Mapping mapping, String file, long line) {

        String key() {
            return document.id() != null ? document.id() : document.number();
        }

        /** {@code 92}, or {@code id "a-92"} for a document without a number. */
        String name() {
            return document.number() != null && !document.number().isBlank() ? document.number()
                    : "id \"" + document.id() + "\"";
        }
    }
}
