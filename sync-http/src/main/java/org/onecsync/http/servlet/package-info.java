/**
 * The Jakarta Servlet 6 adapter: {@link org.onecsync.http.servlet.ExchangeServlet} mounts a
 * {@link org.onecsync.http.CatalogExchangeHandler} at any path of any servlet container, and
 * {@link org.onecsync.http.servlet.ApiServlet} mounts a {@link org.onecsync.http.SyncApiHandler} (JSON pushes and
 * multipart uploads).
 */
package org.onecsync.http.servlet;
