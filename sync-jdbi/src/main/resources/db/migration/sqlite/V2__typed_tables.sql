-- Typed storage: one table per entity with real columns. SQLite compares TEXT as bytes (BINARY) already.
-- Offer keys are split into product_id and variant_id; variant_id is '' for a product's own offer, and a stock
-- row's warehouse_id is '' for the offer's total, so that every key column is NOT NULL and primary keys need
-- no expressions. The views (V3) turn '' back into NULL. Amounts and quantities are exact decimal TEXT
-- (SQLite's NUMERIC would turn them into doubles), as 1C sent them (the engine refuses values beyond the
-- documented limits). JSON TEXT holds only nested variable parts, each exactly as the record codec writes
-- that component. content_hash is RecordCodec.hash of the record; prices and stock are compared column by
-- column instead.

CREATE TABLE onecsync_unit (
    id                         TEXT PRIMARY KEY,
    code                       TEXT,
    short_name                 TEXT,
    full_name                  TEXT,
    international_abbreviation TEXT,
    deleted                    BOOLEAN NOT NULL,
    active                     BOOLEAN NOT NULL,
    content_hash               INTEGER NOT NULL,
    session_id                 INTEGER NOT NULL,
    updated_at                 TEXT NOT NULL
);

CREATE TABLE onecsync_warehouse (
    id           TEXT PRIMARY KEY,
    name         TEXT,
    deleted      BOOLEAN NOT NULL,
    active       BOOLEAN NOT NULL,
    content_hash INTEGER NOT NULL,
    session_id   INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE onecsync_price_type (
    id           TEXT PRIMARY KEY,
    name         TEXT,
    currency     TEXT,
    tax_name     TEXT,
    tax_included BOOLEAN,
    deleted      BOOLEAN NOT NULL,
    active       BOOLEAN NOT NULL,
    content_hash INTEGER NOT NULL,
    session_id   INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE onecsync_category (
    id           TEXT PRIMARY KEY,
    parent_id    TEXT,
    name         TEXT,
    deleted      BOOLEAN NOT NULL,
    active       BOOLEAN NOT NULL,
    content_hash INTEGER NOT NULL,
    session_id   INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE onecsync_property (
    id           TEXT PRIMARY KEY,
    name         TEXT,
    value_type   TEXT,
    dictionary   TEXT NOT NULL,            -- Property.values: [{"id":…,"value":…}]
    deleted      BOOLEAN NOT NULL,
    active       BOOLEAN NOT NULL,
    content_hash INTEGER NOT NULL,
    session_id   INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE onecsync_product (
    id              TEXT PRIMARY KEY,
    sku             TEXT,
    name            TEXT,
    description     TEXT,
    category_id     TEXT,       -- the first of category_ids, or NULL
    category_ids    TEXT NOT NULL,         -- ["id", …]
    unit_code       TEXT,                   -- UnitRef, NULL when the product has none
    unit_name       TEXT,
    unit_full_name  TEXT,
    unit_international TEXT,
    barcode         TEXT,
    country         TEXT,
    manufacturer    TEXT,                  -- {"id","name","officialName"} or NULL
    property_values TEXT NOT NULL,         -- [{"propertyId","value"}]
    characteristics TEXT NOT NULL,         -- [{"name","value"}]
    requisites      TEXT NOT NULL,         -- [{"name","value"}]
    images          TEXT NOT NULL,         -- [{"path","caption"}]
    tax_rates       TEXT NOT NULL,         -- [{"name","rate"}]
    version         TEXT,
    deleted         BOOLEAN NOT NULL,
    active          BOOLEAN NOT NULL,
    content_hash    INTEGER NOT NULL,
    session_id      INTEGER NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX onecsync_product_sku ON onecsync_product (sku);
CREATE INDEX onecsync_product_category ON onecsync_product (category_id);

CREATE TABLE onecsync_offer (
    product_id      TEXT NOT NULL,
    variant_id      TEXT NOT NULL,  -- '' for the product's own offer
    name            TEXT,
    sku             TEXT,
    barcode         TEXT,
    unit_code       TEXT,
    unit_name       TEXT,
    unit_full_name  TEXT,
    unit_international TEXT,
    characteristics TEXT NOT NULL,
    property_values TEXT NOT NULL,
    version         TEXT,
    deleted         BOOLEAN NOT NULL,
    active          BOOLEAN NOT NULL,
    content_hash    INTEGER NOT NULL,
    session_id      INTEGER NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (product_id, variant_id)
);

CREATE TABLE onecsync_price (
    product_id    TEXT NOT NULL,
    variant_id    TEXT NOT NULL,    -- '' for the product's own offer
    price_type_id TEXT NOT NULL,
    amount        TEXT NOT NULL,
    currency      TEXT,
    unit          TEXT,
    coefficient   TEXT,
    active        BOOLEAN NOT NULL,
    session_id    INTEGER NOT NULL,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (product_id, variant_id, price_type_id)
);

CREATE TABLE onecsync_stock (
    product_id   TEXT NOT NULL,
    variant_id   TEXT NOT NULL,     -- '' for the product's own offer
    warehouse_id TEXT NOT NULL,     -- '' for the offer's total
    quantity     TEXT NOT NULL,
    active       BOOLEAN NOT NULL,
    session_id   INTEGER NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (product_id, variant_id, warehouse_id)
);

CREATE TABLE onecsync_counterparty (
    id              TEXT PRIMARY KEY,
    name            TEXT,
    full_name       TEXT,
    official_name   TEXT,
    role            TEXT,
    inn             TEXT,
    kpp             TEXT,
    okpo            TEXT,
    addresses       TEXT NOT NULL,         -- [{"kind","presentation","fields":[{"type","value"}]}]
    contacts        TEXT NOT NULL,         -- [{"type","value"}]
    bank_accounts   TEXT NOT NULL,         -- [{"number","bankName","bic","correspondentAccount","bankAddress"}]
    representatives TEXT NOT NULL,         -- [{"id","name","relation"}]
    version         TEXT,
    deleted         BOOLEAN NOT NULL,
    active          BOOLEAN NOT NULL,
    content_hash    INTEGER NOT NULL,
    session_id      INTEGER NOT NULL,
    updated_at      TEXT NOT NULL
);

-- The change feed (an outbox written in the import's transaction). seq is numbered by the engine under the
-- import lock: gapless, in commit order. The key columns hold the typed key: record_id is an EntityId's
-- value or an offer's product id; variant_id ('' none) for offers, prices and stock; price_type_id for prices;
-- warehouse_id ('' for a total) for stock.
CREATE TABLE onecsync_change (
    seq           INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL,
    entity        TEXT NOT NULL,            -- EntityType.jsonName()
    record_id     TEXT NOT NULL,
    variant_id    TEXT,
    price_type_id TEXT,
    warehouse_id  TEXT,
    kind          TEXT NOT NULL,            -- created, updated, deactivated, deleted
    previous      TEXT,                    -- RecordCodec.json of the record before (NULL for created)
    changed_at    TEXT NOT NULL
);

-- The price history, typed like the prices: version 1's offer key text is split at its first '#' (as
-- OfferKey.parse does: the product id never holds one) into product_id and variant_id ('' for none). Ids are
-- kept; new ones continue after the highest.
CREATE TABLE onecsync_price_history_typed (
    id            INTEGER PRIMARY KEY,
    product_id    TEXT NOT NULL,
    variant_id    TEXT NOT NULL,
    price_type_id TEXT NOT NULL,
    old_amount    TEXT NOT NULL,
    new_amount    TEXT NOT NULL,
    session_id    INTEGER NOT NULL,
    changed_at    TEXT NOT NULL
);
INSERT INTO onecsync_price_history_typed
    (id, product_id, variant_id, price_type_id, old_amount, new_amount, session_id, changed_at)
SELECT id,
       CASE WHEN instr(offer_key, '#') > 0 THEN substr(offer_key, 1, instr(offer_key, '#') - 1) ELSE offer_key END,
       CASE WHEN instr(offer_key, '#') > 0 THEN substr(offer_key, instr(offer_key, '#') + 1) ELSE '' END,
       price_type_id, old_amount, new_amount, session_id, changed_at
FROM onecsync_price_history
ORDER BY id;
DROP TABLE onecsync_price_history;
ALTER TABLE onecsync_price_history_typed RENAME TO onecsync_price_history;
CREATE INDEX onecsync_price_history_price ON onecsync_price_history (product_id, variant_id, price_type_id);
