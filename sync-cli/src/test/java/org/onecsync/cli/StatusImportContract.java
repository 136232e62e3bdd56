package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecsync.SyncException;
import org.onecsync.commerceml.CommerceMlParserProvider;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.model.EntityId;
import org.onecsync.model.EntityType;
import org.onecsync.order.OrderSink;
import org.onecsync.order.OrderStatusUpdate;
import org.onecsync.parse.ParserRegistry;
import org.onecsync.source.ExportSource;
import org.onecsync.source.ExportSources;
import org.onecsync.store.Change;
import org.onecsync.store.ChangeKind;
import org.onecsync.sync.ImportFailedException;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.ImportReport;
import org.onecsync.sync.SyncEngine;

/**
 * 1C's status documents imported with {@code onec-sync import} (and through the engine with a shop's own sink): the
 * fixture's 2.03 documents and a 3.1 {@code Контейнер} document update the orders of the store's order book, which
 * {@code onec-sync orders} then shows; unknown orders are skipped with the reason; a truncated file changes nothing.
 */
abstract class StatusImportContract extends DatabaseContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path fixture() {
        return Fixtures.require("cml204-1c-official").resolve("orders.xml");
    }

    private void addOrders(String... numbers) throws IOException {
        List<String> orders = new ArrayList<>();
        for (String number : numbers) {
            orders.add(OrdersContract.order(number, "1"));
        }
        Path file = Files.writeString(tmp.resolve("orders.json"), "[" + String.join(",", orders) + "]");
        CliRun added = run("orders", "add", file.toString());
        assertEquals(0, added.exitCode(), added.err());
    }

    private JsonNode status(String number) throws IOException {
        for (JsonNode order : JSON.readTree(run("orders", "--json").out())) {
            if (order.get("number").asText().equals(number)) {
                return order.get("status1c");
            }
        }
        throw new AssertionError("no order " + number);
    }

    private static List<String> fields(JsonNode status) {
        return List.of(status.get("number").asText(), status.get("date").asText(), status.get("posted").asText(),
                status.get("cancelled").asText(), status.get("shipped").asText(),
                status.get("deletionMark").asText(), status.get("status").asText());
    }

    private List<Change> feed() {
        try (JdbiCatalogStore store = JdbiCatalogStore.open(database.url())) {
            return store.changes().after(0, 100);
        }
    }

    @Test
    void theFixturesStatusDocumentsUpdateTheOrdersAsListed() throws IOException {
        addOrders("36", "92", "93");

        CliRun imported = run("import", fixture().toString(), "--json");

        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode report = JSON.readTree(imported.out());
        assertEquals("succeeded", report.get("status").asText());
        assertEquals("{\"created\":0,\"updated\":3,\"unchanged\":0,\"deleted\":0,\"skipped\":0}",
                report.get("entities").get("orders").toString());
        assertEquals("{}", report.get("ignored").toString());
        assertEquals(List.of("null", "null", "null", "false", "null", "null", "[N] Принят"), fields(status("36")));
        assertEquals(List.of("MM92", "2015-08-12T00:00:00", "true", "null", "null", "false", "Открыт"),
                fields(status("92")));
        assertEquals(List.of("MM93", "2015-08-13T00:00:00", "true", "null", "null", "false", "Открыт"),
                fields(status("93")));
        long session = report.get("session").asLong();
        assertEquals(List.of("36", "92", "93"), feed().stream().map(change -> change.key().text()).toList());
        assertEquals(new Change(2, session, EntityType.ORDER, new EntityId("92"), ChangeKind.UPDATED, null),
                feed().get(1));
    }

    @Test
    void a31ContainerStatusDocumentUpdatesItsOrderAndTheListingShowsIt() throws IOException {
        addOrders("A-1");
        Path file = Files.writeString(tmp.resolve("from1c.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_3" ВерсияСхемы="3.1" \
                ДатаФормирования="2026-12-01T09:31:00">
                <Контейнер>
                <Документ>
                <Ид>A-1</Ид><Номер>A-1</Номер><Дата>2026-11-30</Дата><Время>10:15:00</Время>
                <ХозОперация>Заказ товара</ХозОперация><Роль>Продавец</Роль><Валюта>RUB</Валюта>
                <Курс>1</Курс><Сумма>1549</Сумма>
                <ЗначенияРеквизитов>
                <ЗначениеРеквизита><Наименование>Номер1С</Наименование><Значение>ТД00-000017 </Значение>
                </ЗначениеРеквизита>
                <ЗначениеРеквизита><Наименование>Дата1С</Наименование><Значение>  2026-12-01 09:30:00</Значение>
                </ЗначениеРеквизита>
                <ЗначениеРеквизита><Наименование>Проведен</Наименование><Значение>true</Значение>
                </ЗначениеРеквизита>
                <ЗначениеРеквизита><Наименование>Отменен</Наименование><Значение>false</Значение>
                </ЗначениеРеквизита>
                <ЗначениеРеквизита><Наименование>Отгружен</Наименование><Значение>true</Значение>
                </ЗначениеРеквизита>
                <ЗначениеРеквизита><Наименование>Номер отгрузки по 1С</Наименование><Значение>ТД00-000023</Значение>
                </ЗначениеРеквизита>
                </ЗначенияРеквизитов>
                </Документ>
                </Контейнер>
                </КоммерческаяИнформация>
                """);

        CliRun imported = run("import", file.toString());

        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(List.of("ТД00-000017", "2026-12-01T09:30:00", "true", "false", "true", "null", "null"),
                fields(status("A-1")));
        assertEquals("""
                NUMBER       EXPORT     1C NUMBER    1C DATE             POSTED CANCELLED SHIPPED DELETED 1C STATUS
                A-1          new        ТД00-000017  2026-12-01T09:30:00 yes    no        yes     -       -
                """, run("orders").out());
    }

    @Test
    void anUnknownOrderIsSkippedWithTheReasonAndTheOthersApply() throws IOException {
        addOrders("92");

        CliRun imported = run("import", fixture().toString(), "--json");

        assertEquals(0, imported.exitCode(), imported.err());
        JsonNode report = JSON.readTree(imported.out());
        assertEquals("partial", report.get("status").asText());
        assertEquals(1, report.get("entities").get("orders").get("updated").asInt());
        assertEquals(2, report.get("entities").get("orders").get("skipped").asInt());
        JsonNode first = report.get("problems").get(0);
        assertEquals(List.of("orders", "36", fixture().getFileName().toString(), "3",
                        "order document 36: no order with number \"36\" or id \"36\""),
                List.of(first.get("entity").asText(), first.get("key").asText(), first.get("file").asText(),
                        first.get("line").asText(), first.get("reason").asText()));
        assertEquals("MM92", status("92").get("number").asText());
    }

    private Path truncated() throws IOException {
        String text = Files.readString(fixture(), StandardCharsets.UTF_8);
        return Files.writeString(tmp.resolve("orders.xml"), text.substring(0, text.indexOf("<Ид>93</Ид>")));
    }

    @Test
    void aTruncatedStatusFileChangesNothing() throws IOException {
        addOrders("36", "92", "93");

        CliRun imported = run("import", truncated().toString());

        assertEquals(ExitCodes.BAD_INPUT, imported.exitCode(), imported.out());
        assertEquals(true, status("92").isNull());
        assertEquals(List.of(), feed());
    }

    private ImportReport importWith(Path file, OrderSink sink) throws IOException {
        try (JdbiCatalogStore store = JdbiCatalogStore.open(database.url());
             ExportSource source = ExportSources.open(file)) {
            return SyncEngine.builder(store).parsers(ParserRegistry.of(new CommerceMlParserProvider())).build()
                    .importExport(source, ImportOptions.defaults().withOrderSink(sink));
        }
    }

    @Test
    void aShopsOwnSinkReceivesTheFixturesUpdatesAndNothingOfATruncatedFile() throws IOException {
        List<OrderStatusUpdate> received = new ArrayList<>();
        OrderSink sink = update -> {
            received.add(update);
            return OrderSink.Result.APPLIED;
        };

        ImportFailedException failure = assertThrows(ImportFailedException.class, () -> importWith(truncated(), sink));
        assertEquals(SyncException.Kind.BAD_INPUT, failure.kind());
        assertEquals(List.of(), received);

        ImportReport report = importWith(fixture(), sink);

        assertEquals(List.of("36", "92", "93"), received.stream().map(OrderStatusUpdate::orderNumber).toList());
        OrderStatusUpdate second = received.get(1);
        assertEquals(List.of("92", "MM92", "2015-08-12T00:00", "true", "false", "Открыт"), List.of(second.orderId(),
                second.oneCNumber(), second.oneCDate().toString(), second.posted().toString(),
                second.deletionMark().toString(), second.status()));
        assertEquals(5, second.requisites().size());
        assertEquals(3, report.counts(EntityType.ORDER).updated());
    }
}
