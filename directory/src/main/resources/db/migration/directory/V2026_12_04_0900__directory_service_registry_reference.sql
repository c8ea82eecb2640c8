-- The registry lists the services that name one of its configurations ("owner/slug" or "owner/slug@version"): an
-- equality and prefix index on what the delegates wrote.
CREATE INDEX service_registry_configuration_idx ON directory.service (registry_configuration text_pattern_ops)
    WHERE registry_configuration IS NOT NULL;
