package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecsync.http.ExchangeSettings;
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
        if (upload.state != Upload.State.UNPACKED) {
            total += upload.size;
        }
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
        return within(files, name);
    }

    /** The path of a file's name in an upload folder, refused when the name would lead outside of it. */
    static Path within(Path files, String name) throws Refused {
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

    /** {@return the zips uploaded and not unpacked yet, in upload order} */
    List<Upload> pendingZips() {
        return uploads.values().stream().filter(u -> u.zip && u.state == Upload.State.PENDING).toList();
    }

    /** {@return a zip of this exchange whose unpacking failed, or {@code null}} */
    Upload failedZip() {
        return uploads.values().stream().filter(u -> u.zip && u.state == Upload.State.FAILED).findFirst()
                .orElse(null);
    }

    /**
     * The work that unpacks zips on a job's thread: their bytes fetched into the upload folder, inflated there with
     * the names inside them, each zip's files recorded by {@link #unpacked} once the job ended.
     */
    ZipUnpacking unpacking(List<Upload> zips, ExchangeSettings settings) throws Refused {
        List<ZipUnpacking.Zip> list = new ArrayList<>();
        long packed = 0;
        for (Upload zip : zips) {
            Path local = pathOf(zip.name);
            list.add(new ZipUnpacking.Zip(zip.name, () -> bytes.fetch(zip.name, local)));
            packed += zip.size;
        }
        Set<String> taken = new HashSet<>(uploads.keySet());
        zips.forEach(zip -> taken.remove(zip.name));
        return new ZipUnpacking(list, files, settings.maxFileSize(), settings.maxExchangeSize() - (total - packed),
                taken);
    }

    /** Records the files a zip held, unpacked in this server's upload folder; the zip's own bytes are not needed. */
    void unpacked(Upload zip, List<ZipUnpacking.Unpacked> inner) {
        zip.state = Upload.State.UNPACKED;
        total -= zip.size;
        for (ZipUnpacking.Unpacked file : inner) {
            Upload upload = new Upload(file.name(), zip.seq);
            upload.size = file.size();
            upload.full = file.full();
            Upload before = uploads.put(upload.name, upload);
            total += upload.size - (before != null ? before.size : 0);
        }
    }

    /** Records that a zip could not be unpacked: its bytes go, its record keeps the reason for its files' imports. */
    void unpackFailed(Upload zip, String answer) throws IOException {
        zip.state = Upload.State.FAILED;
        zip.answer = answer;
        try {
            bytes.delete(zip.name, pathOf(zip.name));
        } catch (Refused e) {
            // Its name was checked on upload: it has a path.
        }
        total -= zip.size;
        zip.size = 0;
    }

    /** The unpacked zip that held a file, or {@code null} for a file uploaded as it is. */
    private Upload containerOf(Upload file) {
        if (file.zip) {
            return null;
        }
        for (Upload candidate : uploads.values()) {
            if (candidate.zip && candidate.seq == file.seq && candidate.state == Upload.State.UNPACKED) {
                return candidate;
            }
        }
        return null;
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

    /** The work that fetches a batch's files into this server's upload folder, then the import source over them. */
    PreparedJob.Preparation importing(List<Upload> batch) throws Refused {
        return preparation(batch, false);
    }

    /** The same over files applied already, for the exchange's deactivation. */
    PreparedJob.Preparation deactivating(List<Upload> applied) throws Refused {
        return preparation(applied, true);
    }

    private PreparedJob.Preparation preparation(List<Upload> batch, boolean deactivation) throws Refused {
        List<UploadedFile> list = new ArrayList<>();
        List<ZipUnpacking.Fetch> fetches = new ArrayList<>();
        Map<String, Path> containers = new LinkedHashMap<>();
        for (Upload upload : batch) {
            Path local = pathOf(upload.name);
            list.add(new UploadedFile(upload.name, local, upload.size));
            Upload container = containerOf(upload);
            if (container == null) {
                fetches.add(() -> bytes.fetch(upload.name, local));
            } else if (!Files.isRegularFile(local)) {
                // Another server unpacked the zip: unpack it here too, from the bytes the store keeps.
                containers.putIfAbsent(container.name, pathOf(container.name));
            }
        }
        for (Map.Entry<String, Path> zip : containers.entrySet()) {
            fetches.add(() -> {
                Path local = bytes.fetch(zip.getKey(), zip.getValue());
                try {
                    ZipUnpacking.unpack(zip.getKey(), local, files, new ZipLimits(Long.MAX_VALUE, Long.MAX_VALUE,
                            ZipUnpacking.MAX_ENTRIES), Set.of(), null, new ArrayList<>(), 0, 1);
                } catch (Refused e) {
                    throw new IOException(e.getMessage(), e);
                }
                Files.deleteIfExists(local);
                return local;
            });
        }
        return job -> {
            for (int i = 0; i < fetches.size(); i++) {
                job.checkCancelled();
                if (bytes.remote()) {
                    job.progress("fetching", 100 * i / fetches.size(), i);
                }
                fetches.get(i).fetch();
            }
            return new UploadedSource(id, list, deactivation);
        };
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
