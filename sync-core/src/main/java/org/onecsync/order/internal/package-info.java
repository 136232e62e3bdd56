/**
 * The JSON form of orders, behind {@link org.onecsync.order.OrderJson}, and the reading of 1C's requisite values,
 * behind {@link org.onecsync.order.StatusDocuments}; not part of the API.
 */
package org.onecsync.order.internal;
