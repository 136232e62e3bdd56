package org.onecsync.http.servlet;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.onecsync.http.ApiSettings;
import org.onecsync.http.BodyTooLargeException;
import org.onecsync.http.MultipartBody;
import org.onecsync.http.Request;
import org.onecsync.http.SyncApiHandler;
import org.onecsync.http.UploadedPart;

/**
 * Serves the JSON sync API and the upload endpoint of a {@link SyncApiHandler}: mapped as {@code /api/1c/*}, it
 * answers {@code /api/1c/sync} and {@code /api/1c/upload} (with or without a trailing {@code /}); any other path
 * under it gets 404.
 *
 * <p>Uploads use the container's multipart support, which needs a multipart configuration on the registration;
 * {@link #multipartConfig(ApiSettings)} gives one with the handler's size limit and a folder under its temp folder:
 *
 * <pre>{@code
 * ServletHolder holder = new ServletHolder(new ApiServlet(handler));
 * holder.getRegistration().setMultipartConfig(ApiServlet.multipartConfig(handler.settings()));
 * context.addServlet(holder, "/api/1c/*");
 * }</pre>
 */
public class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Parts up to this size stay in memory; larger ones go to the multipart folder. */
    private static final int IN_MEMORY_PART = 64 * 1024;

    /** Not serializable: a servlet container that serializes servlets must construct a fresh one. */
    private final transient SyncApiHandler handler;

    /**
     * @param handler answers the requests
     */
    public ApiServlet(SyncApiHandler handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /**
     * The multipart configuration uploads need: parts and requests up to {@link ApiSettings#bodyLimit()}, larger
     * parts spooled to {@code multipart} under {@link ApiSettings#tempDir()} (created here).
     *
     * @param settings the handler's settings
     * @return the configuration, for the servlet's registration
     * @throws UncheckedIOException if the folder cannot be created
     */
    public static MultipartConfigElement multipartConfig(ApiSettings settings) {
        Path location = settings.tempDir().resolve("multipart");
        try {
            Files.createDirectories(location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MultipartConfigElement(location.toAbsolutePath().toString(), settings.bodyLimit(),
                settings.bodyLimit(), IN_MEMORY_PART);
    }

    /**
     * Dispatches by path: {@code …/sync} to {@link SyncApiHandler#sync}, {@code …/upload} to
     * {@link SyncApiHandler#upload}; the handler answers the method, key and size checks.
     *
     * @param req the request
     * @param resp the response
     * @throws IOException if the answer cannot be written
     */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Request request = ServletBridge.request(req);
        String info = req.getPathInfo() == null ? "" : req.getPathInfo();
        String endpoint = info.endsWith("/") ? info.substring(0, info.length() - 1) : info;
        switch (endpoint) {
            case "/sync" -> ServletBridge.send(handler.sync(request), resp);
            case "/upload" -> ServletBridge.send(handler.upload(request, name -> part(req, name)), resp);
            default -> ServletBridge.send(handler.notFound(request), resp);
        }
    }

    private UploadedPart part(HttpServletRequest req, String name) throws IOException {
        Part part;
        try {
            part = req.getPart(name);
        } catch (ServletException | IllegalStateException e) {
            if (tooLarge(e)) {
                throw new BodyTooLargeException(handler.settings().bodyLimit());
            }
            throw new IOException("not a valid multipart body: " + e.getMessage(), e);
        }
        if (part == null) {
            return null;
        }
        return new UploadedPart(part.getSubmittedFileName(), part.getContentType(), part.getInputStream());
    }

    /** The container reports a multipart body over its limits only by message (Jetty: "… exceeds max …"). */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).matches("(?s).*(exceed|too large|max).*")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
