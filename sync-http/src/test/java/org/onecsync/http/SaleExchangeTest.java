package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The order exchange ({@code type=sale}) as a 1C-like client runs it against the real servlet: {@code checkauth},
 * {@code init} with and without {@code version}, {@code query} parsed as XML, the two-phase {@code success},
 * {@code info}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SaleExchangeTest {

    static final Instant T1 = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path dir;

    static Order order(String number, Instant changedAt) {
        return Order.builder().number(number).date(LocalDateTime.parse("2026-11-30T10:15:00")).currency("RUB")
                .customer(new Customer(null, "Иван Петров", "ivan@example.com", "+7 900 000-00-00",
                        "Москва, ул. Ленина, 1", null, null, null))
                .line(OrderItem.of("p1#red", "Футболка красная", new BigDecimal("2"), new BigDecimal("499.50")))
                .delivery(new Delivery("Курьер", new BigDecimal("300")))
                .payment("Картой").status("Принят").changedAt(changedAt).build();
    }

    static ExchangeServer server(Path dir, SaleSettings sale) throws Exception {
        return new ExchangeServer(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("store.db")),
                dir.resolve("uploads"), s -> s, sale, Executors.newCachedThreadPool());
    }

    static ExchangeClient saleClient(ExchangeServer server) {
        ExchangeClient client = new ExchangeClient(server.url());
        client.type = "sale";
        return client;
    }

    /** The numbers of the orders in a query's document, parsed by a secure DOM parser. */
    static List<String> numbers(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        List<String> numbers = new ArrayList<>();
        NodeList documents = document.getDocumentElement().getElementsByTagName("Документ");
        for (int i = 0; i < documents.getLength(); i++) {
            Element d = (Element) documents.item(i);
            numbers.add(d.getElementsByTagName("Номер").item(0).getTextContent());
        }
        return numbers;
    }

    static HttpResponse<byte[]> query(ExchangeClient client) throws Exception {
        return client.send("mode=query", null, false);
    }

    @Test
    void checkauthAndInitAnswerAsTheOrderExchangeAsksWithTheVersionLinesOnlyWhenOneCSentAVersion() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            ExchangeClient client = saleClient(server);
            String auth = client.checkauth();
            assertEquals(4, auth.split("\n").length, auth);
            assertTrue(auth.startsWith("success\nonecsync_session\n"), auth);
            assertEquals("zip=no\nfile_limit=8388608", client.call("mode=init"));
            assertEquals("zip=no\nfile_limit=8388608\nsessid=" + client.sessid + "\nversion=3.1",
                    client.call("mode=init&version=3.1"));
            assertEquals("zip=no\nfile_limit=8388608\nsessid=" + client.sessid + "\nversion=2.08",
                    client.call("mode=init&version=2.09"));
            assertEquals("zip=no\nfile_limit=8388608\nsessid=" + client.sessid + "\nversion=2.05",
                    client.call("mode=init&version=2.04"));
        }
    }

    @Test
    void aQueryHandsOverTheAddedOrdersAndAfterSuccessNoneUntilOneChanges() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            server.store.orders().orElseThrow().add(List.of(order("A-1", T1), order("A-2", T1.plusSeconds(1))));
            ExchangeClient client = saleClient(server);
            client.checkauth();
            assertTrue(client.call("mode=init&version=3.1").endsWith("\nversion=3.1"));

            HttpResponse<byte[]> first = query(client);
            assertEquals("application/xml; charset=utf-8", first.headers().firstValue("Content-Type").orElseThrow()
                    .toLowerCase(java.util.Locale.ROOT).replace("\"", ""));
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(first.body(), 3));
            String text = new String(first.body(), StandardCharsets.UTF_8);
            assertTrue(text.contains("ВерсияСхемы=\"3.1\""), text);
            assertTrue(text.contains("<Контейнер>"), text);
            assertEquals(List.of("A-1", "A-2"), numbers(first.body()));

            assertTrue(client.call("mode=success").startsWith("success\n2 orders confirmed"));
            assertEquals(List.of(), numbers(query(client).body()));

            server.store.orders().orElseThrow().add(List.of(order("A-2", T1.plusSeconds(60))));
            assertEquals(List.of("A-2"), numbers(query(client).body()));
        }
    }

    @Test
    void aQueryRepeatedWithoutSuccessHandsTheSameOrdersOverAgainWithNewerOnes() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            server.store.orders().orElseThrow().add(List.of(order("B-1", T1)));
            ExchangeClient client = saleClient(server);
            client.checkauth();
            client.call("mode=init");
            assertEquals(List.of("B-1"), numbers(query(client).body()));
            server.store.orders().orElseThrow().add(List.of(order("B-2", T1.plusSeconds(5))));
            assertEquals(List.of("B-1", "B-2"), numbers(query(client).body()));
            // 2.05 without a version: dates and times apart, no containers.
            String text = new String(query(client).body(), StandardCharsets.UTF_8);
            assertTrue(text.contains("ВерсияСхемы=\"2.05\"") && !text.contains("<Контейнер>"), text);
        }
    }

    @Test
    void aSuccessOnlyConfirmsItsOwnExchangesQuery() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults().withQueryLimit(1))) {
            server.store.orders().orElseThrow().add(List.of(order("C-1", T1), order("C-2", T1.plusSeconds(1))));
            ExchangeClient client = saleClient(server);
            client.checkauth();
            client.call("mode=init");
            // The limit hands over the oldest first; the next exchange gets the rest.
            assertEquals(List.of("C-1"), numbers(query(client).body()));
            client.call("mode=success");
            client.call("mode=init");
            assertEquals(List.of("C-2"), numbers(query(client).body()));
            client.call("mode=init");
            assertEquals("success\n0 orders confirmed in exchange", client.call("mode=success")
                    .replaceAll(" \\S+$", ""));
            assertEquals(List.of("C-2"), numbers(query(client).body()));
        }
    }

    /** The status documents 1C sent for orders 92 and 93 (and the site's order 36, unknown here). */
    static byte[] fixtureStatuses() throws Exception {
        return java.nio.file.Files.readAllBytes(Fixtures.require("cml204-1c-official").resolve("orders.xml"));
    }

    static String statusOf(ExchangeServer server, String number) {
        return server.store.orders().orElseThrow().list().stream().filter(e -> e.order().number().equals(number))
                .map(e -> e.lastStatus() == null ? "none" : e.lastStatus().oneCNumber() + " "
                        + e.lastStatus().posted() + " " + e.lastStatus().status())
                .findFirst().orElseThrow();
    }

    @Test
    void theNewProtocolKeepsAStatusFileAndAppliesItOnImport() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            server.store.orders().orElseThrow().add(List.of(order("92", T1), order("93", T1)));
            ExchangeClient client = saleClient(server);
            client.checkauth();
            client.call("mode=init&version=2.08");
            assertEquals("success", client.upload("orders.xml", fixtureStatuses()));
            assertEquals("none", statusOf(server, "92"));

            String reply = client.importUntilDone("orders.xml");
            assertTrue(reply.startsWith("success\nimported orders.xml (session "), reply);
            assertTrue(reply.contains("no order with number \"36\""), reply);
            assertEquals("MM92 true Открыт", statusOf(server, "92"));
            assertEquals("MM93 true Открыт", statusOf(server, "93"));
            // Imported once: asked again, the same answer, nothing applied twice.
            assertEquals(reply, client.importUntilDone("orders.xml"));
        }
    }

    @Test
    void theOldProtocolAppliesAStatusFileInItsUploadCall() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            server.store.orders().orElseThrow().add(List.of(order("92", T1)));
            ExchangeClient client = saleClient(server);
            client.checkauth();
            assertEquals("zip=no\nfile_limit=8388608", client.call("mode=init"));
            String reply = client.upload("orders.xml", fixtureStatuses());
            assertTrue(reply.startsWith("success\nimported orders.xml (session "), reply);
            assertEquals("MM92 true Открыт", statusOf(server, "92"));
        }
    }

    @Test
    void aTruncatedStatusFileChangesNothing() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            server.store.orders().orElseThrow().add(List.of(order("92", T1), order("93", T1)));
            ExchangeClient client = saleClient(server);
            client.checkauth();
            client.call("mode=init&version=3.1");
            byte[] whole = fixtureStatuses();
            assertEquals("success", client.upload("orders.xml", Arrays.copyOf(whole, whole.length - 200)));
            String reply = client.importUntilDone("orders.xml");
            assertTrue(reply.startsWith("failure\nimport of orders.xml failed, nothing of it was applied: "), reply);
            assertEquals("none", statusOf(server, "92"));
            assertEquals("none", statusOf(server, "93"));
        }
    }

    @Test
    void aStatusFileNeverUploadedIsRefused() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            ExchangeClient client = saleClient(server);
            client.checkauth();
            client.call("mode=init&version=3.1");
            assertEquals("failure\nno file named orders.xml was uploaded in this exchange",
                    client.call("mode=import&filename=orders.xml"));
            String traversal = client.upload("../../evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
            assertTrue(traversal.startsWith("failure\n"), traversal);
            assertTrue(java.nio.file.Files.notExists(dir.resolve("evil.xml")));
            assertTrue(java.nio.file.Files.notExists(dir.resolve("uploads").resolve("evil.xml")));
        }
    }

    @Test
    void infoListsTheShopsStatusesPaymentSystemsAndDeliveryServices() throws Exception {
        SaleSettings sale = SaleSettings.defaults().withReferences(List.of("Принят", "Отгружен"), List.of("Картой"),
                List.of("Курьер"));
        try (ExchangeServer server = server(dir, sale)) {
            ExchangeClient client = saleClient(server);
            client.checkauth();
            client.call("mode=init&version=2.10");
            String text = new String(client.send("mode=info", null, false).body(), StandardCharsets.UTF_8);
            assertTrue(text.contains("<Справочник><Статусы><Элемент><Ид>Принят</Ид><Название>Принят</Название>"
                    + "</Элемент><Элемент><Ид>Отгружен</Ид><Название>Отгружен</Название></Элемент></Статусы>"
                    + "<ПлатежныеСистемы><Элемент><Ид>Картой</Ид><Название>Картой</Название></Элемент>"
                    + "</ПлатежныеСистемы><СлужбыДоставки><Элемент><Ид>Курьер</Ид><Название>Курьер</Название>"
                    + "</Элемент></СлужбыДоставки></Справочник>"), text);
        }
    }

    @Test
    void anUnknownSaleModeAndAWrongPasswordAnswerFailure() throws Exception {
        try (ExchangeServer server = server(dir, SaleSettings.defaults())) {
            ExchangeClient client = saleClient(server);
            client.checkauth();
            assertEquals("failure\nUnknown mode", client.call("mode=deactivate"));
            ExchangeClient stranger = saleClient(server);
            stranger.password = "wrong";
            assertEquals("failure\nwrong user or password", stranger.call("mode=query"));
        }
    }
}
