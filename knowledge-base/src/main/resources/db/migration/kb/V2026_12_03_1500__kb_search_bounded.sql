-- PostgreSQL refuses a tsvector over 1 MB, and the index is written by a deferred trigger at commit: a long text of
-- many distinct words (1M characters of Cyrillic or CJK pass the form's limit) would fail the save at commit, with
-- the person's text lost. The index reads the first 100,000 characters of a text (some 15,000 words: a long guide);
-- the page itself keeps all of it. Tags weigh as the title (V2026_12_03_1400).
CREATE OR REPLACE FUNCTION kb.index_page() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    configuration regconfig := kb.search_configuration(NEW.language);
    body TEXT;
BEGIN
    SELECT left(r.markdown, 100000) INTO body FROM kb.revision r
    WHERE r.page_id = NEW.id AND r.number = NEW.current_revision;
    INSERT INTO kb.page_search (page_id, document)
    VALUES (NEW.id, setweight(to_tsvector(configuration, NEW.title), 'A')
                    || setweight(to_tsvector(configuration, array_to_string(NEW.tags, ' ')), 'A')
                    || setweight(to_tsvector(configuration, coalesce(body, '')), 'B'))
    ON CONFLICT (page_id) DO UPDATE SET document = EXCLUDED.document;
    RETURN NULL;
END;
$$;
