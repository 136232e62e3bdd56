package org.onecsync.model;

import java.util.Objects;

/**
 * The key of a record identified by one 1C id: units, warehouses, price types, categories, properties,
 * products and counterparties.
 *
 * @param value the id, never {@code null} (a unit may have the empty id)
 */
public record EntityId(String value) implements RecordKey {

    /**
     * Creates the key of a record identified by one 1C id.
     *
     * @param value the id (a unit may have the empty id)
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public EntityId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String text() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
