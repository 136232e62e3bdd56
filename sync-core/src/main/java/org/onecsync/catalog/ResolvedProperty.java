package org.onecsync.catalog;

import java.util.Objects;

/**
 * A property value of a product or offer, with the property's name and dictionary values resolved to text.
 *
 * @param propertyId the property's id
 * @param propertyName the property's name, or {@code null} when the property is not stored
 * @param value the value as text: a dictionary value's text when the property is a dictionary and the value
 *              names one of its entries, else the value as 1C wrote it
 * @param rawValue the value as 1C wrote it (a dictionary entry's id for dictionaries)
 */
public record ResolvedProperty(String propertyId, String propertyName, String value, String rawValue) {

    /**
     * Creates a resolved property value.
     *
     * @param propertyId the property's id
     * @param propertyName the property's name, or {@code null} when the property is not stored
     * @param value the value as text, a dictionary entry resolved to its text
     * @param rawValue the value as 1C wrote it (a dictionary entry's id for dictionaries)
     * @throws NullPointerException if {@code propertyId} is {@code null}
     */
    public ResolvedProperty {
        Objects.requireNonNull(propertyId, "propertyId");
    }
}
