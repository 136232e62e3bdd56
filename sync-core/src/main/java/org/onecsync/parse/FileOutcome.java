package org.onecsync.parse;

/**
 * What became of one file of an export.
 *
 * @param path the file's path within the export
 * @param format the format it was read as, or {@code null} when it was skipped
 * @param skipReason why it was skipped ({@code an image (JPEG)}), or {@code null} when it was read
 */
public record FileOutcome(String path, String format, String skipReason) {

    /** {@return whether a parser read the file ({@code false} when it was skipped)} */
    public boolean parsed() {
        return format != null;
    }
}
