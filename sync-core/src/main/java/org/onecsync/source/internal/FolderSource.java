package org.onecsync.source.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onecsync.source.ExportFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An export that is a folder: every regular file below it, listed once when the source is opened.
 */
final class FolderSource extends FileSystemSource {

    private static final Logger LOG = LoggerFactory.getLogger(FolderSource.class);

    private FolderSource(Path folder, List<ExportFile> files) {
        super("folder " + folder, files);
    }

    /**
     * Lists the folder's files.
     *
     * <p>Links to folders are not followed, which rules out loops and files listed twice. A link to a file
     * is listed only if its target lies inside the folder, so an export cannot make the import read
     * {@code /etc/passwd}; the target is resolved now and read later, so re-pointing the link afterwards has
     * no effect.
     *
     * @param folder an existing folder
     * @return the source
     * @throws IOException if the folder or one below it cannot be read
     */
    static FolderSource open(Path folder) throws IOException {
        Path shown = folder.toAbsolutePath();
        // Walk the real path: the walk does not follow links, so it would not enter a linked root.
        Path root = folder.toRealPath();
        List<ExportFile> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    found.add(new PathExportFile(relative(root, file), file));
                } else if (attrs.isSymbolicLink()) {
                    addLinkTarget(root, file, found);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(ExportFile::path));
        return new FolderSource(shown, List.copyOf(found));
    }

    private static void addLinkTarget(Path root, Path link, List<ExportFile> found) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (IOException e) {
            LOG.warn("Skipping {}: the link leads nowhere ({})", link, e.getMessage());
            return;
        }
        if (!target.startsWith(root)) {
            LOG.warn("Skipping {}: the link leads outside {}", link, root);
        } else if (Files.isRegularFile(target)) {
            found.add(new PathExportFile(relative(root, link), target));
        } else {
            LOG.debug("Skipping {}: links to folders are not followed", link);
        }
    }

    private static String relative(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
