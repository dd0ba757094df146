-- Work orders counted by connection, sync state and link state, kept by triggers, so the
-- dashboard and the status bar answer in O(1) instead of scanning a million rows.
-- (PostgreSQL twin of ../sqlite/002: a plpgsql trigger function instead of trigger bodies.)
CREATE TABLE work_order_counts (
    connection_id  BIGINT NOT NULL,
    sync_state     TEXT NOT NULL,
    linked         INTEGER NOT NULL,
    n              BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (connection_id, sync_state, linked)
);

INSERT INTO work_order_counts (connection_id, sync_state, linked, n)
    SELECT connection_id, sync_state, linked, COUNT(*) FROM work_orders GROUP BY connection_id, sync_state, linked;

CREATE FUNCTION work_order_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE work_order_counts SET n = n - 1
            WHERE connection_id = OLD.connection_id AND sync_state = OLD.sync_state AND linked = OLD.linked;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO work_order_counts AS c (connection_id, sync_state, linked, n)
            VALUES (NEW.connection_id, NEW.sync_state, NEW.linked, 1)
            ON CONFLICT (connection_id, sync_state, linked) DO UPDATE SET n = c.n + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER work_order_counts_insert AFTER INSERT OR DELETE ON work_orders
    FOR EACH ROW EXECUTE FUNCTION work_order_counts_keep();

CREATE TRIGGER work_order_counts_update AFTER UPDATE OF connection_id, sync_state, linked ON work_orders
    FOR EACH ROW
    WHEN (OLD.connection_id IS DISTINCT FROM NEW.connection_id OR OLD.sync_state IS DISTINCT FROM NEW.sync_state
          OR OLD.linked IS DISTINCT FROM NEW.linked)
    EXECUTE FUNCTION work_order_counts_keep();
