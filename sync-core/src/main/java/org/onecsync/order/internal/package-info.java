/** The JSON form of orders, behind {@link org.onecsync.order.OrderJson}; not part of the API. */
package org.onecsync.order.internal;
