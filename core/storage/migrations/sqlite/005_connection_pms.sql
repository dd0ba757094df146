-- Which PMS a connection talks to (issue 19): the connector's registry key ("propertyware",
-- "buildium"). Connections made before there was a choice are Propertyware's. No CHECK: a third
-- PMS is a new connector folder and a registry entry, not a schema change.
-- pms_settings: the connector's own fields of the connection form that have no column
-- (Buildium: the vendor for new work orders), a JSON object.
ALTER TABLE connections ADD COLUMN pms TEXT NOT NULL DEFAULT 'propertyware';
ALTER TABLE connections ADD COLUMN pms_settings TEXT NOT NULL DEFAULT '{}';
