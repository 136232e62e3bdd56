package org.onecsync.model;

import java.util.List;

/**
 * A property ({@code Свойство}) of products or offers.
 *
 * @param id the property id: usually a GUID, but not always ({@code Бренд}, {@code CML2_ACTIVE})
 * @param name its name
 * @param valueType {@code ТипЗначений} as written ({@code Справочник}, {@code Строка}, {@code Число}, …), or {@code null}
 * @param values the dictionary values, empty unless the property is a dictionary
 * @param deleted whether 1C marked it for deletion
 */
public record Property(String id, String name, String valueType, List<DictionaryValue> values, boolean deleted)
        implements CatalogRecord {

    /**
     * Creates a property, keeping a copy of its dictionary values so that the record stays immutable.
     *
     * @param id the property id
     * @param name its name
     * @param valueType {@code ТипЗначений} as written, or {@code null}
     * @param values the dictionary values, empty unless the property is a dictionary
     * @param deleted whether 1C marked it for deletion
     */
    public Property {
        values = List.copyOf(values);
    }

    @Override
    public EntityType type() {
        return EntityType.PROPERTY;
    }

    @Override
    public String key() {
        return id;
    }
}
