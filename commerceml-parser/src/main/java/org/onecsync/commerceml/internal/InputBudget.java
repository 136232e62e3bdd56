package org.onecsync.commerceml.internal;

import java.io.IOException;
import java.util.Locale;

/**
 * Bounds how much input the StAX parser may read for one event, so that a huge text node or tag is refused
 * before the parser has buffered more than that: Aalto has no limits of its own, and holds every text node and
 * every tag with its attributes whole.
 *
 * <p>The {@link Cursor} opens a new budget before each move of the parser; the input streams below the parser
 * charge every byte or character they deliver. One move reads one event: the rest of the previous one if it
 * was left unread, then the new one, and at most one buffer ahead. So reading more than the limit plus a
 * buffer in one move means a construct longer than the limit. Charging costs one addition per read, not a
 * look at every byte, which keeps the parser's speed.
 */
final class InputBudget {

    /** A refusal; the parser's position tells where the construct starts. */
    static final class Refusal extends IOException {

        private final long line;
        private final long column;

        Refusal(String problem) {
            this(-1, -1, problem);
        }

        Refusal(long line, long column, String problem) {
            super(problem);
            this.line = line;
            this.column = column;
        }

        /** The line, or -1 when the parser's position is the place to report. */
        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    /** More than the parser ever reads ahead in one go (Aalto's buffers hold 4,000 bytes or characters). */
    static final int SLACK = 64 * 1024;

    private final long allowed;
    private final String problem;
    private long spent;

    /**
     * @param maxTextSize the most bytes (UTF-8) or characters (other encodings) one construct may take
     */
    InputBudget(int maxTextSize) {
        this((long) maxTextSize + SLACK, "a text node, tag or comment longer than " + size(maxTextSize) + " starts "
                + "here (the limit on one text node or tag with its attributes, to keep memory bounded)");
    }

    private InputBudget(long allowed, String problem) {
        this.allowed = allowed;
        this.problem = problem;
    }

    /** A budget that is never spent: for walks of the parser that do not go through a {@link Cursor}. */
    static InputBudget unlimited() {
        return new InputBudget(Long.MAX_VALUE, "");
    }

    /** A new budget, for the parser's next move. */
    void renew() {
        spent = 0;
    }

    /**
     * Charges what the parser has just read.
     *
     * @param n bytes or characters
     * @throws Refusal if one move has now read more than the limit allows
     */
    void charge(int n) throws Refusal {
        spent += n;
        if (spent > allowed) {
            throw new Refusal(problem);
        }
    }

    /** {@code 16 MiB}, or the exact number when it is not a whole number of MiB. */
    static String size(int units) {
        int mib = 1024 * 1024;
        return units % mib == 0 ? units / mib + " MiB" : String.format(Locale.ROOT, "%,d bytes", units);
    }
}
