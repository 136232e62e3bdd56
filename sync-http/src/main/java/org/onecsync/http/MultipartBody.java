package org.onecsync.http;

import java.io.IOException;

/**
 * The parts of a {@code multipart/form-data} body, parsed by the web framework only when the handler asks, so a
 * request refused for its key is never read.
 */
@FunctionalInterface
public interface MultipartBody {

    /**
     * The part of a name.
     *
     * @param name the part's name ({@code file})
     * @return the part, or {@code null} when the body has none of that name
     * @throws BodyTooLargeException if the body is over the framework's multipart limits
     * @throws IOException if the body cannot be read or is not valid multipart
     */
    UploadedPart part(String name) throws IOException;
}
