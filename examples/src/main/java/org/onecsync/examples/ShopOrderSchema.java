package org.onecsync.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.onecsync.order.Order;
import org.onecsync.order.OrderItem;

/**
 * The example shop's order tables, and the insert its checkout would run: what {@link ShopOrderTable} reads and
 * writes. A real shop has its own tables already; this shows the columns the order exchange needs.
 */
public final class ShopOrderSchema {

    private static final String[] TABLES = {
        "CREATE TABLE IF NOT EXISTS shop_order ("
            + " id BIGINT PRIMARY KEY, number VARCHAR(32) NOT NULL UNIQUE, created VARCHAR(19) NOT NULL,"
            + " currency VARCHAR(3) NOT NULL, customer_name VARCHAR(200) NOT NULL, email VARCHAR(200),"
            + " phone VARCHAR(50), address VARCHAR(500), delivery_name VARCHAR(100), delivery_price DECIMAL(15,2),"
            + " payment VARCHAR(100), paid BOOLEAN NOT NULL, status VARCHAR(100), comment VARCHAR(2000),"
            + " total DECIMAL(15,2) NOT NULL,"
            // The export cursor: microseconds since 1970, set by the shop on every change of the order.
            + " changed_at BIGINT NOT NULL,"
            // What 1C says, written by ShopOrderTable.apply only.
            + " onec_number VARCHAR(50), onec_date VARCHAR(19), posted BOOLEAN, cancelled BOOLEAN, shipped BOOLEAN,"
            + " deletion_mark BOOLEAN, onec_status VARCHAR(100))",
        // 1C's query reads the orders in this order, so the index makes each exchange a range scan.
        "CREATE INDEX IF NOT EXISTS shop_order_changed ON shop_order (changed_at, id)",
        "CREATE TABLE IF NOT EXISTS shop_order_line ("
            + " order_id BIGINT NOT NULL REFERENCES shop_order (id), line_no INTEGER NOT NULL,"
            + " offer VARCHAR(100) NOT NULL, name VARCHAR(500) NOT NULL, quantity DECIMAL(15,3) NOT NULL,"
            + " price DECIMAL(15,2) NOT NULL, PRIMARY KEY (order_id, line_no))",
    };

    private ShopOrderSchema() {
    }

    /**
     * Creates the tables when they are missing.
     *
     * @param database the shop's database
     * @throws SQLException when the database refuses
     */
    public static void create(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
        }
    }

    /**
     * Stores a new order with its lines in one transaction, as the shop's checkout would; {@code changed_at} is the
     * order's {@link Order#changedAt()} (the checkout's "now").
     *
     * @param database the shop's database
     * @param order the order; its id must be a number (the table's key)
     * @throws SQLException when the database refuses, e.g. a number taken
     */
    public static void insert(DataSource database, Order order) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertHead(connection, order);
                insertLines(connection, order);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void insertHead(Connection connection, Order order) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shop_order (id, number, created,"
                + " currency, customer_name, email, phone, address, delivery_name, delivery_price, payment, paid,"
                + " status, comment, total, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, Long.parseLong(order.id()));
            insert.setString(2, order.number());
            insert.setString(3, ShopOrderRows.text(order.date()));
            insert.setString(4, order.currency());
            insert.setString(5, order.customer().name());
            insert.setString(6, order.customer().email());
            insert.setString(7, order.customer().phone());
            insert.setString(8, order.customer().address());
            insert.setString(9, order.delivery() == null ? null : order.delivery().name());
            insert.setBigDecimal(10, order.delivery() == null ? null : order.delivery().price());
            insert.setString(11, order.payment());
            insert.setBoolean(12, order.paid());
            insert.setString(13, order.status());
            insert.setString(14, order.comment());
            insert.setBigDecimal(15, order.total());
            insert.setLong(16, ShopOrderRows.micros(order.changedAt()));
            insert.executeUpdate();
        }
    }

    private static void insertLines(Connection connection, Order order) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO shop_order_line (order_id, line_no,"
                + " offer, name, quantity, price) VALUES (?, ?, ?, ?, ?, ?)")) {
            int lineNo = 0;
            for (OrderItem line : order.lines()) {
                insert.setLong(1, Long.parseLong(order.id()));
                insert.setInt(2, ++lineNo);
                insert.setString(3, line.offer());
                insert.setString(4, line.name());
                insert.setBigDecimal(5, line.quantity());
                insert.setBigDecimal(6, line.price());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
