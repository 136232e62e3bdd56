package org.onecsync.csv.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.onecsync.csv.CsvProfile;

/** Test helper: reads CSV bytes written in the test and keeps what the sink received. */
final class Feed {

    final List<CsvRow> rows = new ArrayList<>();
    final List<CsvProblem> problems = new ArrayList<>();

    private Feed() {
    }

    static Feed read(byte[] bytes, CsvProfile profile) {
        Feed feed = new Feed();
        try {
            new CsvFeedReader(profile).read(new ByteArrayInputStream(bytes), "feed.csv", new CsvSink() {
                @Override
                public void row(CsvRow row) {
                    feed.rows.add(row);
                }

                @Override
                public void problem(CsvProblem problem) {
                    feed.problems.add(problem);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return feed;
    }

    static Feed read(String text, Charset charset) {
        return read(text.getBytes(charset), CsvProfile.automatic());
    }

    static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }
}
