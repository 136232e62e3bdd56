package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.onecsync.commerceml.testing.Fixtures;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The status page in a real headless Chromium, over a real Jetty and store, one browser for the class. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StatusPageBrowserTest {

    private static final String PUSH = "{\"products\": [{\"sku\": \"A-1\", \"name\": \"Дрель\", \"price\": 10}, "
            + "{\"sku\": \"Б-2\", \"name\": \"Пила\", \"price\": -1}]}";

    private static Chromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    static void startBrowser() throws Exception {
        chromium = Chromium.start();
        chromium.signIn(ExchangeServer.USER, ExchangeServer.PASSWORD);
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void blankPage() {
        chromium.driver.get("about:blank");
    }

    @Test
    void theListShowsFinishedSessionsNewestFirstWithSourceStatusCountsAndProblems() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(200, server.push(PUSH.replace("-1", "1")).statusCode());
            assertEquals(207, server.push(PUSH.replace("\"A-1\"", "\"A-3\"")).statusCode());
            open(server, "/");
            assertEquals("onec-sync status", chromium.driver.getTitle());
            List<WebElement> rows = chromium.driver.findElements(By.cssSelector("#sessions tbody tr"));
            assertEquals(2, rows.size());
            assertEquals(List.of("2", "api", "partial"), cells(rows.get(0)).subList(0, 3));
            assertEquals(List.of("1", "api", "succeeded"), cells(rows.get(1)).subList(0, 3));
            assertEquals("2 created, 0 updated, 0 unchanged, 0 deleted, 1 skipped", cells(rows.get(0)).get(6));
            assertEquals("1", cells(rows.get(0)).get(7));
            assertEquals("0", cells(rows.get(1)).get(7));
            assertTrue(cells(rows.get(0)).get(3).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"),
                    cells(rows.get(0)).get(3));
            assertEquals(List.of(), chromium.driver.findElements(By.tagName("progress")));
            assertEquals(List.of(), chromium.driver.findElements(By.cssSelector("meta[http-equiv=refresh]")));
        }
    }

    @Test
    void aRunningImportShowsItsProgressAndThePageRefreshesItselfUntilItSucceeded() throws Exception {
        try (StatusServer server = new StatusServer(JdbiCatalogStore.open("jdbc:sqlite:" + dir.resolve("s.db")), dir,
                Duration.ofMillis(300))) {
            server.store.hold();
            HttpResponse<String> accepted = server.push(PUSH.replace("-1", "2"));
            assertEquals(202, accepted.statusCode(), accepted.body());
            assertTrue(server.store.entered.await(20, TimeUnit.SECONDS));

            open(server, "/");
            WebElement row = chromium.driver.findElement(By.id("session-1"));
            assertEquals("running", row.findElement(By.cssSelector(".status")).getText());
            // Held at its first write: both records read, applying.
            WebElement bar = row.findElement(By.tagName("progress"));
            assertEquals("100", bar.getDomProperty("value"));
            assertEquals("100", bar.getDomProperty("max"));
            assertEquals("applying 100% · 2 records read", row.findElement(By.cssSelector(".phase")).getText());
            // Counts are recorded when the import ends.
            assertEquals("—", row.findElement(By.cssSelector(".counts")).getText());
            WebElement refresh = chromium.driver.findElement(By.cssSelector("meta[http-equiv=refresh]"));
            assertEquals("5", refresh.getDomAttribute("content"));

            server.store.release();
            // Nothing reloads the page but its own refresh: the browser shows the outcome by itself.
            new WebDriverWait(chromium.driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.cssSelector("#session-1 .status")).getText().equals("succeeded"));
            assertEquals(List.of(), chromium.driver.findElements(By.tagName("progress")));
            assertEquals(List.of(), chromium.driver.findElements(By.cssSelector("meta[http-equiv=refresh]")));
            assertEquals("5 created, 0 updated, 0 unchanged, 0 deleted, 0 skipped",
                    chromium.driver.findElement(By.cssSelector("#session-1 .counts")).getText());
        }
    }

    @Test
    void aSessionsPageShowsItsCountsAndProblemsWithLineAndReasonInCyrillic() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(207, server.push(PUSH).statusCode());
            open(server, "/");
            chromium.driver.findElement(By.linkText("1")).click();
            assertEquals(server.url("/sessions/1"), chromium.driver.getCurrentUrl());
            assertEquals("Session 1", chromium.driver.findElement(By.tagName("h1")).getText());
            List<WebElement> problems = chromium.driver.findElements(By.cssSelector("#problems tbody tr"));
            assertEquals(1, problems.size());
            assertEquals(List.of("sync.json", "1", "products", "Б-2", "products[1] (sku Б-2): price: must be ≥ 0, "
                    + "not -1"), cells(problems.get(0)));
            List<WebElement> counts = chromium.driver.findElements(By.cssSelector("#counts tbody tr"));
            assertEquals(List.of("products", "1", "0", "0", "0", "1"), cells(counts.get(1)));
            assertEquals(List.of(), chromium.driver.findElements(By.id("exchange-log")));
            chromium.driver.findElement(By.linkText("All sessions")).click();
            assertEquals(server.url("/"), chromium.driver.getCurrentUrl());
        }
    }

    @Test
    void anExchangeSessionsPageShowsItsExchangesRequestLog() throws Exception {
        Path fixture = Fixtures.require("cml207-ut11-package");
        try (StatusServer server = StatusServer.sqlite(dir)) {
            ExchangeClient client = new ExchangeClient(server.url("/1c_exchange"));
            assertTrue(client.checkauth().startsWith("success\n"));
            client.call("mode=init");
            client.upload("import0_1.xml", Files.readAllBytes(fixture.resolve("import0_1.xml")));
            assertTrue(client.importUntilDone("import0_1.xml").startsWith("success\n"));

            open(server, "/sessions/1");
            assertEquals("succeeded", chromium.driver.findElement(By.cssSelector(".status")).getText());
            List<WebElement> calls = chromium.driver.findElements(By.cssSelector("#exchange-log tbody tr"));
            assertTrue(calls.size() >= 4, () -> calls.size() + " calls");
            List<String> checkauth = cells(calls.get(0));
            assertEquals(List.of("127.0.0.1", "GET", "checkauth", "-", "0"), checkauth.subList(1, 6));
            assertEquals("success", checkauth.get(7));
            assertEquals(List.of("init", "file", "import"), List.of(cells(calls.get(1)).get(3),
                    cells(calls.get(2)).get(3), cells(calls.get(3)).get(3)));
            assertEquals(List.of("POST", "file", "import0_1.xml", "success"), List.of(cells(calls.get(2)).get(2),
                    cells(calls.get(2)).get(3), cells(calls.get(2)).get(4), cells(calls.get(2)).get(7)));
            List<WebElement> headings = chromium.driver.findElements(By.tagName("h2"));
            String exchange = headings.get(headings.size() - 1).getText();
            assertTrue(exchange.matches("Exchange \\d{8}T\\d{6}Z-[0-9a-f]{8}"), exchange);
            chromium.driver.findElement(By.linkText("the log as text")).click();
            assertEquals(server.url("/api/exchanges/" + exchange.substring(9) + "/log"),
                    chromium.driver.getCurrentUrl());
            String text = chromium.driver.findElement(By.tagName("body")).getText();
            assertTrue(text.contains("checkauth") && text.contains("import0_1.xml"), text);
        }
    }

    @Test
    void markupInAnUploadedFileNameOrAProblemShowsAsTextAndInjectsNoElement() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            String name = "<img src=x onerror=alert(1)>price.json";
            byte[] json = ("{\"products\": [{\"sku\": \"A-1\", \"name\": \"Пила\", \"price\": 1}, "
                    + "{\"sku\": \"<i>X</i>\", \"name\": \"Дрель\", \"price\": -1}]}")
                    .getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> uploaded = server.client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url("/api/1c/upload"))).timeout(Duration.ofSeconds(30))
                    .header("X-API-Key", ApiServer.KEY)
                    .header("Content-Type", "multipart/form-data; boundary=" + UploadApiTest.BOUNDARY)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                            UploadApiTest.multipart("file", name, "application/json", json))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(207, uploaded.statusCode(), uploaded.body());

            open(server, "/");
            assertEquals("upload " + name, cells(chromium.driver.findElement(By.id("session-1"))).get(1));
            assertEquals(List.of(), chromium.driver.findElements(By.tagName("img")));
            open(server, "/sessions/1");
            assertEquals("upload " + name, chromium.driver.findElement(By.cssSelector("dd.source")).getText());
            WebElement problem = chromium.driver.findElement(By.cssSelector("#problems tbody tr"));
            assertEquals("<i>X</i>", cells(problem).get(3));
            assertTrue(cells(problem).get(4).contains("(sku <i>X</i>)"), cells(problem).get(4));
            assertEquals(List.of(), chromium.driver.findElements(By.tagName("img")));
            assertEquals(List.of(), chromium.driver.findElements(By.tagName("i")));
        }
    }

    @Test
    void aBrowserWithoutCredentialsSeesNoSession() throws Exception {
        try (StatusServer server = StatusServer.sqlite(dir)) {
            assertEquals(207, server.push(PUSH).statusCode());
            chromium.signOut();
            try {
                open(server, "/sessions/1");
                // Asked for Basic credentials, the browser holds at its sign-in prompt over an empty document
                // (without the challenge it would show the 401 page's "Sign in" heading instead).
                assertEquals("", chromium.driver.getTitle());
                assertEquals(List.of(), chromium.driver.findElements(By.tagName("h1")));
                assertEquals(-1, chromium.driver.getPageSource().indexOf("Б-2"));
            } finally {
                chromium.signIn(ExchangeServer.USER, ExchangeServer.PASSWORD);
            }
        }
    }

    private static void open(StatusServer server, String path) {
        chromium.driver.get(server.url(path));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }
}
