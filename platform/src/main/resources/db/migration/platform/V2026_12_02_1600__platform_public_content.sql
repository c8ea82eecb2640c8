-- The platform kit owns the schema "platform": what every module shares at run time.
CREATE SCHEMA IF NOT EXISTS platform;

-- One counter for everything the public sees. A module's transaction that changes a public page adds one to it, so
-- that every instance sharing this database learns of the change (each reads the counter a few times a second) and
-- forgets the pages it rendered before. The update commits with the change itself, never before it (ADR 0009).
CREATE TABLE platform.public_content (
    id      SMALLINT PRIMARY KEY CHECK (id = 1),
    version BIGINT   NOT NULL
);

INSERT INTO platform.public_content (id, version) VALUES (1, 0);
