package org.onecsync.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.onecsync.SyncException;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.source.ZipLimits;

/**
 * Unpacks an exchange's zips into its upload folder, on a job's thread, with the names inside them, and keeps what
 * each held for the exchange to record once the job ended. A zip that is unsafe (an entry escaping the folder,
 * too large, too many entries) or holds a name uploaded already fails the job, and nothing it unpacked is kept.
 */
final class ZipUnpacking implements PreparedJob.Preparation {

    /** The most entries one zip may hold. */
    static final int MAX_ENTRIES = 100_000;

    /**
     * A file a zip held, unpacked.
     *
     * @param name its name in the exchange
     * @param size its size
     * @param full whether it announces a full package
     */
    record Unpacked(String name, long size, boolean full) {
    }

    /**
     * A zip to unpack.
     *
     * @param name its name in the exchange
     * @param fetch puts its bytes into this server's upload folder, returning the path
     */
    record Zip(String name, Fetch fetch) {
    }

    /** Puts a file's bytes into this server's upload folder, outside the exchange lock. */
    @FunctionalInterface
    interface Fetch {
        Path fetch() throws IOException;
    }

    private final List<Zip> zips;
    private final Path files;
    private final long maxFileSize;
    private final long allowance;
    private final Set<String> taken;
    private final Map<String, List<Unpacked>> unpacked = new ConcurrentHashMap<>();

    /**
     * @param zips the zips, in upload order
     * @param files the exchange's upload folder
     * @param maxFileSize the most bytes one unpacked file may have
     * @param allowance the most bytes all unpacked files together may have
     * @param taken the names of the exchange's other files, which no zip may hold
     */
    ZipUnpacking(List<Zip> zips, Path files, long maxFileSize, long allowance, Set<String> taken) {
        this.zips = List.copyOf(zips);
        this.files = files;
        this.maxFileSize = maxFileSize;
        this.allowance = allowance;
        this.taken = Set.copyOf(taken);
    }

    /** {@return the files the zip held, once the job succeeded} */
    List<Unpacked> filesOf(String zipName) {
        return unpacked.getOrDefault(zipName, List.of());
    }

    @Override
    public ExportSource prepare(PreparedJob job) throws IOException, Refused {
        List<Path> written = new ArrayList<>();
        boolean done = false;
        long left = allowance;
        try {
            for (int i = 0; i < zips.size(); i++) {
                Zip zip = zips.get(i);
                job.progress("unpacking", 100 * i / zips.size(), written.size());
                Path local = zip.fetch().fetch();
                written.add(local);
                List<Unpacked> inner = unpack(zip.name(), local, files, new ZipLimits(maxFileSize, Math.max(1, left),
                        MAX_ENTRIES), taken, job, written, i, zips.size());
                Files.deleteIfExists(local);
                for (Unpacked file : inner) {
                    left -= file.size();
                }
                unpacked.put(zip.name(), inner);
            }
            done = true;
            return null;
        } finally {
            if (!done) {
                unpacked.clear();
                for (Path file : written) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * Unpacks one zip into the folder.
     *
     * @param job the job to report to and stop for, or {@code null}
     * @param written receives each file written, for the caller to remove them should anything fail
     * @return what it held
     */
    static List<Unpacked> unpack(String zipName, Path zip, Path files, ZipLimits limits, Set<String> taken,
                                 PreparedJob job, List<Path> written, int index, int count)
            throws IOException, Refused {
        List<Unpacked> inner = new ArrayList<>();
        try (ExportSource source = ExportSources.open(zip, limits)) {
            List<ExportFile> entries = source.files();
            for (int j = 0; j < entries.size(); j++) {
                if (job != null) {
                    job.checkCancelled();
                }
                ExportFile entry = entries.get(j);
                String name = UploadNames.check(entry.path());
                Path target = Exchange.within(files, name);
                if (target.equals(zip) || taken.contains(name)) {
                    throw new Refused("zip " + zipName + " holds " + name + ", which was uploaded already");
                }
                Files.createDirectories(target.getParent());
                written.add(target);
                try (InputStream in = entry.open()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                inner.add(new Unpacked(name, Files.size(target), FullScope.announced(target)));
                if (job != null) {
                    job.progress("unpacking", (int) ((100L * index + 100L * (j + 1) / entries.size()) / count),
                            inner.size());
                }
            }
        } catch (SyncException | IllegalArgumentException e) {
            throw new Refused("zip " + zipName + " refused: " + e.getMessage());
        } catch (IOException e) {
            throw new Refused("zip " + zipName + " cannot be unpacked: " + e.getMessage());
        }
        return inner;
    }
}
