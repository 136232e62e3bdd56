package org.onecsync.commerceml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.onecsync.commerceml.testing.HostileFiles.CATALOG_HEAD;
import static org.onecsync.commerceml.testing.HostileFiles.CATALOG_TAIL;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.HostileFiles;
import org.onecsync.parse.ExportReader;
import org.onecsync.parse.ExportSummary;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;

/**
 * The hostile files of {@link HostileInputTest} and {@link HugeZipTest}, read in a JVM of its own with
 * {@code -Xmx128m}, as {@code bin/onec-sync} runs with {@code ONEC_SYNC_JAVA_OPTS=-Xmx128m}: each fails with
 * its ParseException, none with an OutOfMemoryError.
 */
class SmallHeapTest {

    @TempDir
    Path dir;

    @Test
    void refusesHugeTextsAttributesAndAZipBombUnderAnXmx128mHeap() throws IOException, InterruptedException {
        Path zip = dir.resolve("export.zip");
        HostileFiles.zip(zip, "goods/goods.xml", HugeZipTest.HEAD, (byte) '7', HugeZipTest.TWO_GB,
                "</Ид>" + CATALOG_TAIL);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The test class path holds a deliberately broken parser provider, which the registry logs.
                "-Xmx128m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=off", "-cp",
                System.getProperty("java.class.path"), SmallHeapTest.class.getName(),
                zip.toString())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        child.waitFor(60, TimeUnit.SECONDS);
        output += Files.readString(dir.resolve("stderr.txt")).lines()
                .filter(line -> !line.startsWith("SLF4J"))
                .map(line -> line + "\n")
                .reduce("", String::concat);
        String limit = ": a text node, tag or comment longer than 8 MiB starts here (the limit on one text node or "
                + "tag with its attributes, to keep memory bounded)";
        assertEquals(List.of("import.xml, line 7, column 27" + limit, "import.xml, line 7, column 1" + limit,
                "goods/goods.xml, line 6, column 7" + limit), output.lines().toList(), output);
        assertEquals(0, child.exitValue(), output);
    }

    /**
     * The child: reads each hostile input and prints its failure, one line each.
     *
     * @param args the zip to read
     */
    public static void main(String[] args) throws IOException {
        print(HostileFiles.stream(CATALOG_HEAD + "<Наименование>", (byte) 'a', 50_000_000,
                "</Наименование>" + CATALOG_TAIL));
        print(HostileFiles.stream(CATALOG_HEAD + "<Наименование Код=\"", (byte) '7', 50_000_000,
                "\">x</Наименование>" + CATALOG_TAIL));
        try (ExportSource source = ExportSources.open(Path.of(args[0]))) {
            ExportSummary.read(source, new ExportReader(ParserRegistry.load()));
            System.out.println("read without a failure");
        } catch (ParseException e) {
            System.out.println(e.getMessage());
        }
    }

    private static void print(InputStream in) throws IOException {
        try {
            new CommerceMlParser().parse("import.xml", in, (record, line) -> {
            });
            System.out.println("read without a failure");
        } catch (ParseException e) {
            System.out.println(e.getMessage());
        }
    }
}
