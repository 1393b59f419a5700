package org.tsunagu.testing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.Pipeline;

/**
 * A build in a process of its own, as on another machine: its own Java settings and environment
 * (time zone, language, default character set), and one that can be killed.
 */
public final class ChildBuild {

    private ChildBuild() {
    }

    /** In the child: builds the site folder {@code args[0]} into {@code args[1]}; says how it is set up. */
    public static void main(String[] args) {
        System.out.println("charset=" + Charset.defaultCharset().name() + " zone=" + TimeZone.getDefault().getID()
                + " locale=" + Locale.getDefault().toLanguageTag());
        BuildResult r = Pipeline.build(BuildOptions.of(Path.of(args[0]), Path.of(args[1]))
                .withBuildDate(TestSite.BUILD_DATE));
        System.exit(r.written() ? 0 : 1);
    }

    /** Starts a build of {@code site} into {@code out}, its output read by the caller or thrown away. */
    public static Process start(Path site, Path out, List<String> javaOptions, Map<String, String> environment,
                                boolean keepOutput) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildBuild.class.getName(),
                site.toString(), out.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        if (!keepOutput) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        return pb.start();
    }
}
