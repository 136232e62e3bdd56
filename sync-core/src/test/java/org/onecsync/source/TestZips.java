package org.onecsync.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds zips for tests, including dishonest ones that no well-behaved tool would write. */
final class TestZips {

    private TestZips() {
    }

    /** Entries in the order given: name, content, name, content, ... */
    static Map<String, String> entries(String... namesAndContents) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            map.put(namesAndContents[i], namesAndContents[i + 1]);
        }
        return map;
    }

    /** A zip of the given entries in iteration order; a name ending in {@code /} becomes a folder entry. */
    static byte[] zip(Map<String, String> entries) throws IOException {
        return zip(entries, StandardCharsets.UTF_8);
    }

    /** As {@link #zip(Map)}, with names stored in {@code nameCharset} (without the UTF-8 flag unless UTF-8). */
    static byte[] zip(Map<String, String> entries, Charset nameCharset) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, nameCharset)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Writes {@code content} to {@code dir/name} and returns the file. */
    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    /**
     * Rewrites the uncompressed size in every central directory header to {@code declared}, as a zip bomb
     * does. {@link java.util.zip.ZipFile} trusts the central directory, so the lie reaches our code.
     */
    static byte[] declareSizes(byte[] zip, int declared) {
        byte[] copy = zip.clone();
        ByteBuffer buf = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = copy.length - 22; // ZipOutputStream writes no archive comment
        if (buf.getInt(eocd) != 0x06054b50) {
            throw new IllegalStateException("no end of central directory record where expected");
        }
        int count = Short.toUnsignedInt(buf.getShort(eocd + 10));
        int pos = buf.getInt(eocd + 16);
        for (int i = 0; i < count; i++) {
            if (buf.getInt(pos) != 0x02014b50) {
                throw new IllegalStateException("no central directory header at " + pos);
            }
            buf.putInt(pos + 24, declared);
            int nameLength = Short.toUnsignedInt(buf.getShort(pos + 28));
            int extraLength = Short.toUnsignedInt(buf.getShort(pos + 30));
            int commentLength = Short.toUnsignedInt(buf.getShort(pos + 32));
            pos += 46 + nameLength + extraLength + commentLength;
        }
        return copy;
    }
}
