package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecsync.SyncException;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.source.ZipLimits;

/**
 * One exchange, from {@code init} to the next {@code init}: its upload folder ({@code ROOT/ID/files}), its log
 * ({@code ROOT/ID/exchange.log}) and what it knows of each file. Callers hold the exchange's monitor
 * ({@code synchronized (exchange)}) around every method.
 */
public final class Exchange {

    private static final byte[] XML_START = {'<', '?', 'x', 'm', 'l'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String id;
    private final Path folder;
    private final Path files;
    private final Path incoming;
    private final ExchangeLog log;
    private final long timestamp;
    private final Map<String, Upload> uploads = new LinkedHashMap<>();
    private long nextSeq;
    private long total;
    private ImportRun run;
    /** The deactivation's outcome once it ended; {@code null} before, and again once a later import applied more. */
    private Outcome deactivated;

    private Exchange(String id, Path folder, long timestamp) {
        this.id = id;
        this.folder = folder;
        this.files = folder.resolve("files");
        this.incoming = folder.resolve("incoming");
        this.log = new ExchangeLog(folder.resolve(ExchangeLog.FILE_NAME));
        this.timestamp = timestamp;
    }

    /**
     * Creates the exchange's folders.
     *
     * @param root the upload root
     * @param id the exchange id, safe as a folder name
     * @param timestamp the {@code checkauth} timestamp (unix seconds) this exchange belongs to
     * @return the exchange
     * @throws IOException if the folders cannot be created
     */
    static Exchange create(Path root, String id, long timestamp) throws IOException {
        Exchange exchange = new Exchange(id, root.resolve(id), timestamp);
        Files.createDirectories(exchange.files);
        Files.createDirectories(exchange.incoming);
        return exchange;
    }

    /** {@return the exchange id} */
    public String id() {
        return id;
    }

    /** {@return the exchange's folder} */
    public Path folder() {
        return folder;
    }

    /** {@return the exchange's log} */
    public ExchangeLog log() {
        return log;
    }

    /** {@return the server's {@code checkauth} time (unix seconds) this exchange started from} */
    long timestamp() {
        return timestamp;
    }

    ImportRun run() {
        return run;
    }

    void run(ImportRun value) {
        this.run = value;
    }

    Outcome deactivated() {
        return deactivated;
    }

    void deactivated(Outcome value) {
        this.deactivated = value;
    }

    Upload upload(String name) {
        return uploads.get(name);
    }

    List<Upload> uploads() {
        return List.copyOf(uploads.values());
    }

    Path pathOf(String name) throws Refused {
        Path target = files.resolve(name).normalize();
        if (!target.startsWith(files) || target.equals(files)) {
            throw new Refused("filename outside the upload folder refused");
        }
        return target;
    }

    /**
     * Stores one {@code mode=file} body: appended to what came before under the name, or replacing it when the
     * body starts a new XML document (a client re-sending the whole file). Over a size limit nothing of the file
     * is kept.
     *
     * @return the bytes received
     */
    long receive(String name, InputStream body, ExchangeSettings settings) throws IOException, Refused {
        Path target = pathOf(name);
        Upload existing = uploads.get(name);
        if (existing != null && existing.state == Upload.State.APPLYING) {
            throw new Refused("file " + name + " is being imported now; wait for its import to end");
        }
        byte[] head = body.readNBytes(8);
        boolean known = existing != null && Files.exists(target);
        boolean replace = !known || startsWith(head, XML_START) || startsWith(head, UTF8_BOM, XML_START)
                || existing.state != Upload.State.PENDING;
        long kept = known && !replace ? existing.size : 0;
        long others = total - (existing != null ? existing.size : 0);
        long fileAllowance = settings.maxFileSize() - kept;
        long exchangeAllowance = settings.maxExchangeSize() - others - kept;
        long allowance = Math.min(fileAllowance, exchangeAllowance);
        Path temp = Files.createTempFile(incoming, "chunk", ".part");
        long received;
        try {
            received = copyAtMost(head, body, temp, allowance);
            if (received > allowance) {
                forget(name, target);
                throw new Refused("file " + name + " is larger than the limit of "
                        + (fileAllowance <= exchangeAllowance ? settings.maxFileSize() + " bytes per file"
                        : settings.maxExchangeSize() + " bytes per exchange") + "; nothing of it was kept");
            }
            Files.createDirectories(target.getParent());
            if (replace) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.APPEND)) {
                    Files.copy(temp, out);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        Upload upload = existing;
        if (upload == null || replace) {
            uploads.remove(name);
            upload = new Upload(name, nextSeq++);
            upload.zip = startsWith(head, ZIP_MAGIC);
            uploads.put(name, upload);
        }
        upload.size = kept + received;
        total = others + upload.size;
        return received;
    }

    private void forget(String name, Path target) throws IOException {
        Upload gone = uploads.remove(name);
        if (gone != null) {
            total -= gone.size;
        }
        Files.deleteIfExists(target);
    }

    /** Copies the head and the rest of the body, reading at most one byte past the allowance. */
    private static long copyAtMost(byte[] head, InputStream body, Path temp, long allowance) throws IOException {
        long written = 0;
        try (OutputStream out = Files.newOutputStream(temp)) {
            out.write(head);
            written += head.length;
            byte[] buffer = new byte[1 << 16];
            while (written <= allowance) {
                int n = body.read(buffer, 0, (int) Math.min(buffer.length, allowance - written + 1));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                written += n;
            }
        }
        return written;
    }

    /**
     * Unpacks every zip uploaded and not unpacked yet, with the names inside it, and drops the zip. A zip that
     * is unsafe (an entry escaping the folder, too large, too many entries) is refused and nothing of it kept.
     */
    void unpackZips(ExchangeSettings settings) throws IOException, Refused {
        for (Upload zip : List.copyOf(uploads.values())) {
            if (zip.zip && zip.state == Upload.State.PENDING) {
                unpack(zip, settings);
            }
        }
    }

    private void unpack(Upload zip, ExchangeSettings settings) throws IOException, Refused {
        Path zipPath = pathOf(zip.name);
        long allowance = settings.maxExchangeSize() - (total - zip.size);
        List<Path> written = new ArrayList<>();
        List<Upload> inner = new ArrayList<>();
        boolean done = false;
        try (ExportSource source = ExportSources.open(zipPath,
                new ZipLimits(settings.maxFileSize(), Math.max(1, allowance), 100_000))) {
            for (ExportFile entry : source.files()) {
                String name = UploadNames.check(entry.path());
                Path target = pathOf(name);
                if (target.equals(zipPath) || (uploads.containsKey(name) && !name.equals(zip.name))) {
                    throw new Refused("zip " + zip.name + " holds " + name + ", which was uploaded already");
                }
                Files.createDirectories(target.getParent());
                written.add(target);
                try (InputStream in = entry.open()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                Upload upload = new Upload(name, zip.seq);
                upload.size = Files.size(target);
                inner.add(upload);
            }
            done = true;
        } catch (SyncException | IllegalArgumentException e) {
            throw new Refused("zip " + zip.name + " refused: " + e.getMessage());
        } catch (IOException e) {
            throw new Refused("zip " + zip.name + " cannot be unpacked: " + e.getMessage());
        } finally {
            if (!done) {
                for (Path path : written) {
                    Files.deleteIfExists(path);
                }
                forget(zip.name, zipPath);
            }
        }
        forget(zip.name, zipPath);
        for (Upload upload : inner) {
            uploads.put(upload.name, upload);
            total += upload.size;
        }
    }

    /** The pending files uploaded no later than {@code upload}, which is among them, for one import. */
    List<Upload> batchFor(Upload upload) {
        List<Upload> batch = new ArrayList<>();
        for (Upload candidate : uploads.values()) {
            if (candidate.state == Upload.State.PENDING && candidate.seq <= upload.seq) {
                batch.add(candidate);
            }
        }
        return batch;
    }

    /** The import source over a batch. */
    UploadedSource source(List<Upload> batch) throws Refused {
        return source(batch, false);
    }

    /** The import source over files applied already, for the exchange's deactivation. */
    UploadedSource deactivationSource(List<Upload> applied) throws Refused {
        return source(applied, true);
    }

    private UploadedSource source(List<Upload> batch, boolean deactivation) throws Refused {
        List<UploadedFile> list = new ArrayList<>();
        for (Upload upload : batch) {
            list.add(new UploadedFile(upload.name, pathOf(upload.name), upload.size));
        }
        return new UploadedSource(id, list, deactivation);
    }

    /** Deletes the uploaded files (the log stays). */
    void clearFiles() throws IOException {
        deleteTree(files);
        deleteTree(incoming);
    }

    /**
     * Deletes a folder and everything below it, without following links.
     *
     * @param root the folder; nothing happens when it does not exist
     * @throws IOException if something cannot be deleted
     */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, byte[] bom, byte[] prefix) {
        if (!startsWith(head, bom) || head.length < bom.length + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[bom.length + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * How a finished job ended, as the reply says it.
     *
     * @param success whether the reply is {@code success} (else {@code failure})
     * @param message the reply's message
     */
    record Outcome(boolean success, String message) {
    }

    /** Started-at for logs. */
    static Instant now() {
        return Instant.now();
    }
}
