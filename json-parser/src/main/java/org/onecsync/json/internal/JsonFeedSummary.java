package org.onecsync.json.internal;

/**
 * What a feed says about itself, known once the whole body is read (1C may send {@code token} or
 * {@code mode} after {@code products}).
 *
 * @param token the {@code token} of the body, or {@code null}; a credential, so {@link #toString()} hides it
 * @param full whether {@code "mode":"full"} declares the products the complete list
 * @param syncId the {@code sync_id} for idempotent retries, or {@code null}
 * @param products how many products were delivered
 * @param problems how many products were skipped
 */
record JsonFeedSummary(String token, boolean full, String syncId, int products, int problems) {

    @Override
    public String toString() {
        // The token authenticates the sender: never let it reach a log through a record's toString.
        return "JsonFeedSummary[token=" + (token == null ? "null" : "***") + ", full=" + full
                + ", syncId=" + syncId + ", products=" + products + ", problems=" + problems + "]";
    }
}
