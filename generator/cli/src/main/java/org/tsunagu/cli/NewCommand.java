package org.tsunagu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.tsunagu.core.load.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new record file with every field explained in comments: tsunagu new group|event|grant|opportunity <slug>.")
final class NewCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Parameters(index = "0", description = "What to create: group, event, grant or opportunity.")
    Kind kind;

    @Parameters(index = "1", description = "The slug: the file name and page address (a-z, 0-9, -).")
    String slug;

    enum Kind {
        group("groups"), event("events"), grant("grants"), opportunity("opportunities");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (!Slugs.isValid(slug)) {
            err.println(site.messages().format("cli.newBadSlug", slug, Slugs.suggest(slug)));
            return Main.USAGE_OR_IO;
        }
        Path file = site.siteDir().resolve("data").resolve(kind.folder).resolve(slug + ".yaml");
        if (Files.exists(file)) {
            err.println(site.messages().format("cli.newExists", site.siteDir().relativize(file)));
            return Main.USAGE_OR_IO;
        }
        String template;
        try (InputStream in = NewCommand.class.getResourceAsStream("/org/tsunagu/new/" + kind.name() + ".yaml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(file.getParent());
        String text = template.replace("{{slug}}", slug);
        String root = publishedRoot();
        if (root != null) {
            // Editors such as VS Code (with its YAML extension) complete and check the file with this.
            text = "# yaml-language-server: $schema=" + org.tsunagu.core.build.Schemas.address(root, kind.name()) + "\n"
                    + text;
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(site.messages().format("cli.newWritten", site.siteDir().relativize(file)));
        return 0;
    }

    /** The site's address from data/site.yaml (or --base-url), without a trailing slash; null when unknown. */
    private String publishedRoot() {
        String url = site.baseUrl;
        if (url == null) {
            Path settings = site.siteDir().resolve("data/site.yaml");
            try {
                com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(settings.toFile());
                url = n == null || n.get("base_url") == null ? null : n.get("base_url").asText();
            } catch (IOException | RuntimeException e) {
                return null; // the file is checked, with a clear message, by check and build
            }
        }
        if (url == null || !url.matches("https?://\\S+")) {
            return null;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
