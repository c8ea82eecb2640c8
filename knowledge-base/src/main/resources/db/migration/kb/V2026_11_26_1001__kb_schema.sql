-- The knowledge-base module owns the schema "kb"; its tables arrive with the knowledge-base issue.
CREATE SCHEMA IF NOT EXISTS kb;
