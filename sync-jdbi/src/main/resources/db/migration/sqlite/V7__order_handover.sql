-- The hand-over of orders to 1C (type=sale) for any order source, the shop's own tables or the order book: the sale
-- exchanges (the current one is the one begun last; its CommerceML version as negotiated at init), and where the
-- next query starts reading the source: the confirmed cursor (exchange_id '') and, per exchange, the cursor its last
-- query would confirm.
CREATE TABLE onecsync_sale_exchange (
    id           TEXT PRIMARY KEY,
    seq          INTEGER NOT NULL UNIQUE,
    version      TEXT NOT NULL,
    new_protocol INTEGER NOT NULL,
    started_at   TEXT NOT NULL
);

CREATE TABLE onecsync_order_cursor (
    exchange_id TEXT PRIMARY KEY,
    cursor_at   TEXT NOT NULL
);
