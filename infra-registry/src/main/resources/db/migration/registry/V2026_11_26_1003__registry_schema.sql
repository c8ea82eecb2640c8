-- The infra-registry module owns the schema "registry"; its tables arrive with the registry issue.
CREATE SCHEMA IF NOT EXISTS registry;
