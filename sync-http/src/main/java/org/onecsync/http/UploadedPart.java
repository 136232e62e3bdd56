package org.onecsync.http;

import java.io.InputStream;

/**
 * One part of a {@code multipart/form-data} body, as {@link SyncApiHandler#upload} reads it.
 *
 * @param filename the file name the client declared, or {@code null}; only a hint for format detection, never a
 *        path on this server
 * @param contentType the part's content type, or {@code null}; only a hint
 * @param content the part's bytes, read once by the handler
 */
public record UploadedPart(String filename, String contentType, InputStream content) {

    /**
     * Checks the content.
     *
     * @param filename the declared file name, or {@code null}
     * @param contentType the declared content type, or {@code null}
     * @param content the bytes
     * @throws NullPointerException if {@code content} is {@code null}
     */
    public UploadedPart {
        java.util.Objects.requireNonNull(content, "content");
    }
}
