/**
 * The infra-registry module: shared service configurations, their versions, variables, clones and diffs. Its public facade lives in this package; everything else goes under
 * {@code st.libreho.registry.internal}. It owns the PostgreSQL schema "registry" and its Flyway migrations under
 * {@code db/migration/registry}.
 */
package st.libreho.registry;
