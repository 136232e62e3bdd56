package org.onecsync.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.OrderBook;
import org.onecsync.store.OrderBookEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync orders}: the orders of the store's order book, oldest change first, with their hand-over to 1C and
 * the last status 1C sent; {@code orders add} adds some.
 */
@Command(name = "orders",
        description = "Lists the orders of the store's order book, oldest change first: number, export state (new, "
            + "sent, confirmed) and the last status from 1C (1C number and date, posted, cancelled, shipped, "
            + "deletion mark, status).",
        mixinStandardHelpOptions = true,
        subcommands = OrdersAddCommand.class)
public final class OrdersCommand implements Callable<Integer> {

    /** Dates with their seconds always shown. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--json", description = "Print JSON: an array of orders.")
    boolean json;

    @Override
    public Integer call() {
        List<OrderBookEntry> entries;
        try (CatalogStore store = database.open()) {
            entries = store.orders().map(OrderBook::list).orElse(List.of());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(entries));
        } else {
            text(out, entries);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String json(List<OrderBookEntry> entries) {
        ArrayNode root = Json.MAPPER.createArrayNode();
        for (OrderBookEntry e : entries) {
            ObjectNode node = root.addObject();
            node.put("id", e.order().id());
            node.put("number", e.order().number());
            node.put("date", ISO.format(e.order().date()));
            node.put("total", e.order().total());
            node.put("currency", e.order().currency());
            node.put("changedAt", e.order().changedAt().toString());
            node.put("export", e.state().jsonName());
            node.put("confirmedChangedAt", e.confirmedChangedAt() == null ? null : e.confirmedChangedAt().toString());
            OrderStatusUpdate s = e.lastStatus();
            if (s == null) {
                node.putNull("status1c");
                continue;
            }
            ObjectNode status = node.putObject("status1c");
            status.put("number", s.oneCNumber());
            status.put("date", s.oneCDate() == null ? null : ISO.format(s.oneCDate()));
            status.put("posted", s.posted());
            status.put("cancelled", s.cancelled());
            status.put("shipped", s.shipped());
            status.put("deletionMark", s.deletionMark());
            status.put("status", s.status());
            status.put("appliedAt", e.statusAt().toString());
        }
        return Json.pretty(root);
    }

    private static void text(PrintWriter out, List<OrderBookEntry> entries) {
        if (entries.isEmpty()) {
            out.println("No orders yet.");
            return;
        }
        String format = "%-12s %-10s %-12s %-19s %-6s %-9s %-7s %-7s %s%n";
        out.printf(format, "NUMBER", "EXPORT", "1C NUMBER", "1C DATE", "POSTED", "CANCELLED", "SHIPPED", "DELETED",
                "1C STATUS");
        for (OrderBookEntry e : entries) {
            OrderStatusUpdate s = e.lastStatus();
            out.printf(format, e.order().number(), e.state().jsonName(), text(s == null ? null : s.oneCNumber()),
                    text(s == null || s.oneCDate() == null ? null : ISO.format(s.oneCDate())),
                    yesNo(s == null ? null : s.posted()), yesNo(s == null ? null : s.cancelled()),
                    yesNo(s == null ? null : s.shipped()), yesNo(s == null ? null : s.deletionMark()),
                    text(s == null ? null : s.status()));
        }
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }

    private static String yesNo(Boolean value) {
        return value == null ? "-" : value ? "yes" : "no";
    }
}
