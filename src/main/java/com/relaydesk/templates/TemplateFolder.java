package com.relaydesk.templates;

import com.relaydesk.platform.AtomicFile;
import com.relaydesk.platform.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Templates as files in a folder, one {@code <id>.template} each in {@link TemplateFormat}.
 * Writes go through {@link AtomicFile}, so a crash never leaves a half-written template. A file
 * that cannot be read is skipped and logged, not fatal.
 */
public final class TemplateFolder implements TemplateRepository {

    private static final Logger LOG = Logger.getLogger(TemplateFolder.class.getName());
    static final String SUFFIX = ".template";

    private final Path folder;

    public TemplateFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public List<Template> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Template> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                read(file).ifPresent(templates::add);
            }
        } catch (IOException e) {
            throw new UserFacingException("RelayDesk cannot read the templates in " + folder
                    + ". Check that the folder is readable.", e);
        }
        templates.sort(Comparator.comparing(Template::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Template::id));
        return templates;
    }

    @Override
    public Optional<Template> find(String id) {
        Path file = fileOf(id);
        return Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    @Override
    public void save(Template template) {
        try {
            Files.createDirectories(folder);
            // Owner-only, as templates have always been written (Files.createTempFile's permissions).
            AtomicFile.ownerOnly(fileOf(template.id())).write(TemplateFormat.write(template));
        } catch (IOException e) {
            throw new UserFacingException("RelayDesk could not save the template \"" + template.name() + "\" in "
                    + folder + ". Check that the folder is writable and the disk is not full.", e);
        }
    }

    @Override
    public boolean delete(String id) {
        try {
            return Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UserFacingException("RelayDesk could not delete the template " + id + " in " + folder + ".", e);
        }
    }

    private Path fileOf(String id) {
        // Template ids are checked to be [a-z0-9-], so they are safe file names.
        return folder.resolve(new Template(id, "x", "en", com.relaydesk.lint.MessageKind.REPLY, null, "", "").id() + SUFFIX);
    }

    private Optional<Template> read(Path file) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - SUFFIX.length());
        try {
            return Optional.of(TemplateFormat.read(id, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "skipping unreadable template " + file, e);
            return Optional.empty();
        }
    }
}
