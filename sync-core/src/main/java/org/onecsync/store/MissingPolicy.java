package org.onecsync.store;

/**
 * What a full package does to stored records it no longer contains. A partial package never removes
 * anything, whatever the policy.
 */
public enum MissingPolicy {
    /** Leave them as they are (the default). */
    KEEP,
    /** Mark them inactive; they stay in the store and come back when 1C sends them again. */
    DEACTIVATE,
    /** Delete them from the store. */
    DELETE
}
