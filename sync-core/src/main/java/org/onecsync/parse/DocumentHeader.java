package org.onecsync.parse;

/**
 * What a file says about itself.
 *
 * @param fileName the file's path within the export
 * @param format the format's short name ({@code commerceml})
 * @param version the format version as written ({@code 2.04}, {@code 3.1}), or {@code null}
 * @param encoding the character encoding the file was read with ({@code UTF-8}, {@code windows-1251})
 */
public record DocumentHeader(String fileName, String format, String version, String encoding) {
}
