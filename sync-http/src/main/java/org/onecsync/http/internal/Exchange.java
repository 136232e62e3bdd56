package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * One exchange, from {@code init} to the next {@code init}: what it knows of each file, its import run, its log
 * ({@code ROOT/ID/exchange.log}, when the log is kept on disk) and its upload folder ({@code ROOT/ID/files}),
 * where the engine reads the files. The files' bytes live where its {@link FileBytes} keeps them. Callers hold the
 * exchange lock ({@link ExchangeBoard#locked}) around every method.
 */
public final class Exchange {

    private final String id;
    private final Path folder;
    private final Path files;
    private final ExchangeLog log;
    private final long timestamp;
    private final FileBytes bytes;
    private final Map<String, Upload> uploads = new LinkedHashMap<>();
    private long nextSeq;
    private long total;
    private ImportRun run;
    /** The deactivation's outcome once it ended; {@code null} before, and again once a later import applied more. */
    private Outcome deactivated;

    private Exchange(String id, Path folder, long timestamp, FileBytes bytes) {
        this.id = id;
        this.folder = folder;
        this.files = folder.resolve("files");
        this.log = new ExchangeLog(folder.resolve(ExchangeLog.FILE_NAME));
        this.timestamp = timestamp;
        this.bytes = bytes;
    }

    /**
     * Creates the exchange's folders, its files kept in them.
     *
     * @param root the upload root
     * @param id the exchange id, safe as a folder name
     * @param timestamp the {@code checkauth} timestamp (unix seconds) this exchange belongs to
     * @return the exchange
     * @throws IOException if the folders cannot be created
     */
    static Exchange create(Path root, String id, long timestamp) throws IOException {
        Path folder = root.resolve(id);
        Files.createDirectories(folder.resolve("incoming"));
        return open(root, id, timestamp, new DiskFiles(folder.resolve("incoming")));
    }

    /**
     * An exchange whose files' bytes live elsewhere; its upload folder is created.
     *
     * @param root the upload root
     * @param id the exchange id, safe as a folder name
     * @param timestamp the {@code checkauth} timestamp
     * @param bytes where the files' bytes live
     * @return the exchange, without files
     * @throws IOException if the folder cannot be created
     */
    static Exchange open(Path root, String id, long timestamp, FileBytes bytes) throws IOException {
        Exchange exchange = new Exchange(id, root.resolve(id), timestamp, bytes);
        Files.createDirectories(exchange.files);
        return exchange;
    }

    /** Adds a file known from before (restoring the exchange from the store). */
    void restore(Upload upload) {
        uploads.put(upload.name, upload);
        nextSeq = Math.max(nextSeq, upload.seq + 1);
        total += upload.size;
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
        boolean known = existing != null && bytes.exists(name, target);
        boolean replace = !known || UploadHeads.startsXml(head)
                || existing.state != Upload.State.PENDING;
        long kept = known && !replace ? existing.size : 0;
        long others = total - (existing != null ? existing.size : 0);
        long fileAllowance = settings.maxFileSize() - kept;
        long exchangeAllowance = settings.maxExchangeSize() - others - kept;
        long allowance = Math.min(fileAllowance, exchangeAllowance);
        long received = bytes.write(name, target, head, body, allowance, replace);
        if (received > allowance) {
            forget(name, target);
            throw new Refused("file " + name + " is larger than the limit of "
                    + (fileAllowance <= exchangeAllowance ? settings.maxFileSize() + " bytes per file"
                    : settings.maxExchangeSize() + " bytes per exchange") + "; nothing of it was kept");
        }
        Upload upload = existing;
        if (upload == null || replace) {
            uploads.remove(name);
            upload = new Upload(name, nextSeq++);
            upload.zip = UploadHeads.startsZip(head);
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
        bytes.delete(name, target);
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
        Path zipPath = bytes.materialise(zip.name, pathOf(zip.name));
        long allowance = settings.maxExchangeSize() - (total - zip.size);
        Map<String, Path> written = new LinkedHashMap<>();
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
                written.put(name, target);
                try (InputStream in = entry.open()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                bytes.adopt(name, target);
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
                for (Map.Entry<String, Path> file : written.entrySet()) {
                    bytes.delete(file.getKey(), file.getValue());
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
    UploadedSource source(List<Upload> batch) throws Refused, IOException {
        return source(batch, false);
    }

    /** The import source over files applied already, for the exchange's deactivation. */
    UploadedSource deactivationSource(List<Upload> applied) throws Refused, IOException {
        return source(applied, true);
    }

    private UploadedSource source(List<Upload> batch, boolean deactivation) throws Refused, IOException {
        List<UploadedFile> list = new ArrayList<>();
        for (Upload upload : batch) {
            list.add(new UploadedFile(upload.name, bytes.materialise(upload.name, pathOf(upload.name)), upload.size));
        }
        return new UploadedSource(id, list, deactivation);
    }

    /** Whether a file announces a full package; scanned once. */
    boolean isFull(Upload upload) throws IOException {
        if (upload.full == null) {
            Path file;
            try {
                file = pathOf(upload.name);
            } catch (Refused e) {
                return false; // Names were checked on upload; nothing to scan then.
            }
            if (!bytes.exists(upload.name, file)) {
                return false;
            }
            try (InputStream in = bytes.open(upload.name, file)) {
                upload.full = FullScope.announced(in);
            }
        }
        return upload.full;
    }

    /**
     * How a finished job ended, as the reply says it.
     *
     * @param success whether the reply is {@code success} (else {@code failure})
     * @param message the reply's message
     */
    record Outcome(boolean success, String message) {
    }
}
