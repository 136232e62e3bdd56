package org.onecsync.order;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Receives 1C's status updates of the shop's orders ({@code type=sale&mode=file}/{@code import}). The shop
 * implements it over its own tables; a store's import transaction offers one over its order book
 * ({@link org.onecsync.store.ImportTransaction#orderSink()}).
 *
 * <p>Contract: the server calls {@link #apply} once per status document of a file, in document order, one at a time,
 * all of a file inside one import (one session): with the store's sink, inside the import's database transaction,
 * so that the updates and the session commit together. An update whose order the sink does not know is
 * {@linkplain Result#skipped skipped} with a reason, not thrown: the server counts it as a skipped record and goes
 * on. A sink that throws fails the file's import, and the store's sink then applies none of the file's updates.
 */
@FunctionalInterface
public interface OrderSink {

    /**
     * Delivers one update.
     *
     * @param update what 1C says about an order
     * @return {@link Result#APPLIED}, or {@link Result#skipped} with the reason (an unknown order)
     */
    Result apply(OrderStatusUpdate update);

    /**
     * What became of an update.
     *
     * @param applied whether the sink applied it
     * @param reason why it was skipped, for a person; {@code null} when applied
     * @param orderId the id of the order an applied update matched, when the sink says (the change feed records it
     *        under this key; without it, under the update's id, else its number); {@code null} when skipped
     */
    record Result(boolean applied, String reason, String orderId) {

        /** The result of an applied update, without saying which order it matched. */
        public static final Result APPLIED = new Result(true, null, null);

        /**
         * Checks that a skip has a reason and an applied update none, and that a skip names no order.
         *
         * @param applied whether it was applied
         * @param reason the reason of a skip
         * @param orderId the order an applied update matched, or {@code null}
         */
        public Result {
            if (applied != (reason == null)) {
                throw new IllegalArgumentException("a skipped update needs a reason, an applied one has none");
            }
            if (!applied && orderId != null) {
                throw new IllegalArgumentException("a skipped update matched no order");
            }
        }

        /**
         * @param orderId the id of the order the update matched
         * @return the result of an update applied to that order
         */
        public static Result applied(String orderId) {
            return new Result(true, null, Objects.requireNonNull(orderId, "orderId"));
        }

        /**
         * @param reason why the update was skipped, e.g. {@code no order with number 17 or id "a-17"}
         * @return the result of a skipped update
         */
        public static Result skipped(String reason) {
            return new Result(false, Objects.requireNonNull(reason, "reason"), null);
        }

        /**
         * @param update an update whose order the sink does not know
         * @return a skip saying so: {@code no order with number "17" or id "a-17"}
         */
        public static Result unknownOrder(OrderStatusUpdate update) {
            List<String> keys = new ArrayList<>(2);
            if (update.orderNumber() != null) {
                keys.add("number \"" + update.orderNumber() + "\"");
            }
            if (update.orderId() != null) {
                keys.add("id \"" + update.orderId() + "\"");
            }
            return skipped("no order with " + String.join(" or ", keys));
        }
    }
}
