-- Search on the Work Orders screen: a trigram index of the work orders' own text, so "find
-- this word anywhere in a million work orders" reads an index instead of every row (LIKE
-- '%word%' semantics: substrings, case-insensitive). PostgreSQL twin of ../sqlite/004 (FTS5
-- trigram): pg_trgm's GIN index on the same expression SqlDialect::fullTextTerm() searches.
-- pg_trgm is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX work_orders_search ON work_orders
    USING gin ((description || ' ' || requested_by || ' ' || category) gin_trgm_ops);
