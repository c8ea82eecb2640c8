-- The governance module owns the schema "governance"; its tables arrive with the governance issue.
CREATE SCHEMA IF NOT EXISTS governance;
