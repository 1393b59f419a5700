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
        Files.writeString(file, template.replace("{{slug}}", slug), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println(site.messages().format("cli.newWritten", site.siteDir().relativize(file)));
        return 0;
    }
}
