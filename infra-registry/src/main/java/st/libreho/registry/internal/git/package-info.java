/**
 * Each configuration as a read-only git repository over smart HTTP
 * ({@code git clone <base>/registry/<owner>/<slug>.git}): one commit per version, tagged {@code v<version>}, built in
 * memory from the stored versions ({@link st.libreho.registry.internal.git.GitHistory}), kept while current
 * ({@link st.libreho.registry.internal.git.GitRepositories}) and served by JGit's upload-pack
 * ({@link st.libreho.registry.internal.git.GitResource}). ADR 0015 gives the reasons.
 */
package st.libreho.registry.internal.git;
