package org.onecsync.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.onecsync.order.InvalidOrderException;
import org.onecsync.order.Order;
import org.onecsync.order.OrderJson;
import org.onecsync.store.CatalogStore;
import org.onecsync.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code onec-sync orders add FILE.json}: adds the shop's orders to the store's order book, all or none.
 */
@Command(name = "add",
        description = {"Adds orders to the store's order book (for shops without an order table of their own), "
            + "all or none. An order with the id of a stored one replaces it and is handed to 1C again.",
            "FILE holds one order object or an array of them, e.g. {\"number\":\"A-1\",\"date\":\"2026-11-30T10:15:00\","
            + "\"currency\":\"RUB\",\"customer\":{\"name\":…,\"email\":…,\"phone\":…,\"address\":…},"
            + "\"lines\":[{\"offer\":\"product#variant\",\"name\":…,\"quantity\":1,\"price\":499}],"
            + "\"delivery\":{\"name\":…,\"price\":300},\"payment\":…,\"status\":…,\"comment\":…}. "
            + "The id defaults to the number, changedAt to now, the total to the lines plus the delivery."},
        mixinStandardHelpOptions = true)
public final class OrdersAddCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Parameters(index = "0", paramLabel = "FILE", description = "A JSON file of orders (UTF-8).")
    Path file;

    @Override
    public Integer call() throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Order> orders;
        try {
            orders = OrderJson.readAll(new StringReader(text), Instant.now());
        } catch (InvalidOrderException e) {
            throw new InvalidOrderException(file + ": " + e.getMessage());
        }
        try (CatalogStore store = database.open()) {
            store.orders().orElseThrow(() -> new StoreException("this store keeps no order book", null))
                    .add(orders);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Added " + orders.size() + (orders.size() == 1 ? " order" : " orders") + ": "
                + String.join(", ", orders.stream().map(Order::number).toList()));
        out.flush();
        return ExitCodes.OK;
    }
}
