package org.onecsync.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.http.ExchangeCredentials;
import org.onecsync.order.Customer;
import org.onecsync.order.Delivery;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;
import org.sqlite.SQLiteDataSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The shop's own orders table behind the mounted exchange, in a real Jetty, with a client playing 1C: its
 * {@code query} gets the shop's orders, and the status document it sends back lands in the shop's table.
 */
@Timeout(60)
class SaleMountTest {

    static final Instant PLACED = Instant.parse("2026-11-30T08:00:00Z");

    @TempDir
    Path tmp;

    private Server server;
    private SQLiteDataSource shop;
    private OneCSaleClient oneC;

    static Order order(long id, String number, Instant changedAt) {
        return Order.builder().id(String.valueOf(id)).number(number).date(LocalDateTime.parse("2026-11-30T11:00:00"))
                .currency("RUB").customer(Customer.of("Анна Смирнова", "anna@example.com", "+7 900 111-22-33",
                        "Казань, ул. Баумана, 5"))
                .line(OrderItem.of("p1#red", "Футболка красная", new BigDecimal("2"), new BigDecimal("500")))
                .delivery(new Delivery("Курьер", new BigDecimal("300"))).payment("Картой").status("Новый")
                .changedAt(changedAt).build();
    }

    @BeforeEach
    void start() throws Exception {
        shop = new SQLiteDataSource();
        shop.setUrl("jdbc:sqlite:" + tmp.resolve("shop.db"));
        ShopOrderSchema.create(shop);
        ShopOrderSchema.insert(shop, order(1001, "A-1001", PLACED));
        ShopOrderSchema.insert(shop, order(1002, "A-1002", PLACED.plusSeconds(30)));

        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addEventListener(new SaleMount("/1c/exchange", "jdbc:sqlite:" + tmp.resolve("store.db"),
                tmp.resolve("uploads"), new ExchangeCredentials("admin", "secret"), shop));
        server.setHandler(context);
        server.start();
        oneC = new OneCSaleClient("http://127.0.0.1:" + connector.getLocalPort() + "/1c/exchange", "admin", "secret");
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void oneCGetsTheShopsOrdersOnceAndItsStatusesLandInTheShopsTable() throws Exception {
        assertTrue(oneC.checkauth().startsWith("success\n"));
        assertTrue(oneC.init("3.1").endsWith("\nversion=3.1"));

        byte[] first = oneC.send("mode=query", null);
        assertEquals(List.of("1001 A-1001 1300", "1002 A-1002 1300"), orders(first));
        assertTrue(oneC.call("mode=success").startsWith("success\n2 orders confirmed"));
        assertEquals(List.of(), orders(oneC.send("mode=query", null)));

        assertEquals("success", oneC.upload("orders.xml", statuses()));
        String reply = oneC.importUntilDone("orders.xml");
        assertTrue(reply.startsWith("success\n"), reply);
        assertTrue(reply.contains("no order with number \"A-9999\" or id \"9999\""), reply);

        // 1001 matched by the id the shop sent, 1002 by its number (1C sent its own GUID as Ид).
        assertEquals("ЦБ-000017 2026-11-30T00:00:00 true null null false Собран " + micros(PLACED), row(1001));
        assertEquals("ЦБ-000018 null false true null null Отменен " + micros(PLACED.plusSeconds(30)), row(1002));
        // The sink left changed_at alone: 1C's own update does not hand the orders back to it.
        oneC.init("3.1");
        assertEquals(List.of(), orders(oneC.send("mode=query", null)));
    }

    /** A status document in the 2.0x shape 1C sends (cml204-1c-official/orders.xml), for the shop's orders. */
    static byte[] statuses() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<КоммерческаяИнформация ВерсияСхемы=\"2.04\" ДатаФормирования=\"2026-11-30T12:00:00\">\n"
                + status("1001", "A-1001", requisite("Номер по 1С", "ЦБ-000017 ") + requisite("Дата по 1С",
                        "2026-11-30") + requisite("ПометкаУдаления", "false") + requisite("Проведен", "true")
                        + requisite("Статус заказа", "Собран"))
                + status("6d3b9c2e-5f1a-11ee-8c99-0242ac120002", "A-1002", requisite("Номер по 1С", "ЦБ-000018")
                        + requisite("Проведен", "false") + requisite("Отменен", "true")
                        + requisite("Статус заказа", "Отменен"))
                + status("9999", "A-9999", requisite("Номер по 1С", "ЦБ-000019") + requisite("Проведен", "true"))
                + "</КоммерческаяИнформация>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String status(String id, String number, String requisites) {
        return "<Документ>\n<Ид>" + id + "</Ид>\n<Номер>" + number + "</Номер>\n<Дата>2026-11-30</Дата>\n"
                + "<Время>11:00:00</Время>\n<ХозОперация>Заказ товара</ХозОперация>\n<Роль>Продавец</Роль>\n"
                + "<ЗначенияРеквизитов>\n" + requisites + "</ЗначенияРеквизитов>\n</Документ>\n";
    }

    private static String requisite(String name, String value) {
        return "<ЗначениеРеквизита>\n<Наименование>" + name + "</Наименование>\n<Значение>" + value
                + "</Значение>\n</ЗначениеРеквизита>\n";
    }

    /** Each order of a query's document as "id number total", read by a DOM parser that refuses doctypes. */
    static List<String> orders(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        List<String> orders = new ArrayList<>();
        NodeList documents = document.getDocumentElement().getElementsByTagName("Документ");
        for (int i = 0; i < documents.getLength(); i++) {
            Element d = (Element) documents.item(i);
            orders.add(child(d, "Ид") + " " + child(d, "Номер") + " " + new BigDecimal(child(d, "Сумма"))
                    .stripTrailingZeros().toPlainString());
        }
        return orders;
    }

    /** The text of a direct child: a customer's or a line's {@code Ид} is deeper and must not be taken. */
    private static String child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent();
            }
        }
        throw new AssertionError("no " + name + " in an order document");
    }

    /** The 1C columns of an order (a column 1C did not send stays null) and its changed_at, as the shop's table holds them. */
    private String row(long id) throws SQLException {
        try (Connection connection = shop.getConnection(); Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT onec_number, onec_date, posted, cancelled, shipped,"
                     + " deletion_mark, onec_status, changed_at FROM shop_order WHERE id = " + id)) {
            assertTrue(rows.next());
            return rows.getString(1) + " " + rows.getString(2) + " " + flag(rows, 3) + " " + flag(rows, 4) + " "
                    + flag(rows, 5) + " " + flag(rows, 6) + " " + rows.getString(7) + " " + rows.getLong(8);
        }
    }

    private static String flag(ResultSet rows, int column) throws SQLException {
        boolean value = rows.getBoolean(column);
        return rows.wasNull() ? "null" : String.valueOf(value);
    }

    private static long micros(Instant instant) {
        return ShopOrderRows.micros(instant);
    }
}
