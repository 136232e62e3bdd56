package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.Requisite;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.store.OrderBook;
import org.onecsync.store.OrderVersion;

/** {@code orders add} and {@code orders}: orders from JSON files into the store's order book, and their listing. */
abstract class OrdersContract extends DatabaseContract {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    static String order(String number, String quantity) {
        return """
                {"number": "%s", "date": "2026-11-30T10:15:00", "currency": "RUB",
                 "customer": {"name": "Иван Петров", "email": "ivan@example.com", "phone": "+7 900 000-00-00",
                              "address": "Москва, ул. Ленина, 1"},
                 "lines": [{"offer": "p1#red", "name": "Футболка", "quantity": %s, "price": 499.50},
                           {"offer": "p2", "name": "Кружка", "quantity": 1, "price": "250"}],
                 "delivery": {"name": "Курьер", "price": 300},
                 "payment": "Картой", "status": "Принят", "comment": "позвонить заранее"}
                """.formatted(number, quantity);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }

    @Test
    void ordersAddedFromAnObjectAndAnArrayAreListedAsNewWithTheirDefaults() throws IOException {
        CliRun one = run("orders", "add", file("one.json", order("A-1", "2")).toString());
        CliRun two = run("orders", "add", file("two.json", "[" + order("B-2", "1") + "," + order("C-3", "3")
                + "]").toString());

        assertEquals(List.of(0, "Added 1 order: A-1\n", ""), List.of(one.exitCode(), one.out(), one.err()));
        assertEquals(List.of(0, "Added 2 orders: B-2, C-3\n", ""), List.of(two.exitCode(), two.out(), two.err()));
        CliRun listed = run("orders", "--json");
        assertEquals(0, listed.exitCode(), listed.err());
        JsonNode orders = JSON.readTree(listed.out());
        assertEquals(3, orders.size());
        JsonNode first = orders.get(0);
        assertEquals(List.of("A-1", "A-1", "2026-11-30T10:15:00", "1549", "RUB", "new"),
                List.of(first.get("id").asText(), first.get("number").asText(), first.get("date").asText(),
                        first.get("total").decimalValue().toPlainString(), first.get("currency").asText(),
                        first.get("export").asText()));
        assertEquals(true, first.get("status1c").isNull());
        assertEquals(true, first.get("confirmedChangedAt").isNull());
        assertEquals(List.of("B-2", "C-3"), List.of(orders.get(1).get("number").asText(),
                orders.get(2).get("number").asText()));
    }

    @Test
    void theListingShowsTheExportStateAndTheLastStatusFrom1c() throws IOException {
        run("orders", "add", file("orders.json", "[" + order("A-1", "1") + "," + order("B-2", "1") + ","
                + order("C-3", "1") + "]").toString());
        try (JdbiCatalogStore store = JdbiCatalogStore.open(database.url())) {
            OrderBook book = store.orders().orElseThrow();
            List<OrderVersion> versions = book.toExport(10).stream().map(OrderVersion::of).toList();
            book.recordSent("x1", versions.subList(0, 1), Instant.now());
            book.confirm("x1", Instant.now());
            book.recordSent("x2", versions.subList(1, 2), Instant.now());
            assertEquals(OrderSink.Result.applied("A-1"), book.applyStatus(new OrderStatusUpdate("A-1", null, " 00017 ",
                    LocalDateTime.parse("2026-12-01T09:30:00"), true, false, null, false, "[N] Принят",
                    List.of(new Requisite("Проведен", "true"))), Instant.now()));
        }

        CliRun text = run("orders");

        assertEquals(0, text.exitCode(), text.err());
        assertEquals("""
                NUMBER       EXPORT     1C NUMBER    1C DATE             POSTED CANCELLED SHIPPED DELETED 1C STATUS
                A-1          confirmed  00017        2026-12-01T09:30:00 yes    no        -       no      [N] Принят
                B-2          sent       -            -                   -      -         -       -       -
                C-3          new        -            -                   -      -         -       -       -
                """, text.out());
        JsonNode status = JSON.readTree(run("orders", "--json").out()).get(0).get("status1c");
        assertEquals(List.of("00017", "2026-12-01T09:30:00", "true", "false", "null", "false", "[N] Принят"),
                List.of(status.get("number").asText(), status.get("date").asText(), status.get("posted").asText(),
                        status.get("cancelled").asText(), status.get("shipped").asText(),
                        status.get("deletionMark").asText(), status.get("status").asText()));
    }

    @Test
    void aBadValueIsRefusedWithItsPlaceAndNothingIsStored() throws IOException {
        Path bad = file("bad.json", "[" + order("A-1", "1") + "," + order("B-2", "\"two\"") + "]");

        CliRun refused = run("orders", "add", bad.toString());

        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode());
        assertEquals("error: " + bad + ": not a number: \"two\" at line 11, column 64 (/1/lines/0/quantity)\n",
                refused.err());
        assertEquals("No orders yet.\n", run("orders").out());
    }

    @Test
    void brokenJsonAndAMissingFieldAreRefusedWithTheirPlace() throws IOException {
        Path broken = file("broken.json", "{\"number\": \"A-1\",\n \"date\": }");
        Path missing = file("missing.json", order("A-1", "1").replace("\"currency\": \"RUB\",", ""));

        CliRun syntax = run("orders", "add", broken.toString());
        CliRun incomplete = run("orders", "add", missing.toString());

        assertEquals(ExitCodes.BAD_INPUT, syntax.exitCode());
        assertEquals("error: " + broken + ": not valid JSON at line 2, column 10: Unexpected character ('}' (code "
                + "125)): expected a value\n", syntax.err());
        assertEquals(ExitCodes.BAD_INPUT, incomplete.exitCode());
        assertEquals("error: " + missing + ": order at line 1, column 1: missing order currency\n", incomplete.err());
        assertEquals("No orders yet.\n", run("orders").out());
    }
}
