-- Sort orders the Work Orders screen offers by a click on a column title: with an index, the
-- first rows of a million come from an index walk instead of a sort of every row. Each index
-- ends in the id, the tie-breaker the screens sort by (ORDER BY x, id); SQLite's indexes end
-- in the rowid by themselves. NULLS FIRST: the screens sort empty values as SQLite does
-- (first going up, last going down), and a backward walk gives the descending order.
CREATE INDEX work_orders_number ON work_orders(number NULLS FIRST, id);
CREATE INDEX work_orders_priority ON work_orders(priority NULLS FIRST, id);
CREATE INDEX work_orders_created ON work_orders(created_at NULLS FIRST, id);
-- SQLite's single-column indexes of 001 sort by themselves (the rowid ends them); here the
-- sorts by status and sync state get theirs.
CREATE INDEX work_orders_status_sort ON work_orders(status NULLS FIRST, id);
CREATE INDEX work_orders_state_sort ON work_orders(sync_state NULLS FIRST, id);
