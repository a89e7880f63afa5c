package com.relaydesk.templates;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** Adds a starter template RelayDesk offers (no person wrote it: an audit log leaves it out). */
    default void saveStarter(Template template) {
        save(template);
    }

    /** Removes the template; false when there was none with this id. */
    boolean delete(String id);

    /**
     * The ids of the starter templates offered here already, so that one the seller deleted does
     * not come back while one added in a later version still arrives. Without a record of it: all
     * of them as soon as there is any template.
     */
    default Set<String> offeredStarters() {
        return list().isEmpty() ? Set.of() : StarterTemplates.ids();
    }

    /** Records which starter templates were offered (where the repository can keep that). */
    default void markStartersOffered(Set<String> ids) {
    }
}
