-- The synced mirror of 1C: one row per record of every kind. SQLite compares text as bytes (BINARY), so
-- the primary key is already in UTF-8 byte order. Times are ISO-8601 UTC text with microseconds.
CREATE TABLE onecsync_entity (
    entity      TEXT NOT NULL,
    key         TEXT NOT NULL,
    ref1        TEXT,
    ref2        TEXT,
    amount      TEXT,
    active      BOOLEAN NOT NULL,
    fingerprint INTEGER NOT NULL,
    payload     TEXT NOT NULL,
    session_id  INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (entity, key)
);

CREATE TABLE onecsync_session (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    source        TEXT NOT NULL,
    dry_run       BOOLEAN NOT NULL,
    status        TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    problem_count INTEGER NOT NULL DEFAULT 0,
    error         TEXT
);

CREATE TABLE onecsync_session_count (
    session_id INTEGER NOT NULL REFERENCES onecsync_session (id) ON DELETE CASCADE,
    entity     TEXT NOT NULL,
    created    INTEGER NOT NULL,
    updated    INTEGER NOT NULL,
    unchanged  INTEGER NOT NULL,
    deleted    INTEGER NOT NULL,
    skipped    INTEGER NOT NULL,
    PRIMARY KEY (session_id, entity)
);

CREATE TABLE onecsync_session_problem (
    session_id INTEGER NOT NULL REFERENCES onecsync_session (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    entity     TEXT,
    key        TEXT,
    file       TEXT,
    line       INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (session_id, seq)
);

CREATE TABLE onecsync_price_history (
    id            INTEGER PRIMARY KEY,
    offer_key     TEXT NOT NULL,
    price_type_id TEXT NOT NULL,
    old_amount    TEXT NOT NULL,
    new_amount    TEXT NOT NULL,
    session_id    INTEGER NOT NULL,
    changed_at    TEXT NOT NULL
);

CREATE INDEX onecsync_price_history_offer ON onecsync_price_history (offer_key, price_type_id);
