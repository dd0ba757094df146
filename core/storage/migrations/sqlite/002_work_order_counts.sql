-- Work orders counted by connection, sync state and link state, kept by triggers, so the
-- dashboard and the status bar answer in O(1) instead of scanning a million rows.
CREATE TABLE work_order_counts (
    connection_id  INTEGER NOT NULL,
    sync_state     TEXT NOT NULL,
    linked         INTEGER NOT NULL,
    n              INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (connection_id, sync_state, linked)
) WITHOUT ROWID;

INSERT INTO work_order_counts (connection_id, sync_state, linked, n)
    SELECT connection_id, sync_state, linked, COUNT(*) FROM work_orders GROUP BY connection_id, sync_state, linked;

CREATE TRIGGER work_order_counts_insert AFTER INSERT ON work_orders
BEGIN
    INSERT OR IGNORE INTO work_order_counts (connection_id, sync_state, linked, n)
        VALUES (new.connection_id, new.sync_state, new.linked, 0);
    UPDATE work_order_counts SET n = n + 1
        WHERE connection_id = new.connection_id AND sync_state = new.sync_state AND linked = new.linked;
END;

CREATE TRIGGER work_order_counts_delete AFTER DELETE ON work_orders
BEGIN
    UPDATE work_order_counts SET n = n - 1
        WHERE connection_id = old.connection_id AND sync_state = old.sync_state AND linked = old.linked;
END;

CREATE TRIGGER work_order_counts_update AFTER UPDATE OF connection_id, sync_state, linked ON work_orders
    WHEN old.connection_id IS NOT new.connection_id OR old.sync_state IS NOT new.sync_state
         OR old.linked IS NOT new.linked
BEGIN
    UPDATE work_order_counts SET n = n - 1
        WHERE connection_id = old.connection_id AND sync_state = old.sync_state AND linked = old.linked;
    INSERT OR IGNORE INTO work_order_counts (connection_id, sync_state, linked, n)
        VALUES (new.connection_id, new.sync_state, new.linked, 0);
    UPDATE work_order_counts SET n = n + 1
        WHERE connection_id = new.connection_id AND sync_state = new.sync_state AND linked = new.linked;
END;
