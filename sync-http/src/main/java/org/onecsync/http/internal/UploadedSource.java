package org.onecsync.http.internal;

import java.util.Comparator;
import java.util.List;
import org.onecsync.source.ExportFile;
import org.onecsync.source.ExportSource;

/**
 * The files of one exchange applied together, described as "exchange ID: FILES" for the session log, or
 * "exchange ID deactivation: FILES" when they are applied again for the exchange's deactivation.
 */
final class UploadedSource implements ExportSource {

    private final String description;
    private final List<ExportFile> files;

    UploadedSource(String exchangeId, List<UploadedFile> files) {
        this(exchangeId, files, false);
    }

    UploadedSource(String exchangeId, List<UploadedFile> files, boolean deactivation) {
        this.files = files.stream().sorted(Comparator.comparing(UploadedFile::path)).map(f -> (ExportFile) f)
                .toList();
        this.description = "exchange " + exchangeId + (deactivation ? " deactivation" : "") + ": "
                + String.join(", ", this.files.stream().map(ExportFile::path).toList());
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ExportFile> files() {
        return files;
    }

    /** Nothing held open: each file is opened and closed by the reader. */
    @Override
    public void close() {
    }
}
