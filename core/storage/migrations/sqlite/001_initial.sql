-- PMS Bridge cache, version 1. Never edit once released: add 002_*.sql instead.
-- Conventions: times are ISO 8601 UTC text ending in Z; dates YYYY-MM-DD; booleans 0/1.
-- PMS-sourced rows keep the PMS record as raw_json (integration data) and PMS-owned columns;
-- what a user edits locally lives in local_* columns that a sync never touches (R1).

CREATE TABLE connections (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    base_url            TEXT NOT NULL,
    system_id           TEXT NOT NULL,
    client_id           TEXT NOT NULL,
    integration_user    TEXT NOT NULL DEFAULT '',
    integration_email   TEXT NOT NULL DEFAULT '',
    pms_user_email      TEXT,              -- the email the PMS says its API user has (R5)
    active              INTEGER NOT NULL DEFAULT 1,
    user_sync           INTEGER NOT NULL DEFAULT 1,
    unit_sync           INTEGER NOT NULL DEFAULT 1,
    lookback_hours      INTEGER NOT NULL DEFAULT 72 CHECK (lookback_hours >= 1),
    max_in_flight       INTEGER NOT NULL DEFAULT 4 CHECK (max_in_flight BETWEEN 1 AND 16),
    created_at          TEXT NOT NULL,
    UNIQUE (base_url, system_id)
);

CREATE TABLE schedules (
    connection_id   INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    job             TEXT NOT NULL CHECK (job IN ('incremental','properties_residents','leases','reconciliation')),
    enabled         INTEGER NOT NULL DEFAULT 1,
    spec            TEXT NOT NULL DEFAULT '',   -- empty: the product default
    PRIMARY KEY (connection_id, job)
);

CREATE TABLE portfolios (
    id              INTEGER PRIMARY KEY,
    connection_id   INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    pms_id          INTEGER NOT NULL,
    name            TEXT NOT NULL DEFAULT '',
    abbreviation    TEXT NOT NULL DEFAULT '',
    pms_active      INTEGER NOT NULL DEFAULT 1,
    raw_json        TEXT NOT NULL DEFAULT '{}',
    pms_modified_at TEXT,
    synced_at       TEXT NOT NULL,
    UNIQUE (connection_id, pms_id)
);

CREATE TABLE properties (
    id               INTEGER PRIMARY KEY,
    connection_id    INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    pms_id           INTEGER NOT NULL,
    pms_portfolio_id INTEGER,
    portfolio_id     INTEGER REFERENCES portfolios(id) ON DELETE SET NULL,
    name             TEXT NOT NULL DEFAULT '',
    abbreviation     TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT '',
    postal_code      TEXT NOT NULL DEFAULT '',
    manager_user_id  INTEGER,
    manager_name     TEXT NOT NULL DEFAULT '',
    manager_email    TEXT NOT NULL DEFAULT '',
    pms_active       INTEGER NOT NULL DEFAULT 1,
    active           INTEGER NOT NULL DEFAULT 1,   -- effective state in the app
    disabled_by_user INTEGER NOT NULL DEFAULT 0,   -- R15: never re-activated automatically
    deactivated_at   TEXT,
    deactivated_by   TEXT,
    local_name       TEXT,
    local_notes      TEXT,
    raw_json         TEXT NOT NULL DEFAULT '{}',
    pms_modified_at  TEXT,
    synced_at        TEXT NOT NULL,
    UNIQUE (connection_id, pms_id)
);
CREATE INDEX properties_name ON properties(name);

CREATE TABLE units (
    id               INTEGER PRIMARY KEY,
    connection_id    INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    pms_id           INTEGER NOT NULL,
    pms_property_id  INTEGER,
    property_id      INTEGER REFERENCES properties(id) ON DELETE SET NULL,
    name             TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL DEFAULT '',
    postal_code      TEXT NOT NULL DEFAULT '',
    floor            INTEGER,
    pms_active       INTEGER NOT NULL DEFAULT 1,
    active           INTEGER NOT NULL DEFAULT 1,
    disabled_by_user INTEGER NOT NULL DEFAULT 0,
    deactivated_at   TEXT,
    deactivated_by   TEXT,          -- 'user', or 'reconciliation:<snapshot id>'
    needs_review     INTEGER NOT NULL DEFAULT 0,  -- reappeared in the PMS after reconciliation
    local_name       TEXT,
    local_notes      TEXT,
    raw_json         TEXT NOT NULL DEFAULT '{}',
    pms_modified_at  TEXT,
    synced_at        TEXT NOT NULL,
    UNIQUE (connection_id, pms_id)
);
CREATE INDEX units_property ON units(property_id);
CREATE INDEX units_name ON units(name);

CREATE TABLE platform_units (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    building      TEXT NOT NULL DEFAULT '',
    floor         TEXT NOT NULL DEFAULT '',
    external_ref  TEXT UNIQUE,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX platform_units_name ON platform_units(name);

CREATE TABLE unit_mappings (
    unit_id           INTEGER PRIMARY KEY REFERENCES units(id) ON DELETE CASCADE,
    platform_unit_id  INTEGER NOT NULL UNIQUE REFERENCES platform_units(id) ON DELETE CASCADE, -- R18: 1:1
    method            TEXT NOT NULL DEFAULT 'manual' CHECK (method IN ('manual','suggestion','import','cli')),
    confidence        REAL,
    mapped_at         TEXT NOT NULL
);

CREATE TABLE residents (
    id               INTEGER PRIMARY KEY,
    connection_id    INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    pms_contact_id   INTEGER NOT NULL,
    first_name       TEXT NOT NULL DEFAULT '',
    last_name        TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 1,
    pms_lease_id     INTEGER,
    pms_property_id  INTEGER,
    pms_unit_id      INTEGER,
    property_id      INTEGER REFERENCES properties(id) ON DELETE SET NULL,
    unit_id          INTEGER REFERENCES units(id) ON DELETE SET NULL,
    move_in          TEXT,
    move_out         TEXT,
    platform_unit_id INTEGER REFERENCES platform_units(id) ON DELETE SET NULL, -- R19 assignment
    raw_json         TEXT NOT NULL DEFAULT '{}',
    created_at       TEXT NOT NULL,
    synced_at        TEXT NOT NULL,
    UNIQUE (connection_id, pms_contact_id)
);
CREATE INDEX residents_unit ON residents(unit_id);
CREATE INDEX residents_name ON residents(last_name, first_name);

CREATE TABLE leases (
    id               INTEGER PRIMARY KEY,
    connection_id    INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    pms_id           INTEGER NOT NULL,
    pms_unit_id      INTEGER,
    pms_property_id  INTEGER,
    unit_id          INTEGER REFERENCES units(id) ON DELETE SET NULL,
    property_id      INTEGER REFERENCES properties(id) ON DELETE SET NULL,
    name             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 0,
    start_date       TEXT,
    end_date         TEXT,
    move_in          TEXT,
    move_out         TEXT,
    base_rent        REAL,
    raw_json         TEXT NOT NULL DEFAULT '{}',
    pms_modified_at  TEXT,
    synced_at        TEXT NOT NULL,
    UNIQUE (connection_id, pms_id)
);
CREATE INDEX leases_unit ON leases(unit_id);

CREATE TABLE work_orders (
    id                      INTEGER PRIMARY KEY,
    connection_id           INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    pms_id                  INTEGER,            -- NULL until pushed (app-created)
    number                  INTEGER,
    origin                  TEXT NOT NULL CHECK (origin IN ('pms','app')),
    pms_property_id         INTEGER,
    pms_unit_id             INTEGER,
    property_id             INTEGER REFERENCES properties(id) ON DELETE SET NULL,
    unit_id                 INTEGER REFERENCES units(id) ON DELETE SET NULL,
    resident_id             INTEGER REFERENCES residents(id) ON DELETE SET NULL,
    resident_pms_contact_id INTEGER,
    manager_user_id         INTEGER,
    managed_by              TEXT NOT NULL DEFAULT '',
    requested_by            TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL DEFAULT 'Open',
    priority                TEXT NOT NULL DEFAULT 'MEDIUM',
    category                TEXT NOT NULL DEFAULT '',
    description             TEXT NOT NULL DEFAULT '',
    authorize_enter         TEXT NOT NULL DEFAULT 'NO',
    linked                  INTEGER NOT NULL DEFAULT 1,   -- R6: 0 = property or unit not in cache
    sync_state              TEXT NOT NULL DEFAULT 'not_synced'
                            CHECK (sync_state IN ('synced','pending','failed','not_synced')),
    sync_error              TEXT,
    client_ref              TEXT UNIQUE,   -- our marker in the PMS record, to find a POST that timed out
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    completed_at            TEXT,
    raw_json                TEXT NOT NULL DEFAULT '{}',
    UNIQUE (connection_id, pms_id)
);
CREATE INDEX work_orders_property ON work_orders(property_id);
CREATE INDEX work_orders_state ON work_orders(sync_state);
CREATE INDEX work_orders_status ON work_orders(status);

CREATE TABLE work_order_attachments (
    id             INTEGER PRIMARY KEY,
    work_order_id  INTEGER NOT NULL REFERENCES work_orders(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('photo','call_log','sms_log','invoice')),
    file_name      TEXT NOT NULL,
    stored_path    TEXT NOT NULL,
    mime_type      TEXT NOT NULL DEFAULT 'application/octet-stream',
    size_bytes     INTEGER NOT NULL DEFAULT 0,
    pms_doc_id     INTEGER,
    added_at       TEXT NOT NULL,
    uploaded_at    TEXT
);

CREATE TABLE work_order_events (
    id             INTEGER PRIMARY KEY,
    work_order_id  INTEGER NOT NULL REFERENCES work_orders(id) ON DELETE CASCADE,
    at             TEXT NOT NULL,
    kind           TEXT NOT NULL,   -- created, edited, pushed, pms_answer, failed, completed ...
    message        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX work_order_events_wo ON work_order_events(work_order_id);

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    work_order_id    INTEGER NOT NULL REFERENCES work_orders(id) ON DELETE CASCADE,
    op               TEXT NOT NULL CHECK (op IN ('create','comment','close','upload')),
    payload          TEXT NOT NULL DEFAULT '{}',
    state            TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','in_flight','done','failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    done_at          TEXT
);
CREATE INDEX outbox_pending ON outbox(state, work_order_id, id);

CREATE TABLE owners (
    id             INTEGER PRIMARY KEY,
    external_ref   TEXT UNIQUE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL
);

CREATE TABLE vendors (
    id             INTEGER PRIMARY KEY,
    external_ref   TEXT UNIQUE,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    trade          TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    insurance_expires TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    imported_at    TEXT NOT NULL
);

CREATE TABLE reconciliation_snapshots (
    id                 INTEGER PRIMARY KEY,
    connection_id      INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    started_at         TEXT NOT NULL,
    finished_at        TEXT,
    trigger            TEXT NOT NULL CHECK (trigger IN ('schedule','manual','cli')),
    status             TEXT NOT NULL CHECK (status IN ('running','completed','aborted','needs_confirmation','dry_run')),
    units_checked      INTEGER NOT NULL DEFAULT 0,
    units_deactivated  INTEGER NOT NULL DEFAULT 0,
    error              TEXT
);

CREATE TABLE reconciliation_items (
    id               INTEGER PRIMARY KEY,
    snapshot_id      INTEGER NOT NULL REFERENCES reconciliation_snapshots(id) ON DELETE CASCADE,
    unit_id          INTEGER REFERENCES units(id) ON DELETE SET NULL,
    action           TEXT NOT NULL CHECK (action IN ('deactivated','would_deactivate','reappeared','restored')),
    pms_unit_id      INTEGER,
    pms_property_id  INTEGER,
    property_name    TEXT NOT NULL DEFAULT '',
    unit_name        TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    at               TEXT NOT NULL
);
CREATE INDEX reconciliation_items_snapshot ON reconciliation_items(snapshot_id);

CREATE TABLE property_log (
    id           INTEGER PRIMARY KEY,
    property_id  INTEGER NOT NULL REFERENCES properties(id) ON DELETE CASCADE,
    unit_id      INTEGER REFERENCES units(id) ON DELETE SET NULL,
    at           TEXT NOT NULL,
    kind         TEXT NOT NULL,   -- deactivated, restored, disabled, enabled, reappeared, edited
    message      TEXT NOT NULL
);
CREATE INDEX property_log_property ON property_log(property_id, at);

CREATE TABLE sync_runs (
    id             INTEGER PRIMARY KEY,
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('initial','incremental','properties_residents','leases','push','reconciliation')),
    trigger        TEXT NOT NULL DEFAULT 'manual',
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    status         TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','cancelled')),
    window_start   TEXT,
    window_end     TEXT,
    error          TEXT
);
CREATE INDEX sync_runs_connection ON sync_runs(connection_id, started_at);

CREATE TABLE sync_run_counts (
    run_id     INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,
    entity     TEXT NOT NULL,
    created    INTEGER NOT NULL DEFAULT 0,
    updated    INTEGER NOT NULL DEFAULT 0,
    unchanged  INTEGER NOT NULL DEFAULT 0,
    skipped    INTEGER NOT NULL DEFAULT 0,
    failed     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, entity)
);

CREATE TABLE sync_cursors (
    connection_id            INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    job                      TEXT NOT NULL,
    last_success_started_at  TEXT NOT NULL,
    last_run_id              INTEGER REFERENCES sync_runs(id) ON DELETE SET NULL,
    PRIMARY KEY (connection_id, job)
);

CREATE TABLE sync_exclusions (
    id             INTEGER PRIMARY KEY,
    connection_id  INTEGER NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
    run_id         INTEGER REFERENCES sync_runs(id) ON DELETE SET NULL,
    entity         TEXT NOT NULL,
    pms_id         INTEGER NOT NULL,
    reason         TEXT NOT NULL,
    at             TEXT NOT NULL,
    UNIQUE (connection_id, entity, pms_id)
);
CREATE INDEX sync_exclusions_run ON sync_exclusions(run_id);

CREATE TABLE app_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
