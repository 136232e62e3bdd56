package org.onecsync.http.internal;

/** One file of an exchange as the server tracks it. Guarded by the {@link Exchange}'s lock. */
final class Upload {

    /**
     * Where the file stands. A zip is {@code APPLYING} while it is unpacked, then {@code UNPACKED}: its files are
     * the exchange's from then on (with the zip's {@link #seq}), its record names the zip they came from.
     */
    enum State { PENDING, APPLYING, APPLIED, FAILED, UNPACKED }

    final String name;
    /** Upload order: a file joins the import of a later-uploaded file; a zip's entries share the zip's. */
    long seq;
    long size;
    boolean zip;
    State state = State.PENDING;
    /** The reply line(s) after {@code success} or {@code failure} once the file is applied or failed. */
    String answer;
    /** Whether the file announces a full package; scanned once, when {@code deactivate} first asks. */
    Boolean full;

    Upload(String name, long seq) {
        this.name = name;
        this.seq = seq;
    }
}
