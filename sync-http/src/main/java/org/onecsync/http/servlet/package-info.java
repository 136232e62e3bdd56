/**
 * The Jakarta Servlet 6 adapter: {@link org.onecsync.http.servlet.ExchangeServlet} mounts a
 * {@link org.onecsync.http.CatalogExchangeHandler} at any path of any servlet container.
 */
package org.onecsync.http.servlet;
