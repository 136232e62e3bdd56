package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        final String name;
        final Path path;
        long size;
        ImportRun run;

        SaleFile(String name, Path path) {
            this.name = name;
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
        Files.createDirectories(file.path.getParent());
        long received = head.length;
        try (OutputStream out = Files.newOutputStream(file.path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(head);
            received += body.transferTo(new Limited(out, allowance - head.length));
        } catch (Limited.Over e) {
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
            file = new SaleFile(name, Exchange.within(root.resolve(exchange), name));
            files.put(name, file);
        }
        return file;
    }

    /** Passes at most a number of bytes on, then refuses: a body over the limit is not read to its end. */
    private static final class Limited extends java.io.FilterOutputStream {
        private long left;

        Limited(OutputStream out, long allowance) {
            super(out);
            this.left = allowance;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                throw new Over();
            }
            left -= len;
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        /** The body went over the limit. */
        static final class Over extends IOException {
            Over() {
                super("over the limit");
            }
        }
    }
}
