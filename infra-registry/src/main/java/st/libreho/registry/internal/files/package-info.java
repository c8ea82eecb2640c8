/**
 * The registry's handling of a version's files, as pure code with no state, no database and no logging (values of
 * variables pass through here and must never be written anywhere): the rules a set of files must follow
 * ({@link st.libreho.registry.internal.files.FileSetRules}), reading an uploaded archive
 * ({@link st.libreho.registry.internal.files.ArchiveReader}), the content hash
 * ({@link st.libreho.registry.internal.files.ContentHash}), version numbers
 * ({@link st.libreho.registry.internal.files.SemanticVersion}), diffs between versions
 * ({@link st.libreho.registry.internal.files.VersionDiff}) and the bundles people download
 * ({@link st.libreho.registry.internal.files.Bundles}, {@link st.libreho.registry.internal.files.EnvFile}). ADR 0014
 * gives the reasons.
 */
package st.libreho.registry.internal.files;
