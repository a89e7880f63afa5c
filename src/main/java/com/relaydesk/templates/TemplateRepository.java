package com.relaydesk.templates;

import java.util.List;
import java.util.Optional;

/**
 * Where templates are kept. The cache (store) implements it in the account's database;
 * {@link TemplateFolder} keeps them as files. Implementations must keep what was saved across
 * restarts: a seller's templates are their work, not a cache.
 */
public interface TemplateRepository {

    /** All templates, ordered by name. */
    List<Template> list();

    Optional<Template> find(String id);

    /** Adds the template or replaces the one with the same id. */
    void save(Template template);

    /** Removes the template; false when there was none with this id. */
    boolean delete(String id);

    /**
     * Whether the starter set was offered here already, so a seller who deleted every template
     * does not get it back. Without a record of it: as soon as there is any template.
     */
    default boolean starterSetOffered() {
        return !list().isEmpty();
    }

    /** Records that the starter set was offered (where the repository can keep that). */
    default void markStarterSetOffered() {
    }
}
