/**
 * The order writer's JAXB document model ({@code Документ} and its parts, as 1C reads them) and the mapping from
 * the shop's {@link org.onecsync.model.Order} records to it. Not API.
 */
package org.onecsync.commerceml.internal.order;
