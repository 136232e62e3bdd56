-- The answers given to JSON pushes with a sync_id, so that a retried push is answered again and applied once.
-- A row is claimed ('pending', no answer) before the push is applied, then answered or deleted (a push that
-- was not applied). Answers older than the configured retention are deleted when a new one is recorded.
CREATE TABLE onecsync_api_answer (
    sync_id     TEXT PRIMARY KEY,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'answered')),
    claimed_at  TEXT NOT NULL,
    http_status INTEGER,
    body        TEXT,
    session_id  INTEGER,
    answered_at TEXT
);

CREATE INDEX onecsync_api_answer_age ON onecsync_api_answer (COALESCE(answered_at, claimed_at));
