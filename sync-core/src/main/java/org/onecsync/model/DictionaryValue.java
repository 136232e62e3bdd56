package org.onecsync.model;

/**
 * One value of a dictionary property ({@code ВариантыЗначений/Справочник}).
 *
 * @param id the value id ({@code ИдЗначения}) that products refer to
 * @param value the text shown to people
 */
public record DictionaryValue(String id, String value) {
}
