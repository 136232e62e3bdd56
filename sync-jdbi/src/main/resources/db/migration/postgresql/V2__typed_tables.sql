-- Typed storage: one table per entity with real columns. Ids use the "C" collation (byte order, no locale
-- rules). Offer keys are split into product_id and variant_id; variant_id is '' for a product's own offer,
-- and a stock row's warehouse_id is '' for the offer's total, so that every key column is NOT NULL and
-- primary keys need no expressions. The views (V3) turn '' back into NULL. Amounts and quantities are
-- numeric, exactly as 1C sent them (the engine refuses values beyond the documented limits). JSON (jsonb)
-- holds only nested variable parts, each exactly as the record codec writes that component.
-- content_hash is RecordCodec.hash of the record; prices and stock are compared column by column instead.

CREATE TABLE onecsync_unit (
    id                         text COLLATE "C" PRIMARY KEY,
    code                       text,
    short_name                 text,
    full_name                  text,
    international_abbreviation text,
    deleted                    boolean NOT NULL,
    active                     boolean NOT NULL,
    content_hash               bigint NOT NULL,
    session_id                 bigint NOT NULL,
    updated_at                 timestamptz NOT NULL
);

CREATE TABLE onecsync_warehouse (
    id           text COLLATE "C" PRIMARY KEY,
    name         text,
    deleted      boolean NOT NULL,
    active       boolean NOT NULL,
    content_hash bigint NOT NULL,
    session_id   bigint NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE onecsync_price_type (
    id           text COLLATE "C" PRIMARY KEY,
    name         text,
    currency     text,
    tax_name     text,
    tax_included boolean,
    deleted      boolean NOT NULL,
    active       boolean NOT NULL,
    content_hash bigint NOT NULL,
    session_id   bigint NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE onecsync_category (
    id           text COLLATE "C" PRIMARY KEY,
    parent_id    text COLLATE "C",
    name         text,
    deleted      boolean NOT NULL,
    active       boolean NOT NULL,
    content_hash bigint NOT NULL,
    session_id   bigint NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE onecsync_property (
    id           text COLLATE "C" PRIMARY KEY,
    name         text,
    value_type   text,
    dictionary   jsonb NOT NULL,            -- Property.values: [{"id":…,"value":…}]
    deleted      boolean NOT NULL,
    active       boolean NOT NULL,
    content_hash bigint NOT NULL,
    session_id   bigint NOT NULL,
    updated_at   timestamptz NOT NULL
);

CREATE TABLE onecsync_product (
    id              text COLLATE "C" PRIMARY KEY,
    sku             text COLLATE "C",
    name            text,
    description     text,
    category_id     text COLLATE "C",       -- the first of category_ids, or NULL
    category_ids    jsonb NOT NULL,         -- ["id", …]
    unit_code       text,                   -- UnitRef, NULL when the product has none
    unit_name       text,
    unit_full_name  text,
    unit_international text,
    barcode         text,
    country         text,
    manufacturer    jsonb,                  -- {"id","name","officialName"} or NULL
    property_values jsonb NOT NULL,         -- [{"propertyId","value"}]
    characteristics jsonb NOT NULL,         -- [{"name","value"}]
    requisites      jsonb NOT NULL,         -- [{"name","value"}]
    images          jsonb NOT NULL,         -- [{"path","caption"}]
    tax_rates       jsonb NOT NULL,         -- [{"name","rate"}]
    version         text,
    deleted         boolean NOT NULL,
    active          boolean NOT NULL,
    content_hash    bigint NOT NULL,
    session_id      bigint NOT NULL,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX onecsync_product_sku ON onecsync_product (sku);
CREATE INDEX onecsync_product_category ON onecsync_product (category_id);

CREATE TABLE onecsync_offer (
    product_id      text COLLATE "C" NOT NULL,
    variant_id      text COLLATE "C" NOT NULL,  -- '' for the product's own offer
    name            text,
    sku             text COLLATE "C",
    barcode         text,
    unit_code       text,
    unit_name       text,
    unit_full_name  text,
    unit_international text,
    characteristics jsonb NOT NULL,
    property_values jsonb NOT NULL,
    version         text,
    deleted         boolean NOT NULL,
    active          boolean NOT NULL,
    content_hash    bigint NOT NULL,
    session_id      bigint NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (product_id, variant_id)
);

CREATE TABLE onecsync_price (
    product_id    text COLLATE "C" NOT NULL,
    variant_id    text COLLATE "C" NOT NULL,    -- '' for the product's own offer
    price_type_id text COLLATE "C" NOT NULL,
    amount        numeric NOT NULL,
    currency      text,
    unit          text,
    coefficient   numeric,
    active        boolean NOT NULL,
    session_id    bigint NOT NULL,
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (product_id, variant_id, price_type_id)
);

CREATE TABLE onecsync_stock (
    product_id   text COLLATE "C" NOT NULL,
    variant_id   text COLLATE "C" NOT NULL,     -- '' for the product's own offer
    warehouse_id text COLLATE "C" NOT NULL,     -- '' for the offer's total
    quantity     numeric NOT NULL,
    active       boolean NOT NULL,
    session_id   bigint NOT NULL,
    updated_at   timestamptz NOT NULL,
    PRIMARY KEY (product_id, variant_id, warehouse_id)
);

CREATE TABLE onecsync_counterparty (
    id              text COLLATE "C" PRIMARY KEY,
    name            text,
    full_name       text,
    official_name   text,
    role            text,
    inn             text,
    kpp             text,
    okpo            text,
    addresses       jsonb NOT NULL,         -- [{"kind","presentation","fields":[{"type","value"}]}]
    contacts        jsonb NOT NULL,         -- [{"type","value"}]
    bank_accounts   jsonb NOT NULL,         -- [{"number","bankName","bic","correspondentAccount","bankAddress"}]
    representatives jsonb NOT NULL,         -- [{"id","name","relation"}]
    version         text,
    deleted         boolean NOT NULL,
    active          boolean NOT NULL,
    content_hash    bigint NOT NULL,
    session_id      bigint NOT NULL,
    updated_at      timestamptz NOT NULL
);

-- The change feed (an outbox written in the import's transaction). seq is numbered by the engine under the
-- import lock: gapless, in commit order. The key columns hold the typed key: record_id is an EntityId's
-- value or an offer's product id; variant_id ('' none) for offers, prices and stock; price_type_id for prices;
-- warehouse_id ('' for a total) for stock.
CREATE TABLE onecsync_change (
    seq           bigint PRIMARY KEY,
    session_id    bigint NOT NULL,
    entity        text NOT NULL,            -- EntityType.jsonName()
    record_id     text COLLATE "C" NOT NULL,
    variant_id    text COLLATE "C",
    price_type_id text COLLATE "C",
    warehouse_id  text COLLATE "C",
    kind          text NOT NULL,            -- created, updated, deactivated, deleted
    previous      jsonb,                    -- RecordCodec.json of the record before (NULL for created)
    changed_at    timestamptz NOT NULL
);

-- The price history, typed like the prices: version 1's offer key text is split at its first '#' (as
-- OfferKey.parse does: the product id never holds one) into product_id and variant_id ('' for none), and the
-- amounts become numeric. Ids are kept; new ones continue after the highest.
CREATE TABLE onecsync_price_history_typed (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id    text COLLATE "C" NOT NULL,
    variant_id    text COLLATE "C" NOT NULL,
    price_type_id text COLLATE "C" NOT NULL,
    old_amount    numeric NOT NULL,
    new_amount    numeric NOT NULL,
    session_id    bigint NOT NULL,
    changed_at    timestamptz NOT NULL
);
INSERT INTO onecsync_price_history_typed
    (id, product_id, variant_id, price_type_id, old_amount, new_amount, session_id, changed_at)
OVERRIDING SYSTEM VALUE
SELECT id,
       CASE WHEN strpos(offer_key, '#') > 0 THEN substr(offer_key, 1, strpos(offer_key, '#') - 1) ELSE offer_key END,
       CASE WHEN strpos(offer_key, '#') > 0 THEN substr(offer_key, strpos(offer_key, '#') + 1) ELSE '' END,
       price_type_id, CAST(old_amount AS numeric), CAST(new_amount AS numeric), session_id, changed_at
FROM onecsync_price_history
ORDER BY id;
DROP TABLE onecsync_price_history;
ALTER TABLE onecsync_price_history_typed RENAME TO onecsync_price_history;
ALTER INDEX onecsync_price_history_typed_pkey RENAME TO onecsync_price_history_pkey;
ALTER SEQUENCE onecsync_price_history_typed_id_seq RENAME TO onecsync_price_history_id_seq;
DO $$
BEGIN
    PERFORM setval(pg_get_serial_sequence('onecsync_price_history', 'id'),
                   (SELECT coalesce(max(id), 0) + 1 FROM onecsync_price_history), false);
END
$$;
CREATE INDEX onecsync_price_history_price ON onecsync_price_history (product_id, variant_id, price_type_id);
