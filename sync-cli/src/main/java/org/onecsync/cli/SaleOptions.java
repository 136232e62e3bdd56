package org.onecsync.cli;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.onecsync.http.SaleSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code serve} for the order exchange ({@code type=sale}). */
final class SaleOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--order-charset", paramLabel = "CHARSET", defaultValue = "utf-8",
            description = "The charset of the order documents 1C fetches: utf-8 (with a byte-order mark, which 1C "
                + "8.3 needs) or windows-1251 (default: ${DEFAULT-VALUE}).")
    String charset;

    @Option(names = "--order-limit", paramLabel = "N", defaultValue = "500",
            description = "The most orders one query of 1C gets, oldest change first; the others come with the next "
                + "exchange, none is dropped (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--order-statuses", paramLabel = "LIST", defaultValue = "Новый, Принят, Выполнен, Отменен",
            description = "The shop's order statuses, comma-separated, that 1C's mode=info gets "
                + "(default: ${DEFAULT-VALUE}).")
    String statuses;

    @Option(names = "--payment-systems", paramLabel = "LIST", defaultValue = "",
            description = "The shop's payment systems, comma-separated, for mode=info (default: none).")
    String payments;

    @Option(names = "--delivery-services", paramLabel = "LIST", defaultValue = "",
            description = "The shop's delivery services, comma-separated, for mode=info (default: none).")
    String deliveries;

    /**
     * The settings: the store's order book as source and sink.
     *
     * @throws ParameterException naming the option whose value is wrong
     */
    SaleSettings settings() {
        Charset chosen = BadValue.charset(mixee, "--order-charset", charset);
        if (limit < 1) {
            throw BadValue.of(mixee, "--order-limit", limit + " (expected 1 or more)");
        }
        return SaleSettings.defaults().withCharset(chosen).withQueryLimit(limit)
                .withReferences(list(statuses), list(payments), list(deliveries));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
