package org.onecsync.http.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** What the first bytes of an upload say it is, and the deletion of an exchange's folders. */
final class UploadHeads {

    private static final byte[] XML_START = {'<', '?', 'x', 'm', 'l'};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private UploadHeads() {
    }

    /** Whether the bytes start an XML document (a client re-sending a file whole), with or without a BOM. */
    static boolean startsXml(byte[] head) {
        return startsWith(head, XML_START) || startsWith(head, UTF8_BOM, XML_START);
    }

    /** Whether the bytes start a zip. */
    static boolean startsZip(byte[] head) {
        return startsWith(head, ZIP_MAGIC);
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
}
