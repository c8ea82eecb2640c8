package st.libreho.registry;

/** What kind of files a configuration holds, which says how one deploys it. */
public enum ConfigurationFormat {
    DOCKER_COMPOSE, ANSIBLE, NGINX, HELM, NIX, SHELL, OTHER
}
