-- Search on the Work Orders screen: a trigram full-text index of the work orders' own text,
-- so "find this word anywhere in a million work orders" reads an index instead of every row
-- (LIKE '%word%' semantics: substrings, case-insensitive; words of three characters or more).
-- External content: the text stays in work_orders; triggers keep the index in step.
-- Status and sync-state updates (what syncs do most) do not touch it.
CREATE VIRTUAL TABLE work_orders_fts USING fts5(
    description, requested_by, category,
    content = 'work_orders', content_rowid = 'id', tokenize = 'trigram');

INSERT INTO work_orders_fts (work_orders_fts) VALUES ('rebuild');

CREATE TRIGGER work_orders_fts_insert AFTER INSERT ON work_orders
BEGIN
    INSERT INTO work_orders_fts (rowid, description, requested_by, category)
        VALUES (new.id, new.description, new.requested_by, new.category);
END;

CREATE TRIGGER work_orders_fts_delete AFTER DELETE ON work_orders
BEGIN
    INSERT INTO work_orders_fts (work_orders_fts, rowid, description, requested_by, category)
        VALUES ('delete', old.id, old.description, old.requested_by, old.category);
END;

CREATE TRIGGER work_orders_fts_update AFTER UPDATE OF description, requested_by, category ON work_orders
BEGIN
    INSERT INTO work_orders_fts (work_orders_fts, rowid, description, requested_by, category)
        VALUES ('delete', old.id, old.description, old.requested_by, old.category);
    INSERT INTO work_orders_fts (rowid, description, requested_by, category)
        VALUES (new.id, new.description, new.requested_by, new.category);
END;
