package org.onecsync.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.onecsync.SyncException;
import org.onecsync.csv.CsvProfile;
import org.onecsync.parse.ParseException;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.spi.ExportParserProvider;
import org.onecsync.spi.ParserOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} and {@code --profile} options of {@code import} and {@code inspect}: a format forced on
 * every file, and the CSV profile, turned into the {@link ParserOptions} the parsers get.
 */
final class FormatOptions {

    /** The provider name of the CSV parser: the one format a profile applies to. */
    private static final String CSV = "csv";

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every file as this format (commerceml, csv or json) instead of recognising each "
                + "by its content and name.")
    String format;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A CSV profile (a .properties file in UTF-8): encoding, separator, header, skipLines, "
                + "decimalSeparator, column.<field>, price.<type>, stock.<warehouse>, categorySeparator, full. "
                + "See the README.")
    Path profile;

    /**
     * The parser options the command line asks for. A format no parser on the class path reads is a usage
     * error naming the known ones; a profile that cannot be read or is invalid is bad input (exit 1), told in
     * one line.
     *
     * @param registry the parsers the command reads with
     * @return the options
     * @throws ParameterException for an unknown format, or a profile with a format other than CSV
     * @throws SyncException (bad input) for a missing, unreadable or invalid profile
     */
    ParserOptions parserOptions(ParserRegistry registry) {
        ParserOptions options = ParserOptions.none();
        if (format != null) {
            options = options.withFormat(known(registry));
        }
        if (profile != null) {
            if (options.format() != null && !options.format().equals(CSV)) {
                throw new ParameterException(mixee.commandLine(), "--profile is a CSV profile; it does not apply "
                        + "to --format " + options.format());
            }
            options = options.with(CsvProfile.class, loadProfile());
        }
        return options;
    }

    /** {@return the provider's own name for {@link #format}, compared ignoring case} */
    private String known(ParserRegistry registry) {
        // Sorted, so that the message lists the same choices in the same order whatever the class path order.
        List<String> names = registry.providers().stream().map(ExportParserProvider::name).sorted().toList();
        for (String name : names) {
            if (name.equalsIgnoreCase(format.strip())) {
                return name;
            }
        }
        throw new ParameterException(mixee.commandLine(), "Invalid value for option '--format': '" + format
                + "' (choose one of " + String.join(", ", names) + ")");
    }

    private CsvProfile loadProfile() {
        if (Files.isDirectory(profile)) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, "the CSV profile " + profile
                    + " is a folder, not a .properties file");
        }
        try {
            return CsvProfile.load(profile);
        } catch (ParseException e) {
            // Its message already names the profile and the key; the prefix says it is the profile's fault.
            throw new SyncException(SyncException.Kind.BAD_INPUT, "CSV profile " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, "no such CSV profile: " + profile, e);
        } catch (AccessDeniedException e) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, "permission denied reading the CSV profile "
                    + profile, e);
        } catch (IOException e) {
            throw new SyncException(SyncException.Kind.BAD_INPUT, "cannot read the CSV profile " + profile + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
