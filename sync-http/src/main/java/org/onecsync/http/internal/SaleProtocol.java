package org.onecsync.http.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import org.onecsync.commerceml.CommerceMlVersion;
import org.onecsync.commerceml.OrderDocumentWriter;
import org.onecsync.commerceml.OrderDocuments;
import org.onecsync.http.ExchangeSettings;
import org.onecsync.http.Request;
import org.onecsync.http.Response;
import org.onecsync.http.SaleSettings;
import org.onecsync.order.Order;
import org.onecsync.store.MissingPolicy;
import org.onecsync.store.OrderBook;
import org.onecsync.store.SaleExchange;
import org.onecsync.sync.ImportJob;
import org.onecsync.sync.ImportOptions;
import org.onecsync.sync.SyncEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order exchange ({@code type=sale}) as the protocol document describes it: {@code checkauth}, {@code init}
 * (the CommerceML version negotiated, the {@code sessid=} and {@code version=} lines only when 1C sent
 * {@code version}), {@code query} (the orders document), {@code success} (the two-phase hand-over, see
 * {@link SaleHandOver}), {@code file} and {@code import} (1C's status documents, applied in the {@code file} call by
 * the old protocol and on {@code import}, time-boxed, by the new), and {@code info} (the shop's reference data).
 * The exchange and the hand-over live in the store's order book; status files in this server's upload folder.
 */
final class SaleProtocol {

    static final Set<String> MODES = Set.of("checkauth", "init", "query", "success", "file", "import", "info");
    private static final Logger LOG = LoggerFactory.getLogger(SaleProtocol.class);
    /** The old protocol applies a status file inside its {@code file} call: status files are small. */
    private static final Duration OLD_PROTOCOL_WAIT = Duration.ofMinutes(10);

    private final SaleSettings sale;
    private final ExchangeSettings settings;
    private final SyncEngine engine;
    private final Executor executor;
    private final Monitoring monitoring;
    private final Clock clock;
    private final Replies replies;
    private final SaleFiles files;

    SaleProtocol(SaleSettings sale, ExchangeSettings settings, SyncEngine engine, Executor executor,
                 Monitoring monitoring, Clock clock, Replies replies) {
        this.sale = sale;
        this.settings = settings;
        this.engine = engine;
        this.executor = executor;
        this.monitoring = monitoring;
        this.clock = clock;
        this.replies = replies;
        this.files = new SaleFiles(settings.uploadRoot());
    }

    /** Answers an authorised call of a mode in {@link #MODES} other than {@code checkauth}. */
    Response handle(String mode, Request request, Map<String, String> params, AuthSessions.Session session,
                    LongConsumer received) throws Refused, IOException, InterruptedException {
        return switch (mode) {
            case "init" -> init(params, session != null ? request.cookies().get(CatalogProtocol.COOKIE) : null);
            case "query" -> query();
            case "success" -> success();
            case "file" -> file(request, params, received);
            case "import" -> importFile(params);
            case "info" -> info();
            default -> replies.failure("Unknown mode");
        };
    }

    private OrderBook book() throws Refused {
        return engine.store().orders().orElseThrow(() -> new Refused("this server's store keeps no order book"));
    }

    /** @param cookie the login's cookie when the call carried a valid one, else {@code null} */
    private Response init(Map<String, String> params, String cookie) throws Refused {
        String asked = params.get("version");
        boolean newProtocol = asked != null && !asked.isBlank();
        CommerceMlVersion version = negotiate(asked);
        SaleExchange exchange = new SaleExchange(ExchangeIds.next(clock.instant()), version.label(), newProtocol,
                clock.instant());
        book().beginExchange(exchange);
        String reply = "zip=no\nfile_limit=" + settings.fileLimit();
        if (newProtocol) {
            // Old 1C refuses an init reply that is not exactly two lines: these only when it sent a version. The
            // sessid is the login's, derived from its cookie; a client that sends no cookie uses none.
            reply += (cookie != null ? "\nsessid=" + Tokens.sessidOf(cookie) : "") + "\nversion=" + version.label();
        }
        LOG.info("sale exchange {}: CommerceML {}, {} protocol", exchange.id(), version.label(),
                newProtocol ? "new" : "old");
        return replies.lines(reply, Map.of());
    }

    /** The version the server speaks for what 1C asked: the highest it writes that is not above it. */
    static CommerceMlVersion negotiate(String asked) {
        if (asked == null || asked.isBlank()) {
            return CommerceMlVersion.V2_05;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(asked.trim());
        } catch (NumberFormatException e) {
            return CommerceMlVersion.V2_05;
        }
        if (value.compareTo(new BigDecimal("3")) >= 0) {
            return CommerceMlVersion.V3_1;
        }
        if (value.compareTo(new BigDecimal("2.10")) >= 0) {
            return CommerceMlVersion.V2_10;
        }
        return value.compareTo(new BigDecimal("2.08")) >= 0 ? CommerceMlVersion.V2_08 : CommerceMlVersion.V2_05;
    }

    /** The current sale exchange; a client that skipped {@code init} gets one in the old protocol, 2.05. */
    private SaleExchange exchange() throws Refused {
        OrderBook book = book();
        return book.currentExchange().orElseGet(() -> {
            SaleExchange begun = new SaleExchange(ExchangeIds.next(clock.instant()), "2.05", false, clock.instant());
            book.beginExchange(begun);
            return begun;
        });
    }

    private Response query() throws Refused, IOException {
        SaleExchange exchange = exchange();
        List<Order> orders = handOver().query(exchange.id(), sale.queryLimit());
        OrderDocumentWriter writer = writer(exchange);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(orders.stream().map(OrderDocuments::toDocument).toList(), bytes);
        LOG.info("sale exchange {}: query handed over {} orders", exchange.id(), orders.size());
        return new Response(200, writer.contentType(), Map.of(), bytes.toByteArray());
    }

    /** The hand-over of the shop's orders (the store's order book when the settings name no source of its own). */
    private SaleHandOver handOver() throws Refused {
        OrderBook book = book();
        return new SaleHandOver(sale.source() != null ? sale.source() : book, book, clock);
    }

    private OrderDocumentWriter writer(SaleExchange exchange) {
        return OrderDocumentWriter.builder().version(CommerceMlVersion.of(exchange.version()))
                .charset(sale.charset()).clock(clock).build();
    }

    private Response success() throws Refused {
        SaleExchange exchange = exchange();
        int confirmed = handOver().success(exchange.id());
        LOG.info("sale exchange {}: 1C confirmed {} orders", exchange.id(), confirmed);
        return replies.success(confirmed + " orders confirmed in exchange " + exchange.id());
    }

    private Response info() throws Refused, IOException {
        OrderDocumentWriter writer = writer(exchange());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.writeReferences(sale.statuses(), sale.paymentSystems(), sale.deliveryServices(), bytes);
        return new Response(200, writer.contentType(), Map.of(), bytes.toByteArray());
    }

    private Response file(Request request, Map<String, String> params, LongConsumer received) throws Refused,
            IOException, InterruptedException {
        String name = CatalogProtocol.name(params);
        SaleExchange exchange = exchange();
        received.accept(files.receive(exchange.id(), name, request.body(), settings));
        if (exchange.newProtocol()) {
            return replies.success("");
        }
        ImportRun run = files.run(exchange.id(), name, this::start);
        return answer(run, run.job().await(OLD_PROTOCOL_WAIT));
    }

    private Response importFile(Map<String, String> params) throws Refused, InterruptedException {
        String name = CatalogProtocol.name(params);
        ImportRun run = files.run(exchange().id(), name, this::start);
        return answer(run, run.job().await(ImportCalls.answerWithin(settings.importTimeBox())));
    }

    private ImportJob start(org.onecsync.source.ExportSource source) {
        ImportOptions options = ImportOptions.defaults().withMissingPolicy(MissingPolicy.KEEP)
                .withLockWait(ImportCalls.LOCK_WAIT);
        if (sale.sink() != null) {
            options = options.withOrderSink(sale.sink());
        }
        return JobLauncher.start(monitoring, "exchange", engine, source, options, executor);
    }

    private Response answer(ImportRun run, ImportJob.Status status) {
        if (!status.finished()) {
            return replies.progress(ReplyTexts.progress(run, status));
        }
        if (status.state() == ImportJob.State.SUCCEEDED && status.report() != null) {
            return replies.success(ReplyTexts.success(run, status.report()));
        }
        return replies.failure(ReplyTexts.failure(run, status));
    }

    /** {@return the status imports this server runs} */
    List<ImportJob> running() {
        return files.running();
    }

    /** For the log: when a reply is a document rather than a status line. */
    static boolean isDocument(Response response) {
        return response.contentType() != null && response.contentType().startsWith("application/xml");
    }
}
