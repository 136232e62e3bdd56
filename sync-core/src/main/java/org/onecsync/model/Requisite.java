package org.onecsync.model;

/**
 * A free-form attribute ({@code ЗначениеРеквизита}): name and value as written.
 *
 * @param name the requisite's name ({@code ВидНоменклатуры}, {@code Полное наименование}, …)
 * @param value its value, or {@code null} when empty
 */
public record Requisite(String name, String value) {
}
