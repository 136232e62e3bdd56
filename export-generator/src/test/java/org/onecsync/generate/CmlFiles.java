package org.onecsync.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads generated files back with the JDK's StAX parser, for assertions. */
final class CmlFiles {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    private CmlFiles() {
    }

    /** Every file under a folder, as sorted relative paths with '/' separators. */
    static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** The files of one folder of an export, sorted by name. */
    static List<Path> folder(Path root, String folder) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            return files.sorted().toList();
        }
    }

    /** How many elements with a local name each file of a folder holds, summed. */
    static int count(Path root, String folder, String localName) throws IOException {
        int total = 0;
        for (Path file : folder(root, folder)) {
            total += histogram(file).getOrDefault(localName, 0);
        }
        return total;
    }

    /**
     * The text of every element called {@code child} whose parent is called {@code parent} (any parent when
     * null), in document order. Fails on malformed XML.
     */
    static List<String> texts(Path file, String parent, String child) throws IOException {
        List<String> result = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            Deque<String> stack = new ArrayDeque<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    boolean match = name.equals(child) && (parent == null || parent.equals(stack.peek()));
                    stack.push(name);
                    if (match) {
                        result.add(textOf(reader));
                        stack.pop();
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    stack.pop();
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new AssertionError(file + " is not well-formed: " + e.getMessage(), e);
        }
        return result;
    }

    /** The texts of {@link #texts} over every file of a folder. */
    static List<String> texts(Path root, String folder, String parent, String child) throws IOException {
        List<String> result = new ArrayList<>();
        for (Path file : folder(root, folder)) {
            result.addAll(texts(file, parent, child));
        }
        return result;
    }

    /** Element counts by local name, for a whole file. */
    static TreeMap<String, Integer> histogram(Path file) throws IOException {
        TreeMap<String, Integer> counts = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    counts.merge(reader.getLocalName(), 1, Integer::sum);
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new AssertionError(file + " is not well-formed: " + e.getMessage(), e);
        }
        return counts;
    }

    /** A file's content as text (the BOM kept). */
    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** Every file of an export concatenated, for "contains" checks. */
    static String readAll(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String file : relativeFiles(root)) {
            all.append(read(root.resolve(file)));
        }
        return all.toString();
    }

    private static String textOf(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS && depth == 1) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }
}
