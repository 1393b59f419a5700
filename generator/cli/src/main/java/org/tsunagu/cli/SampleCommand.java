package org.tsunagu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.tsunagu.core.check.Messages;
import org.tsunagu.sample.SampleSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Writes a synthetic site of any size, the same for the same seed, for trying Tsunagu at scale: tsunagu sample <folder> --groups 3000 --events 10000.")
final class SampleCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The new site folder (it must not hold data/ or content/ yet).")
    Path folder;

    @Option(names = "--groups", description = "Number of groups. Default: 300.", defaultValue = "300")
    int groups;

    @Option(names = "--events", description = "Number of events. Default: 1000.", defaultValue = "1000")
    int events;

    @Option(names = "--seed", description = "Seed of the random choices. Default: 1.", defaultValue = "1")
    long seed;

    @Option(names = "--lang", description = "Language of messages: ja (default) or en.", defaultValue = "ja")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.get("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.JAPANESE);
        if (groups < 1 || events < 0) {
            spec.commandLine().getErr().println(messages.format("cli.sampleBadSize"));
            return Main.USAGE_OR_IO;
        }
        try {
            Files.createDirectories(folder);
            SampleSite.Counts c = SampleSite.write(folder, groups, events, seed);
            spec.commandLine().getOut().println(messages.format("cli.sampleWritten", folder, c.groups(), c.events(),
                    c.calls(), c.grants(), c.news(), c.pages()));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(messages.format("cli.sampleFailed", folder, e.getMessage()));
            return Main.USAGE_OR_IO;
        }
    }
}
