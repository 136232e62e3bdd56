package org.onecsync.parse;

import org.onecsync.SyncException;

/**
 * A file could not be read: it is malformed, truncated, in an unknown encoding, or uses a feature that is
 * refused for safety (DTDs, external entities). The message is one line naming the file, line and column.
 */
public class ParseException extends SyncException {

    /** The file's path within the export. */
    private final String fileName;
    /** The line of the problem, or {@code -1} when unknown. */
    private final long line;
    /** The column of the problem, or {@code -1} when unknown. */
    private final long column;
    /** What is wrong, without the location. */
    private final String problem;

    /**
     * Creates an exception whose message names the file and, where known, the line and column.
     *
     * @param fileName the file's path within the export
     * @param line the line of the problem, or {@code -1} when unknown
     * @param column the column of the problem, or {@code -1} when unknown
     * @param problem what is wrong, for a person
     * @param cause the underlying failure, or {@code null}
     */
    public ParseException(String fileName, long line, long column, String problem, Throwable cause) {
        super(Kind.BAD_INPUT, format(fileName, line, column, problem), cause);
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String fileName, long line, long column, String problem) {
        StringBuilder sb = new StringBuilder(fileName);
        if (line > 0) {
            sb.append(", line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    /** {@return the path, within the export, of the file that could not be read} */
    public String fileName() {
        return fileName;
    }

    /** {@return the line of the problem, or {@code -1} when unknown} */
    public long line() {
        return line;
    }

    /** {@return the column of the problem, or {@code -1} when unknown} */
    public long column() {
        return column;
    }

    /** {@return what is wrong, without the file, line and column the message starts with} */
    public String problem() {
        return problem;
    }
}
