/**
 * The shop's orders going to 1C and 1C's status updates coming back ({@code type=sale}).
 *
 * <p>The shop supplies its orders through an {@link org.onecsync.order.OrderSource} as {@link org.onecsync.order.Order}
 * records; 1C's status documents reach it through an {@link org.onecsync.order.OrderSink} as
 * {@link org.onecsync.order.OrderStatusUpdate} records. A shop without an order table of its own can keep its orders in
 * the store's order book ({@link org.onecsync.store.OrderBook}), which is both. {@link org.onecsync.order.OrderJson}
 * reads and writes orders as JSON.
 */
package org.onecsync.order;
