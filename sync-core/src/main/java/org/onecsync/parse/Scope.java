package org.onecsync.parse;

import java.util.Objects;

/**
 * What a parser says about the records that follow it in a file: whether they are the complete set of their
 * kind (so what is stored and not among them may be gone) or only changes. CommerceML announces one scope per
 * package ({@code СодержитТолькоИзменения}); a feed announces one for its products ({@code full=true},
 * {@code "mode": "full"}).
 *
 * <p>A scope covers the records after it until the next scope of the file. Records read before a file's first
 * scope, and those of a scope that does not say ({@code complete == null}), take the file's flag: the flag of the
 * package that holds the file's role, else the first scope that says. Only an entity whose every record of an
 * import came under a complete scope counts as complete; a partial classifier inside a full catalog file does
 * not make the categories complete.
 *
 * @param name a short name for messages ({@code classifier}, {@code catalog}, {@code offers},
 *             {@code counterparties}, {@code products})
 * @param complete {@code true} for the complete set, {@code false} for changes only, {@code null} when the file
 *                 does not say
 * @param line the line on which the scope starts
 */
public record Scope(String name, Boolean complete, long line) {

    /**
     * @param name see the record's components
     * @param complete see the record's components
     * @param line see the record's components
     * @throws NullPointerException if {@code name} is {@code null}
     */
    public Scope {
        Objects.requireNonNull(name, "name");
    }

    /**
     * A scope whose records are the complete set.
     *
     * @param name a short name
     * @param line where it starts
     * @return the scope
     */
    public static Scope complete(String name, long line) {
        return new Scope(name, Boolean.TRUE, line);
    }

    /**
     * A scope whose records are only changes: nothing may be removed on their strength.
     *
     * @param name a short name
     * @param line where it starts
     * @return the scope
     */
    public static Scope changes(String name, long line) {
        return new Scope(name, Boolean.FALSE, line);
    }
}
