package org.onecsync.model;

/**
 * A product's or offer's base unit as the file writes it: 3.1 refers to a classifier unit by code
 * ({@code <БазоваяЕдиница>796 </БазоваяЕдиница>}); 2.x describes it inline
 * ({@code <БазоваяЕдиница Код="796" НаименованиеПолное="Штука">шт</БазоваяЕдиница>}).
 *
 * @param code the unit code, trimmed, or {@code null}
 * @param name the short name written inline (2.x), or {@code null}
 * @param fullName the full name written inline (2.x), or {@code null}
 * @param internationalAbbreviation the international abbreviation written inline (2.x), or {@code null}
 */
public record UnitRef(String code, String name, String fullName, String internationalAbbreviation) {
}
