package org.onecsync.jdbi.internal;

import org.onecsync.store.MissingPolicy;

/**
 * Stored rows of a complete entity that the import does not apply: not staged, or dropped by resolve (as
 * the in-memory store sees it, a dropped row has left the staging area).
 */
final class Missing {

    private Missing() {
    }

    /** The condition on {@code onecsync_entity e} for the rows the policy removes; binds {@code :entity}. */
    static String where(MissingPolicy policy) {
        String activeOnly = policy == MissingPolicy.DEACTIVATE ? " AND e.active" : "";
        return "e.entity = :entity" + activeOnly
                + " AND NOT EXISTS (SELECT 1 FROM onecsync_stage s"
                + " WHERE s.key = e.key AND s.entity = e.entity AND s.dropped IS NULL)";
    }
}
