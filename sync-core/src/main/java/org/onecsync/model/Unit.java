package org.onecsync.model;

/**
 * A unit of measure from a classifier's {@code ЕдиницыИзмерения}.
 *
 * @param id the unit's id, trimmed; when blank the code stands in, and when both are blank it is the empty string
 * @param code the OKEI code, trimmed ({@code "796"})
 * @param shortName {@code НаименованиеКраткое} ({@code шт})
 * @param fullName {@code НаименованиеПолное}, trimmed
 * @param internationalAbbreviation {@code МеждународноеСокращение} ({@code PCE})
 * @param deleted whether 1C marked it for deletion
 */
public record Unit(String id, String code, String shortName, String fullName, String internationalAbbreviation,
                   boolean deleted) implements CatalogRecord {

    @Override
    public EntityType type() {
        return EntityType.UNIT;
    }

    @Override
    public String key() {
        return id;
    }
}
