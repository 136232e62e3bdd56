-- The synced mirror of 1C: one row per record of every kind. Keys and references use the "C" collation so
-- that the primary key is in UTF-8 byte order (dump needs no sort) and comparisons skip locale rules.
-- Deliberately no foreign key to onecsync_session: a check per row would slow the import of millions.
CREATE TABLE onecsync_entity (
    entity      text COLLATE "C" NOT NULL,
    key         text COLLATE "C" NOT NULL,
    ref1        text COLLATE "C",
    ref2        text COLLATE "C",
    amount      text,
    active      boolean NOT NULL,
    fingerprint bigint NOT NULL,
    payload     text NOT NULL,
    session_id  bigint NOT NULL,
    updated_at  timestamptz NOT NULL,
    PRIMARY KEY (entity, key)
);

CREATE TABLE onecsync_session (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL,
    source        text NOT NULL,
    dry_run       boolean NOT NULL,
    status        text NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz,
    problem_count bigint NOT NULL DEFAULT 0,
    error         text
);

CREATE TABLE onecsync_session_count (
    session_id bigint NOT NULL REFERENCES onecsync_session (id) ON DELETE CASCADE,
    entity     text NOT NULL,
    created    bigint NOT NULL,
    updated    bigint NOT NULL,
    unchanged  bigint NOT NULL,
    deleted    bigint NOT NULL,
    skipped    bigint NOT NULL,
    PRIMARY KEY (session_id, entity)
);

CREATE TABLE onecsync_session_problem (
    session_id bigint NOT NULL REFERENCES onecsync_session (id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    entity     text,
    key        text,
    file       text,
    line       bigint NOT NULL,
    reason     text NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE onecsync_price_history (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    offer_key     text COLLATE "C" NOT NULL,
    price_type_id text COLLATE "C" NOT NULL,
    old_amount    text NOT NULL,
    new_amount    text NOT NULL,
    session_id    bigint NOT NULL,
    changed_at    timestamptz NOT NULL
);

CREATE INDEX onecsync_price_history_offer ON onecsync_price_history (offer_key, price_type_id);
