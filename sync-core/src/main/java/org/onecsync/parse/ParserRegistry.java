package org.onecsync.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.FileHints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parsers onec-sync knows, and the choice of one for a file by its content.
 *
 * <p>{@link #load()} finds providers with {@link ServiceLoader}; a provider that fails to load is logged at
 * warning level and skipped, so one broken plug-in does not stop the others. {@link #of} registers providers
 * explicitly. Instances are immutable and thread-safe.
 */
public final class ParserRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ParserRegistry.class);

    private final List<ExportParserProvider> providers;

    private ParserRegistry(List<ExportParserProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** {@return a registry of the providers found on the class path of this class's loader} */
    public static ParserRegistry load() {
        return load(ParserRegistry.class.getClassLoader());
    }

    /**
     * The providers found with the given class loader.
     *
     * @param loader where to look for {@code META-INF/services/org.onecsync.spi.ExportParserProvider}
     * @return the registry
     */
    public static ParserRegistry load(ClassLoader loader) {
        List<ExportParserProvider> found = new ArrayList<>();
        Iterator<ExportParserProvider> it = ServiceLoader.load(ExportParserProvider.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("Skipping a parser provider that failed to load: {}", e.getMessage());
            }
        }
        return new ParserRegistry(found);
    }

    /**
     * A registry of exactly these providers, asked in this order.
     *
     * @param providers the providers
     * @return the registry
     */
    public static ParserRegistry of(ExportParserProvider... providers) {
        return new ParserRegistry(List.of(providers));
    }

    /**
     * This registry with one more provider, asked after the others.
     *
     * @param provider the provider to add
     * @return a new registry
     */
    public ParserRegistry with(ExportParserProvider provider) {
        List<ExportParserProvider> all = new ArrayList<>(providers);
        all.add(provider);
        return new ParserRegistry(all);
    }

    /** {@return the providers, in the order they are asked} */
    public List<ExportParserProvider> providers() {
        return providers;
    }

    /**
     * The first provider that recognises a file starting with these bytes.
     *
     * @param head the file's first bytes
     * @param length how many of them are valid
     * @return the provider, or empty if none reads this content
     */
    public Optional<ExportParserProvider> find(byte[] head, int length) {
        for (ExportParserProvider provider : providers) {
            if (provider.recognizes(head, length)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /**
     * The first provider that recognises a file, given its first bytes and what else is known about it.
     *
     * @param head the file's first bytes
     * @param length how many of them are valid
     * @param hints the file's name and declared media type
     * @return the provider, or empty if none reads this file
     */
    public Optional<ExportParserProvider> find(byte[] head, int length, FileHints hints) {
        for (ExportParserProvider provider : providers) {
            if (provider.recognizes(head, length, hints)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }

    /**
     * A provider by its name.
     *
     * @param name a {@link ExportParserProvider#name()}, e.g. {@code csv}, compared ignoring case
     * @return the provider
     * @throws IllegalArgumentException naming the known formats, when no provider has that name
     */
    public ExportParserProvider named(String name) {
        for (ExportParserProvider provider : providers) {
            if (provider.name().equalsIgnoreCase(name)) {
                return provider;
            }
        }
        throw new IllegalArgumentException("no parser reads the format '" + name + "'; known formats: "
                + String.join(", ", providers.stream().map(ExportParserProvider::name).toList()));
    }

    /**
     * Reads up to {@link ExportParserProvider#HEAD_SIZE} leading bytes of a stream for {@link #find}.
     *
     * @param in the stream, read from its current position
     * @return the bytes read (shorter than the head size when the stream is shorter)
     * @throws IOException if reading fails
     */
    public static byte[] readHead(InputStream in) throws IOException {
        return in.readNBytes(ExportParserProvider.HEAD_SIZE);
    }
}
