package st.libreho.directory.internal.organisations;

/** An entry was saved with a logo address other than before (null: no logo any more). */
record LogoAddressSet(long organisationId, String url) {
}
