/**
 * The checks a configuration version goes through before it is published: credentials in its files
 * ({@link st.libreho.registry.internal.checks.SecretScanner}), the variables its files use
 * ({@link st.libreho.registry.internal.checks.VariableExtractor}) and whether the files and the manifest agree
 * ({@link st.libreho.registry.internal.checks.ManifestLint}). Pure code over {@code ConfigurationFile}s: no
 * database, no CDI, nothing logged, so the facade can run them inside or outside a transaction.
 */
package st.libreho.registry.internal.checks;
