package org.onecsync.cli;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A {@code .properties} file in UTF-8, with the line each key is on, so that an error can point at it.
 * {@link Properties} parses every entry (escapes, separators, continuation lines); it keeps no line numbers, so
 * each logical line is handed to it on its own.
 *
 * @param path the file
 * @param entries each key's value and line, in the file's order
 */
record ConfigFile(Path path, Map<String, Entry> entries) {

    /**
     * One key of the file.
     *
     * @param value its value
     * @param line the 1-based line it starts on
     */
    record Entry(String value, int line) {
    }

    /**
     * @param path the file
     * @return its entries
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException naming the line, for text that is not UTF-8, a malformed escape or a key
     *     given twice
     */
    static ConfigFile read(Path path) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size()) {
            int start = i + 1;
            String first = lines.get(i++);
            String trimmed = first.stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            StringBuilder logical = new StringBuilder(first);
            String last = first;
            while (continues(last) && i < lines.size()) {
                last = lines.get(i++);
                logical.append('\n').append(last);
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + start + ": " + e.getMessage());
            }
            for (String key : one.stringPropertyNames()) {
                Entry earlier = entries.putIfAbsent(key, new Entry(one.getProperty(key), start));
                if (earlier != null) {
                    throw new IllegalArgumentException("line " + start + ": '" + key + "' is already set on line "
                            + earlier.line());
                }
            }
        }
        return new ConfigFile(path, Collections.unmodifiableMap(entries));
    }

    /** An odd number of backslashes at the end of a line continues it on the next one. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
