/**
 * The order writer's JAXB document model ({@code Документ} and its parts, as 1C reads them), the mapping from
 * {@link org.onecsync.model.Order} records to it, and the mapping between the shop's {@link org.onecsync.order.Order}
 * and those records both ways. Not API.
 */
package org.onecsync.commerceml.internal.order;
