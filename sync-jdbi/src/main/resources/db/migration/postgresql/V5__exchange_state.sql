-- The catalog exchange's state, shared by every server on this database so that they answer the calls of one
-- exchange in turn: logins, exchanges, their files and uploaded bytes, the running import, the request logs.
-- Rows are written only through the exchange lock (onecsync_exchange_lock), except logins, logs and progress.

-- One row: the exchange lock. Each call of an exchange updates it first, in its own transaction, so that the
-- calls of one exchange are applied one at a time whichever server answers them.
CREATE TABLE onecsync_exchange_lock (
    id   integer PRIMARY KEY CHECK (id = 1),
    turn bigint  NOT NULL
);
INSERT INTO onecsync_exchange_lock (id, turn) VALUES (1, 0);

-- The logins checkauth opened; only SHA-256 hashes of the cookie and the sessid are kept.
CREATE TABLE onecsync_exchange_login (
    cookie_hash text   PRIMARY KEY,
    sessid_hash text   NOT NULL,
    checkauth   bigint NOT NULL,
    created_ms  bigint NOT NULL
);

-- The exchanges; the current one is the one begun last (highest seq).
CREATE TABLE onecsync_exchange (
    id                   text    PRIMARY KEY,
    seq                  bigserial UNIQUE,
    checkauth            bigint  NOT NULL,
    created_ms           bigint  NOT NULL,
    deactivation_success boolean,
    deactivation_message text
);

CREATE TABLE onecsync_exchange_file (
    exchange_id text    NOT NULL REFERENCES onecsync_exchange (id) ON DELETE CASCADE,
    name        text    NOT NULL,
    seq         bigint  NOT NULL,
    size        bigint  NOT NULL,
    zip         boolean NOT NULL,
    state       text    NOT NULL,
    answer      text,
    full_scope  boolean,
    PRIMARY KEY (exchange_id, name)
);

-- Uploaded bytes, in parts of at most 1 MiB, so that no file is ever held whole in memory.
CREATE TABLE onecsync_exchange_chunk (
    exchange_id text    NOT NULL,
    name        text    NOT NULL,
    part        integer NOT NULL,
    bytes       bytea   NOT NULL,
    PRIMARY KEY (exchange_id, name, part),
    FOREIGN KEY (exchange_id, name) REFERENCES onecsync_exchange_file (exchange_id, name) ON DELETE CASCADE
);

-- The import or deactivation running for an exchange: which server runs it, how far it is, when it was last
-- seen alive, its import session once open. Removed once its outcome is written to the files (or to the exchange,
-- for a deactivation).
CREATE TABLE onecsync_exchange_run (
    exchange_id  text    PRIMARY KEY REFERENCES onecsync_exchange (id) ON DELETE CASCADE,
    files        text    NOT NULL,
    deactivation boolean NOT NULL,
    owner        text    NOT NULL,
    progress     text    NOT NULL,
    heartbeat_ms bigint  NOT NULL,
    session_id   bigint  NOT NULL DEFAULT -1
);

-- Request logs: one line per call. Lines of calls before any exchange (checkauth) wait with exchange_id ''.
CREATE TABLE onecsync_exchange_log (
    id          bigserial PRIMARY KEY,
    exchange_id text NOT NULL,
    line        text NOT NULL
);
CREATE INDEX onecsync_exchange_log_exchange ON onecsync_exchange_log (exchange_id, id);
