/**
 * Receives what 1C pushes over HTTP, independent of any web framework: a {@link org.onecsync.http.Request} goes in,
 * a {@link org.onecsync.http.Response} comes out.
 *
 * <p>{@link org.onecsync.http.CatalogExchangeHandler} answers 1C's "exchange with site" catalog protocol
 * ({@code type=catalog}); {@link org.onecsync.http.servlet.ExchangeServlet} mounts it in any Jakarta Servlet 6
 * container.
 *
 * <p>{@link org.onecsync.http.SyncApiHandler} answers the JSON sync API ({@code POST /api/1c/sync}) and uploads
 * ({@code POST /api/1c/upload}) with JSON answers; {@link org.onecsync.http.servlet.ApiServlet} mounts it.
 */
package org.onecsync.http;
