package st.libreho.directory;

/** How a service is paid for. */
public enum PriceModel {
    FREE, DONATION, PAID, SLIDING_SCALE
}
