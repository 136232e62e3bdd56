package org.onecsync.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Usage errors for an option's value. The exception names the option's spec, so that {@code serve}'s error line
 * adds, once, the config file line the value came from (see {@link OnecSync}).
 */
final class BadValue {

    private BadValue() {
    }

    /** {@return "Invalid value for option 'OPTION': DETAIL", tied to the option} */
    static ParameterException of(CommandSpec spec, String option, String detail) {
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + detail,
                spec.findOption(option), null);
    }

    /** {@return the charset of a utf-8 or windows-1251 option; serve's replies and orders take these two only} */
    static Charset charset(CommandSpec spec, String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1251", "cp1251" -> Charset.forName("windows-1251");
            default -> throw of(spec, option, value + " (expected utf-8 or windows-1251)");
        };
    }
}
