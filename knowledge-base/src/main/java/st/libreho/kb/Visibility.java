package st.libreho.kb;

/** Who reads a page: anyone, or only the network's members (and operators). */
public enum Visibility {
    PUBLIC,
    MEMBERS
}
