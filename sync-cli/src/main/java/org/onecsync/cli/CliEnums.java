package org.onecsync.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** Parses lower-case option values into enums, with a usage error that lists the choices (see {@link BadValue}). */
final class CliEnums {

    private CliEnums() {
    }

    static <E extends Enum<E>> E parse(CommandSpec spec, String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw BadValue.of(spec, option, "'" + value + "' (choose one of " + choices + ")");
    }
}
