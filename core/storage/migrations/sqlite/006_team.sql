-- Team mode (several desks on one PostgreSQL cache). The same columns exist on SQLite, where a
-- cache has one desk: runs are stamped with it all the same.
--
-- Who runs a run, and how far it is: the runner desk writes its progress here so the other
-- desks can show "Syncing on DESK (person), started 12:04 — 40 %".
ALTER TABLE sync_runs ADD COLUMN desk TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_runs ADD COLUMN person TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_runs ADD COLUMN progress INTEGER;
ALTER TABLE sync_runs ADD COLUMN progress_at TEXT;
CREATE INDEX sync_runs_running ON sync_runs(connection_id) WHERE status = 'running';

-- "Sync now" pressed on a desk that is not the connection's runner: a request the runner takes
-- (and is woken for by a notification on PostgreSQL).
CREATE TABLE sync_requests (
    id             INTEGER PRIMARY KEY,
    connection_id  BIGINT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    desk           TEXT NOT NULL DEFAULT '',
    person         TEXT NOT NULL DEFAULT '',
    requested_at   TEXT NOT NULL,
    taken_at       TEXT,
    taken_by       TEXT
);
CREATE INDEX sync_requests_open ON sync_requests(connection_id) WHERE taken_at IS NULL;
