package st.libreho.registry;

/** What a check found fault with. */
public enum FindingKind {
    /** A credential in a file: publishing is refused, and the value is never echoed. */
    SECRET,
    /** A variable used and not declared, declared and not used, a file that does not parse. */
    LINT,
    /** The licence is not a valid SPDX expression of free-software licences. */
    LICENCE,
    /** A file that cannot be part of a version: a bad path, binary, too large, too many, an archive attack. */
    FILE
}
