package org.onecsync.parse;

/**
 * The start of a package within a file.
 *
 * @param kind which section
 * @param id the package id as written ({@code Ид}; may carry a {@code #}), or {@code null}
 * @param onlyChanges {@code СодержитТолькоИзменения}: {@code true} for a partial package, {@code false} for a
 *                    full one, {@code null} when the file does not say
 * @param line the line on which the package starts
 */
public record PackageHeader(PackageKind kind, String id, Boolean onlyChanges, long line) {
}
