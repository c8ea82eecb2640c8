/**
 * The knowledge-base module: wiki pages, revisions, links, search and export. Its public facade lives in this package; everything else goes under
 * {@code st.libreho.kb.internal}. It owns the PostgreSQL schema "kb" and its Flyway migrations under
 * {@code db/migration/kb}.
 */
package st.libreho.kb;
