package st.libreho.directory.internal.observations;

/** A service to check: its address as the delegate declared it. */
public record ServiceTarget(long serviceId, String url) {
}
