package org.onecsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order exchange through {@code onec-sync serve} in a process of its own: orders added with
 * {@code onec-sync orders add}, fetched and confirmed by a client playing 1C, its status document applied, and
 * {@code onec-sync orders} showing the state.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ServeOrdersTest {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("exchange:secret".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void oneCFetchesConfirmsAndUpdatesTheOrdersOfTheOrderBook() throws Exception {
        Path db = dir.resolve("shop.db");
        Path orders = dir.resolve("orders.json");
        Files.writeString(orders, """
                [{"number": "92", "date": "2026-11-30T10:15:00", "currency": "RUB",
                  "customer": {"name": "Иван Петров", "email": "ivan@example.com", "phone": "+7 900 000-00-00",
                               "address": "Москва, ул. Ленина, 1"},
                  "lines": [{"offer": "p1#red", "name": "Футболка", "quantity": 2, "price": 499.50}],
                  "delivery": {"name": "Курьер", "price": 300}, "payment": "Картой", "status": "Принят",
                  "comment": "позвонить заранее"}]
                """);
        CliRun added = CliRun.of("orders", "add", orders.toString(), "--db", db.toString());
        assertEquals(0, added.exitCode(), added.err());

        ChildCli child = ChildCli.start(dir, Map.of("ONEC_SYNC_EXCHANGE_USER", "exchange",
                "ONEC_SYNC_EXCHANGE_PASSWORD", "secret"), "serve", "--port", "0", "--db", db.toString(),
                "--upload-dir", dir.resolve("uploads").toString(), "--order-limit", "100");
        try {
            String url = ServeCommandTest.awaitUrl(child);
            assertTrue(child.stdout().contains("Orders (type=sale, same address): the order book in the database "
                    + "(onec-sync orders add), documents in utf-8, at most 100 orders per query"), child.stdout());
            HttpClient http = HttpClient.newHttpClient();
            String[] login = send(http, url + "?type=sale&mode=checkauth", null).split("\n");
            assertEquals("success", login[0]);
            assertEquals(4, login.length);
            String cookie = login[1] + "=" + login[2];
            assertEquals("zip=no\nfile_limit=8388608\n" + login[3] + "\nversion=3.1",
                    send(http, url + "?type=sale&mode=init&version=3.1", cookie));

            String document = send(http, url + "?type=sale&mode=query", cookie);
            assertTrue(document.contains("<Номер>92</Номер>"), document);
            assertTrue(document.contains("<Ид>p1#red</Ид>"), document);
            assertTrue(send(http, url + "?type=sale&mode=success", cookie).startsWith("success\n1 orders confirmed"));
            assertTrue(!send(http, url + "?type=sale&mode=query", cookie).contains("<Документ>"));

            String status = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <КоммерческаяИнформация ВерсияСхемы="2.05" ДатаФормирования="2026-11-30T12:00:00">
                    <Документ><Ид>92</Ид><Номер>92</Номер><Дата>2026-11-30</Дата><ХозОперация>Заказ товара</ХозОперация>
                    <Роль>Продавец</Роль><ЗначенияРеквизитов>
                    <ЗначениеРеквизита><Наименование>Номер по 1С</Наименование><Значение> ЦБ-92 </Значение></ЗначениеРеквизита>
                    <ЗначениеРеквизита><Наименование>Проведен</Наименование><Значение>true</Значение></ЗначениеРеквизита>
                    <ЗначениеРеквизита><Наименование>Статус заказа</Наименование><Значение>Отгружен</Значение></ЗначениеРеквизита>
                    </ЗначенияРеквизитов></Документ></КоммерческаяИнформация>
                    """;
            assertEquals("success", send(http, url + "?type=sale&mode=file&filename=orders-1.xml", cookie,
                    status.getBytes(StandardCharsets.UTF_8)));
            String reply = "progress";
            for (int i = 0; i < 500 && reply.startsWith("progress"); i++) {
                reply = send(http, url + "?type=sale&mode=import&filename=orders-1.xml", cookie);
            }
            assertTrue(reply.startsWith("success\nimported orders-1.xml"), reply);
        } finally {
            child.process().destroy();
        }
        assertEquals(143, child.await(), child.stdout() + child.stderr());

        CliRun listed = CliRun.of("orders", "--db", db.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("92"), listed.out());
        assertTrue(listed.out().contains("confirmed"), listed.out());
        assertTrue(listed.out().contains("ЦБ-92"), listed.out());
        assertTrue(listed.out().contains("Отгружен"), listed.out());
    }

    private static String send(HttpClient http, String url, String cookie) throws Exception {
        return send(http, url, cookie, null);
    }

    private static String send(HttpClient http, String url, String cookie, byte[] body) throws Exception {
        return ServeCommandTest.send(http, url, AUTH, cookie, body);
    }
}
