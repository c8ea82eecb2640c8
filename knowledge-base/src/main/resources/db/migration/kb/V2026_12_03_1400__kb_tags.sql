-- Tags on wiki pages: lower-case words with digits and hyphens (email, backup, tls-certificates), at most 10 per page,
-- each at most 40 characters, stored normalised (no duplicates, sorted). A revision is a snapshot, so its tags are part
-- of it, and a revert restores them; the page holds a copy of its current revision's tags for reading and filtering.
--
-- Stored as a text[] column, on both rows, rather than in a kb.page_tag table: a revision's tags are written once with
-- it and read with it (a table per revision would be rows never queried on their own); on the page, the array is read
-- with the row that shows the page (no join), changed by the same UPDATE that makes a revision current (no rows to
-- delete and insert), and a GIN index answers "the pages with tag X" (tags @> ARRAY['x']) as a join table's index
-- would. The list of every tag with its number of pages unnests the arrays of the pages a reader may see: a scan of
-- kb.page, small for a wiki, and done for visitors once per change (the page is kept, ADR 0009).

-- What the application writes, checked again by the database whatever code writes it. Sorted as Java sorts them
-- (COLLATE "C": code points), so that the check and the application agree whatever the database's collation.
CREATE FUNCTION kb.tags_are_normalised(tags TEXT[]) RETURNS BOOLEAN LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT cardinality(tags) <= 10
           AND array_position(tags, NULL) IS NULL
           AND NOT EXISTS (SELECT 1 FROM unnest(tags) AS tag
                           WHERE length(tag) > 40 OR tag !~ '^[a-z0-9]+(-[a-z0-9]+)*$')
           AND tags = ARRAY(SELECT DISTINCT tag COLLATE "C" FROM unnest(tags) AS tag ORDER BY 1)
$$;

-- Adding a column with a constant default changes no row: the immutability trigger (UPDATE, DELETE) is not involved,
-- and every revision saved before tags existed reads as having none, which it had.
ALTER TABLE kb.revision ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}'
    CONSTRAINT revision_tags_normalised CHECK (kb.tags_are_normalised(tags));

ALTER TABLE kb.page ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}'
    CONSTRAINT page_tags_normalised CHECK (kb.tags_are_normalised(tags));
CREATE INDEX page_tags_idx ON kb.page USING GIN (tags);

-- A proposed revision of a charter page proposes its tags too.
ALTER TABLE kb.proposal ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}'
    CONSTRAINT proposal_tags_normalised CHECK (kb.tags_are_normalised(tags));

-- A page's tags are words about it, chosen by its writers: search finds a page by them as by its title (weight A).
CREATE OR REPLACE FUNCTION kb.index_page() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    configuration regconfig := kb.search_configuration(NEW.language);
    body TEXT;
BEGIN
    SELECT r.markdown INTO body FROM kb.revision r WHERE r.page_id = NEW.id AND r.number = NEW.current_revision;
    INSERT INTO kb.page_search (page_id, document)
    VALUES (NEW.id, setweight(to_tsvector(configuration, NEW.title), 'A')
                    || setweight(to_tsvector(configuration, array_to_string(NEW.tags, ' ')), 'A')
                    || setweight(to_tsvector(configuration, coalesce(body, '')), 'B'))
    ON CONFLICT (page_id) DO UPDATE SET document = EXCLUDED.document;
    RETURN NULL;
END;
$$;
