-- The store's own order book, for shops without an order table: the orders (as JSON, with the columns the
-- hand-over queries use), what each query of an exchange handed to 1C, what 1C confirmed, and the last status
-- 1C sent for each order.
CREATE TABLE onecsync_order (
    id         TEXT PRIMARY KEY,
    number     TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    payload    TEXT NOT NULL,
    added_at   TEXT NOT NULL
);

CREATE INDEX onecsync_order_changed ON onecsync_order (changed_at, id);
CREATE INDEX onecsync_order_number ON onecsync_order (number, id);

-- The set the last query of an exchange returned (order id and the changed_at handed over), until its success.
CREATE TABLE onecsync_order_sent (
    exchange_id TEXT NOT NULL,
    order_id    TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    sent_at     TEXT NOT NULL,
    PRIMARY KEY (exchange_id, order_id)
);

CREATE INDEX onecsync_order_sent_order ON onecsync_order_sent (order_id);

-- The newest version of each order that 1C confirmed (success after a query).
CREATE TABLE onecsync_order_export (
    order_id             TEXT PRIMARY KEY,
    confirmed_changed_at TEXT NOT NULL,
    confirmed_at         TEXT NOT NULL
);

-- The last status 1C sent for each order; requisites is every requisite of the document, in order.
CREATE TABLE onecsync_order_status (
    order_id      TEXT PRIMARY KEY,
    order_number  TEXT,
    document_id   TEXT,
    onec_number   TEXT,
    onec_date     TEXT,
    posted        INTEGER,
    cancelled     INTEGER,
    shipped       INTEGER,
    deletion_mark INTEGER,
    status        TEXT,
    requisites    TEXT NOT NULL,
    session_id    INTEGER,
    applied_at    TEXT NOT NULL
);
