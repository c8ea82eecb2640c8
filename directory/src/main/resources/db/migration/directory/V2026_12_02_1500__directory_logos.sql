-- Each organisation's logo as the platform serves it: fetched once from the address in the entry, checked and
-- re-encoded as PNG, so that visitors never load images from members' sites (which would tell them who visits).
CREATE TABLE directory.organisation_logo (
    organisation_id  BIGINT        PRIMARY KEY REFERENCES directory.organisation (id) ON DELETE CASCADE,
    source_url       VARCHAR(2048) NOT NULL,
    image            BYTEA         NOT NULL,
    fetched_at       TIMESTAMPTZ   NOT NULL
);
