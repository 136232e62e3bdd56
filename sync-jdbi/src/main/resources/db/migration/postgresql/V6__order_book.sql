-- The store's own order book, for shops without an order table: the orders (as JSON, with the columns the
-- hand-over queries use), what each query of an exchange handed to 1C, what 1C confirmed, and the last status
-- 1C sent for each order.
CREATE TABLE onecsync_order (
    id         text COLLATE "C" PRIMARY KEY,
    number     text COLLATE "C" NOT NULL,
    changed_at timestamptz NOT NULL,
    payload    jsonb NOT NULL,
    added_at   timestamptz NOT NULL
);

CREATE INDEX onecsync_order_changed ON onecsync_order (changed_at, id);
CREATE INDEX onecsync_order_number ON onecsync_order (number, id);

-- The set the last query of an exchange returned (order id and the changed_at handed over), until its success.
CREATE TABLE onecsync_order_sent (
    exchange_id text COLLATE "C" NOT NULL,
    order_id    text COLLATE "C" NOT NULL,
    changed_at  timestamptz NOT NULL,
    sent_at     timestamptz NOT NULL,
    PRIMARY KEY (exchange_id, order_id)
);

CREATE INDEX onecsync_order_sent_order ON onecsync_order_sent (order_id);

-- The newest version of each order that 1C confirmed (success after a query).
CREATE TABLE onecsync_order_export (
    order_id             text COLLATE "C" PRIMARY KEY,
    confirmed_changed_at timestamptz NOT NULL,
    confirmed_at         timestamptz NOT NULL
);

-- The last status 1C sent for each order; requisites is every requisite of the document, in order.
CREATE TABLE onecsync_order_status (
    order_id      text COLLATE "C" PRIMARY KEY,
    order_number  text,
    document_id   text,
    onec_number   text,
    onec_date     timestamp,
    posted        boolean,
    cancelled     boolean,
    shipped       boolean,
    deletion_mark boolean,
    status        text,
    requisites    jsonb NOT NULL,
    session_id    bigint,
    applied_at    timestamptz NOT NULL
);
