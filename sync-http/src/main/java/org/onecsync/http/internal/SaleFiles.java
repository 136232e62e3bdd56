package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.source.ExportSource;
import org.onecsync.sync.ImportJob;

/**
 * The status files 1C sends in the current sale exchange ({@code type=sale&mode=file}), kept in this server's upload
 * folder ({@code ROOT/sale/ID}), and the job that applies each. A new exchange starts clean.
 */
final class SaleFiles {

    /** A status file: its bytes, and once started, the job applying it. */
    static final class SaleFile {
        final Path path;
        long size;
        ImportRun run;

        SaleFile(Path path) {
            this.path = path;
        }
    }

    private final Path root;
    private final Map<String, SaleFile> files = new HashMap<>();
    private String exchangeId;

    /** @param uploadRoot the server's upload root */
    SaleFiles(Path uploadRoot) {
        this.root = uploadRoot.resolve("sale");
    }

    /**
     * Keeps one upload of a status file: appended to what came before under the name in this exchange, or replacing
     * it when the body starts a new XML document or the file was applied already.
     *
     * @return the bytes received
     */
    synchronized long receive(String exchange, String name, InputStream body, ExchangeSettings settings)
            throws IOException, Refused {
        SaleFile file = file(exchange, name);
        if (file.run != null && !file.run.job().status().finished()) {
            throw new Refused("file " + name + " is being applied now; wait for its import to end");
        }
        byte[] head = body.readNBytes(8);
        boolean append = file.size > 0 && file.run == null && !UploadHeads.startsXml(head);
        long kept = append ? file.size : 0;
        long allowance = settings.maxFileSize() - kept;
        Path incoming = Files.createDirectories(root.resolve("incoming"));
        long received = new DiskFiles(incoming).write(name, file.path, head, body, allowance, !append);
        if (received > allowance) {
            Files.deleteIfExists(file.path);
            files.remove(name);
            throw new Refused("file " + name + " is larger than the limit of " + settings.maxFileSize()
                    + " bytes per file; nothing of it was kept");
        }
        file.size = kept + received;
        file.run = null;
        return received;
    }

    /**
     * The run applying a received file: the one started before, else one started now with {@code start}.
     *
     * @throws Refused when no file of the name was received in this exchange
     */
    synchronized ImportRun run(String exchange, String name, Function<ExportSource, ImportJob> start)
            throws Refused {
        SaleFile file = exchange.equals(exchangeId) ? files.get(name) : null;
        if (file == null || file.size == 0) {
            throw new Refused("no file named " + name + " was uploaded in this exchange");
        }
        if (file.run == null) {
            UploadedSource source = new UploadedSource(exchange, List.of(new UploadedFile(name, file.path, file.size)));
            Upload upload = new Upload(name, 0);
            upload.size = file.size;
            file.run = new ImportRun(start.apply(source), List.of(upload), false);
        }
        return file.run;
    }

    /** {@return the jobs started in this server that have not ended} */
    synchronized List<ImportJob> running() {
        return files.values().stream().filter(f -> f.run != null && !f.run.job().status().finished())
                .map(f -> f.run.job()).toList();
    }

    private SaleFile file(String exchange, String name) throws IOException, Refused {
        if (!exchange.equals(exchangeId)) {
            UploadHeads.deleteTree(root);
            files.clear();
            exchangeId = exchange;
        }
        SaleFile file = files.get(name);
        if (file == null) {
            file = new SaleFile(Exchange.within(root.resolve(exchange), name));
            files.put(name, file);
        }
        return file;
    }
}
