-- Search on the Work Orders screen: a trigram index of the work orders' own text, so "find
-- this word anywhere in a million work orders" reads an index instead of every row (LIKE
-- '%word%' semantics: substrings, case-insensitive). PostgreSQL twin of ../sqlite/004 (FTS5
-- trigram): pg_trgm's GIN index on the same expression SqlDialect::fullTextTerm() searches.
--
-- pg_trgm is a trusted extension (the database's owner may add it; IT may have added it
-- already). It lives once per database: in public when we add it, so that a cache in a schema
-- of its own (?schema=) never owns it; the index names its operator class with the schema the
-- extension is in, wherever that is.
DO $$
DECLARE
    trgm_schema text;
BEGIN
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NULL THEN
        BEGIN
            CREATE EXTENSION pg_trgm SCHEMA public;
        EXCEPTION WHEN insufficient_privilege OR invalid_schema_name THEN
            CREATE EXTENSION pg_trgm;
        END;
        SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname = 'pg_trgm';
    END IF;
    EXECUTE format('CREATE INDEX work_orders_search ON work_orders USING gin '
                   '((description || '' '' || requested_by || '' '' || category) %I.gin_trgm_ops)', trgm_schema);
END;
$$;
