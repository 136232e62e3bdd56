package org.onecsync.http;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.onecsync.jdbi.JdbiCatalogStore;
import org.onecsync.store.CatalogStore;

/**
 * A PostgreSQL schema of its own, dropped on close, and exchange servers on it, each with its own store, engine and
 * upload folder; the calling test is skipped, with the reason, without {@code ONEC_SYNC_TEST_PG_URL}.
 */
final class SharedSchema implements AutoCloseable {

    final String base;
    final String schema;
    private final Path dir;
    private final List<ExchangeServer> servers = new ArrayList<>();

    SharedSchema(Path dir) throws Exception {
        base = System.getenv("ONEC_SYNC_TEST_PG_URL");
        assumeTrue(base != null && !base.isBlank(), "ONEC_SYNC_TEST_PG_URL is not set: PostgreSQL tests skipped");
        this.dir = dir;
        schema = "two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    /** {@return a new store on the schema} */
    JdbiCatalogStore store() {
        return JdbiCatalogStore.open(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** A server on a new store of the schema, uploading to a folder of its name. */
    ExchangeServer server(String name, UnaryOperator<ExchangeSettings> settings) throws Exception {
        return server(store(), name, settings);
    }

    /** A server on the given store, uploading to a folder of its name; closed with the schema. */
    ExchangeServer server(CatalogStore store, String name, UnaryOperator<ExchangeSettings> settings)
            throws Exception {
        ExchangeServer server = new ExchangeServer(store, dir.resolve(name), settings);
        servers.add(server);
        return server;
    }

    /** A client per server, both with the login {@code checkauth} gave on the first, sending only its cookie. */
    static ExchangeClient[] clients(ExchangeServer a, ExchangeServer b) throws Exception {
        ExchangeClient onA = new ExchangeClient(a.url());
        assertTrue(onA.checkauth().startsWith("success\n"));
        ExchangeClient onB = new ExchangeClient(b.url());
        onB.cookie = onA.cookie;
        onB.sessid = onA.sessid;
        onA.sendBasic = false;
        onB.sendBasic = false;
        return new ExchangeClient[] {onA, onB};
    }

    /** {@return the id of the current exchange, as the server's store keeps it} */
    static String exchangeId(ExchangeServer server) {
        return server.store.exchangeState().orElseThrow().current().orElseThrow().id();
    }

    @Override
    public void close() throws Exception {
        for (ExchangeServer server : servers) {
            server.close();
        }
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
