package st.libreho.registry;

/** How far the owner trusts the configuration. A configuration is deprecated, never erased: clones point at it. */
public enum ConfigurationStatus {
    EXPERIMENTAL, PRODUCTION, DEPRECATED
}
