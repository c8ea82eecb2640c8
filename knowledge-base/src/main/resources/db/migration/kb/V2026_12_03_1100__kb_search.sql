-- Search (issue 9): PostgreSQL full text in each page's language, accents ignored both ways, titles above bodies.
-- unaccent is a trusted extension: the database's owner may create it (PostgreSQL 13 and later).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The platform's own text search configurations: each folds accents before it stems, so that "Sécurité",
-- "securite" and "sécurité" become the same word, in the pages and in what people type.
CREATE TEXT SEARCH CONFIGURATION kb.french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION kb.french ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION kb.english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION kb.english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION kb.simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION kb.simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- A page's language decides how its words are stemmed; languages without a stemmer here are indexed word for word.
CREATE FUNCTION kb.search_configuration(language TEXT) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE language WHEN 'fr' THEN 'kb.french'::regconfig
                         WHEN 'en' THEN 'kb.english'::regconfig
                         ELSE 'kb.simple'::regconfig END
$$;

-- Each page's words: its title weighted A, its current text B.
CREATE TABLE kb.page_search (
    page_id   BIGINT    PRIMARY KEY REFERENCES kb.page (id),
    document  TSVECTOR  NOT NULL
);
CREATE INDEX page_search_document_idx ON kb.page_search USING GIN (document);

-- Kept up to date by the database itself, at commit, when the page row and its current revision are both written,
-- whatever code wrote them: the application never has to remember to index.
CREATE FUNCTION kb.index_page() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    configuration regconfig := kb.search_configuration(NEW.language);
    body TEXT;
BEGIN
    SELECT r.markdown INTO body FROM kb.revision r WHERE r.page_id = NEW.id AND r.number = NEW.current_revision;
    INSERT INTO kb.page_search (page_id, document)
    VALUES (NEW.id, setweight(to_tsvector(configuration, NEW.title), 'A')
                    || setweight(to_tsvector(configuration, coalesce(body, '')), 'B'))
    ON CONFLICT (page_id) DO UPDATE SET document = EXCLUDED.document;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER page_indexed AFTER INSERT OR UPDATE ON kb.page
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kb.index_page();
