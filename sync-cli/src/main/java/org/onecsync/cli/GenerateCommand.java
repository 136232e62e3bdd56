package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.onecsync.SyncException;
import org.onecsync.generate.ExportGenerator;
import org.onecsync.generate.FeedFormat;
import org.onecsync.generate.FeedGenerator;
import org.onecsync.generate.FeedOptions;
import org.onecsync.generate.GenerationResult;
import org.onecsync.generate.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync generate [--format commerceml|csv|json] --products N --out DIR}: writes a realistic,
 * deterministic CommerceML 3.1 export (1C's "Обмен с сайтом" layout), or the same products as a CSV or JSON
 * feed ({@code docs/feeds.md}), for tests, demos and benchmarks.
 */
@Command(name = "generate",
        description = {"Writes a realistic CommerceML 3.1 export, or the same products as a feed.",
            "The export is laid out like 1C's \"Обмен с сайтом\": groups, units, storages, priceLists, "
                + "propertiesGoods, propertiesOffers, goods, offers, prices, rests and contragents folders. Images "
                + "are referenced, not written. With --format csv or json it writes one feed file instead: "
                + "feed.csv (windows-1251, ';', Russian headers, decimal commas) or feed.json (UTF-8 with a BOM, "
                + "{\"products\":[...]}). The same --products and --seed always give the same bytes, and a "
                + "smaller export or feed is the first products of a bigger one."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The export or feed was written.",
            "1:DIR is not empty (and --force was not given), is not a folder, or cannot be written.",
            "2:Bad command line."
        })
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private int products;

    /** What to write. */
    enum Format {
        /** A CommerceML 3.1 export in 1C's folder layout. */
        COMMERCEML,
        /** {@code feed.csv}. */
        CSV,
        /** {@code feed.json}. */
        JSON
    }

    private Format format = Format.COMMERCEML;

    /**
     * @param value {@code commerceml}, {@code csv} or {@code json}
     */
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "commerceml",
            description = "What to write: commerceml (the default) for a CommerceML 3.1 export in 1C's folder "
                    + "layout, csv for one feed.csv file, or json for one feed.json file.")
    void setFormat(String value) {
        this.format = CliEnums.parse(spec, "--format", value, Format.class);
    }

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write the export or feed to; created if missing, refused if not empty.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed every id, name, price and date is derived from (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--force",
            description = "Write into a folder that is not empty, first deleting the export folders in it "
                    + "(groups, units, …, contragents), or with --format csv or json the feed file, and nothing else.")
    boolean force;

    @Option(names = "--full",
            description = "Write full packages (СодержитТолькоИзменения=\"false\"): what they leave out is gone. "
                    + "Default: partial packages, as 1C usually sends. Only for --format commerceml.")
    boolean full;

    private int revision;

    /**
     * @param value the revision, at least 0
     */
    @Option(names = "--revision", paramLabel = "R", defaultValue = "0",
            description = "The exchange's revision (default: ${DEFAULT-VALUE}). Each revision is dated a day later "
                    + "and changes the prices of every 10th offer and the stock of every 5th, deterministically. "
                    + "Only for --format commerceml.")
    void setRevision(int value) {
        if (value < 0) {
            throw new ParameterException(spec.commandLine(), "--revision must not be negative, not " + value);
        }
        this.revision = value;
    }

    /**
     * @param count how many products to generate, at least 1
     */
    @Option(names = "--products", required = true, paramLabel = "N",
            description = "How many products to generate (at least 1).")
    void setProducts(int count) {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--products must be at least 1, not " + count);
        }
        this.products = count;
    }

    @Override
    public Integer call() throws IOException {
        if (format != Format.COMMERCEML) {
            return feed(format == Format.CSV ? FeedFormat.CSV : FeedFormat.JSON);
        }
        prepare(out, ExportGenerator.FOLDERS);
        GenerationResult result = new ExportGenerator(GeneratorOptions.of(products, seed)
                .withFull(full).withRevision(revision)).generate(out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(Locale.ROOT, "Generated %d products, %d offers (%d variants), %d prices, %d stock rows, "
                + "%d counterparties in %d files (%s) under %s%n", result.products(), result.offers(),
                result.variants(), result.prices(), result.stockRows(), result.counterparties(),
                result.files().size(), size(result.bytes()), out);
        writer.flush();
        return ExitCodes.OK;
    }

    private int feed(FeedFormat feedFormat) throws IOException {
        for (String option : List.of("--full", "--revision")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new ParameterException(spec.commandLine(), option + " applies to --format commerceml only, "
                        + "not to --format " + format.name().toLowerCase(Locale.ROOT));
            }
        }
        prepare(out, List.of(feedFormat.fileName()));
        Path file = new FeedGenerator(new FeedOptions(feedFormat, products, seed)).generate(out);
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf(Locale.ROOT, "Generated %d products in %s (%s) under %s%n", products,
                file.getFileName(), size(Files.size(file)), out);
        writer.flush();
        return ExitCodes.OK;
    }

    /** Refuses a non-empty folder unless forced, in which case only what would be written (names) goes. */
    private void prepare(Path dir, List<String> names) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, dir + " is not a folder");
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(dir)) {
            empty = entries.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!force) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, dir + " is not empty; choose an empty folder, or pass --force to replace "
                    + (names.size() == 1 ? "the file " + names.get(0) + " in it"
                            : "the export folders in it (" + String.join(", ", names) + ")"));
        }
        for (String folder : names) {
            deleteTree(dir.resolve(folder));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }

    /** {@code 512 B}, {@code 12.3 KB}, {@code 1.2 MB}, {@code 1.7 GB} (binary units). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
