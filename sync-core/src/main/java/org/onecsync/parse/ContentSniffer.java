package org.onecsync.parse;

import java.nio.charset.StandardCharsets;

/**
 * Names the content of a file no parser reads, so reports can say why it was skipped.
 */
public final class ContentSniffer {

    private ContentSniffer() {
    }

    /**
     * Describes a file's content from its first bytes.
     *
     * @param head the first bytes
     * @param length how many are valid
     * @return a short description: {@code an image (JPEG)}, {@code an empty file}, …
     */
    public static String describe(byte[] head, int length) {
        if (length == 0) {
            return "an empty file";
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return "an image (JPEG)";
        }
        if (startsWith(head, length, 0x89, 'P', 'N', 'G')) {
            return "an image (PNG)";
        }
        if (startsWith(head, length, 'G', 'I', 'F', '8')) {
            return "an image (GIF)";
        }
        if (startsWith(head, length, 'R', 'I', 'F', 'F') && length >= 12
                && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "an image (WebP)";
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            return "a zip archive inside the export";
        }
        String text = new String(head, 0, length, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if (text.startsWith("<?xml") || text.startsWith("<")) {
            return "an XML file in no format onec-sync reads";
        }
        return "not a format onec-sync reads";
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
