package org.onecsync.commerceml.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Hostile inputs made on the fly: a stream with a huge run of one byte in the middle, and a small zip whose
 * one entry inflates to such a stream. Nothing is ever held whole, so gigabytes cost no memory.
 */
public final class HostileFiles {

    /** The XML before a huge product name: a catalog with one product, its {@code Ид} already given. */
    public static final String CATALOG_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<КоммерческаяИнформация ВерсияСхемы=\"3.1\">\n<Каталог>\n<Товары>\n<Товар>\n<Ид>p1</Ид>\n";
    /** What closes {@link #CATALOG_HEAD}. */
    public static final String CATALOG_TAIL = "\n</Товар>\n</Товары>\n</Каталог>\n</КоммерческаяИнформация>\n";

    private static final int CHUNK = 1 << 20;

    private HostileFiles() {
    }

    /**
     * {@code prefix}, then {@code count} times {@code fill}, then {@code suffix}, generated while read.
     *
     * @return the stream
     */
    public static InputStream stream(String prefix, byte fill, long count, String suffix) {
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        long total = head.length + count + tail.length;
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - at);
                for (int i = 0; i < n; i++, at++) {
                    b[off + i] = at < head.length ? head[(int) at]
                            : at < head.length + count ? fill : tail[(int) (at - head.length - count)];
                }
                return n;
            }
        };
    }

    /**
     * Writes a zip with one deflated entry: {@code prefix}, {@code count} times {@code fill}, {@code suffix}.
     * Deflate packs a run of one byte about 1000:1, so 2 GB take about 2 MB. The deflate stream is built from
     * one compressed MiB repeated: each MiB is compressed after a full flush, which makes its bytes the same
     * every time and independent of what came before.
     *
     * @param zip the file to write
     * @param entry the entry's name
     * @param count how many {@code fill} bytes; a multiple of 1 MiB
     */
    public static void zip(Path zip, String entry, String prefix, byte fill, long count, String suffix)
            throws IOException {
        if (count % CHUNK != 0) {
            throw new IllegalArgumentException("count must be a multiple of 1 MiB");
        }
        byte[] head = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, fill);
        byte[] headDeflated = deflate(head, false);
        byte[] chunkDeflated = deflate(chunk, false);
        byte[] tailDeflated = deflate(tail, true);
        long chunks = count / CHUNK;
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < chunks; i++) {
            crc.update(chunk);
        }
        crc.update(tail);
        long size = head.length + count + tail.length;
        long compressed = headDeflated.length + chunks * chunkDeflated.length + tailDeflated.length;
        if (size >= 0xFFFFFFFFL) {
            throw new IllegalArgumentException("too big for a zip without Zip64");
        }
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(zip)) {
            out.write(header(0x04034b50, crc.getValue(), compressed, size, name, -1));
            out.write(name);
            out.write(headDeflated);
            for (long i = 0; i < chunks; i++) {
                out.write(chunkDeflated);
            }
            out.write(tailDeflated);
            long directoryAt = 30 + name.length + compressed;
            byte[] central = header(0x02014b50, crc.getValue(), compressed, size, name, 0);
            out.write(central);
            out.write(name);
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                    .putInt(central.length + name.length).putInt((int) directoryAt).putShort((short) 0);
            out.write(end.array());
        }
    }

    /** A local header ({@code offset < 0}) or a central directory header for a deflated, UTF-8-named entry. */
    private static byte[] header(int signature, long crc, long compressed, long size, byte[] name, long offset) {
        boolean central = offset >= 0;
        ByteBuffer b = ByteBuffer.allocate(central ? 46 : 30).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(signature);
        if (central) {
            b.putShort((short) 20);
        }
        b.putShort((short) 20).putShort((short) 0x0800).putShort((short) 8).putShort((short) 0).putShort((short) 0x21)
                .putInt((int) crc).putInt((int) compressed).putInt((int) size).putShort((short) name.length)
                .putShort((short) 0);
        if (central) {
            b.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset);
        }
        return b.array();
    }

    /** Raw deflate of {@code data}, ending the stream or with a full flush (byte-aligned, nothing shared). */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(data);
            if (last) {
                deflater.finish();
            }
            byte[] buffer = new byte[data.length + 1024];
            int n = 0;
            while (true) {
                n += deflater.deflate(buffer, n, buffer.length - n, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
                if (last ? deflater.finished() : deflater.needsInput() && n < buffer.length) {
                    return Arrays.copyOf(buffer, n);
                }
            }
        } finally {
            deflater.end();
        }
    }
}
