-- Sort orders the Work Orders screen offers by a click on a column title: with an index, the
-- first rows of a million come from an index walk instead of a sort of every row. Each index
-- ends in the rowid, which is the tie-breaker the screens sort by (ORDER BY x, id).
CREATE INDEX work_orders_number ON work_orders(number);
CREATE INDEX work_orders_priority ON work_orders(priority);
CREATE INDEX work_orders_created ON work_orders(created_at);
