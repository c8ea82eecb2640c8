package st.libreho.web.wellknown;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the platform names the network it is the home of, to other servers (its own {@code librehost.json}, NodeInfo),
 * under {@code librehosters.network.*} (environment: {@code LIBREHOSTERS_NETWORK_*}).
 */
@ConfigMapping(prefix = "librehosters.network")
public interface NetworkConfig {

    /**
     * The network's name: {@code name} of its {@code librehost.json}, {@code metadata.nodeName} of NodeInfo.
     * Environment: {@code LIBREHOSTERS_NETWORK_NAME}.
     */
    @WithDefault("Librehosters")
    String name();

    /**
     * One paragraph on what the network is, in English: {@code description} of its {@code librehost.json}.
     * Environment: {@code LIBREHOSTERS_NETWORK_DESCRIPTION}.
     */
    @WithDefault("A network of cooperation and solidarity of hosters who use free software to encourage"
            + " decentralisation through federation and distributed platforms: they share infrastructure, knowledge"
            + " and techniques, and decide together by consensus.")
    String description();
}
