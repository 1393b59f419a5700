package org.tsunagu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The settings of the Java VM a command runs in. {@code java -jar tsunagu.jar} starts a VM with
 * Java's defaults, which suit neither a small site (most of a build of a few hundred pages goes
 * into compiling Java code for speed it never needs) nor a large one (on Linux every page of
 * its heap is touched in 4 KB pieces, each a fault the system has to serve).
 * So unless the command line already sets up the VM, the command runs in a second VM started
 * with settings for the work, and this one only waits for it.
 *
 * <ul>
 *   <li>a site with fewer than {@value #SMALL_SITE} record files, outside {@code serve}: code
 *       compiled by the quick compiler only, and the serial collector;</li>
 *   <li>any other: on Linux, transparent huge pages, where the system lets a program ask for
 *       them. The heap keeps Java's default limit: a fixed one small enough to matter would stop
 *       the largest sites.</li>
 * </ul>
 *
 * {@code TSUNAGU_JAVA_OPTIONS} replaces these settings (empty: Java's defaults, in one VM).
 */
final class JavaOptions {

    /** The system property the second VM is started with, so that it runs the command itself. */
    static final String STARTED = "tsunagu.vm";
    /** The environment variable that replaces the settings. */
    static final String ENVIRONMENT = "TSUNAGU_JAVA_OPTIONS";
    /** Below this many record files, a site is built in a few seconds: no time to win back from compiling. */
    static final int SMALL_SITE = 2_000;

    private JavaOptions() {
    }

    /**
     * The options to start a second VM with for this command, or empty when this VM runs it:
     * it was started with settings of its own, or is the second VM already.
     */
    static Optional<List<String>> of(String[] args, List<String> vmArguments, Map<String, String> environment,
                                     String osName, String hugePages) {
        if (System.getProperty(STARTED) != null || vmArguments.stream().anyMatch(a -> a.startsWith("-X"))
                || Stream.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")
                        .anyMatch(v -> environment.getOrDefault(v, "").contains("-X"))) {
            return Optional.empty();
        }
        String set = environment.get(ENVIRONMENT);
        if (set != null) {
            List<String> options = List.of(set.trim().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
            return options.isEmpty() ? Optional.empty() : Optional.of(options);
        }
        if (args.length == 0 || !List.of("build", "check", "serve", "links", "report").contains(args[0])) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        if (!args[0].equals("serve") && recordFiles(site(args), SMALL_SITE) < SMALL_SITE) {
            options.add("-XX:TieredStopAtLevel=1");
            options.add("-XX:+UseSerialGC");
        } else if (osName.toLowerCase(Locale.ROOT).startsWith("linux") && hugePages.contains("[madvise]")) {
            options.add("-XX:+UseTransparentHugePages");
        }
        // Nothing to set: no second VM.
        return options.isEmpty() ? Optional.empty() : Optional.of(options);
    }

    /** The site folder the command names ({@code --site DIR} or {@code --site=DIR}), else the current one. */
    static Path site(String[] args) {
        for (Iterator<String> it = List.of(args).iterator(); it.hasNext(); ) {
            String a = it.next();
            if (a.equals("--site") && it.hasNext()) {
                return Path.of(it.next());
            }
            if (a.startsWith("--site=")) {
                return Path.of(a.substring("--site=".length()));
            }
        }
        return Path.of("");
    }

    /** The files under the site's {@code data/} and {@code content/}, counted up to {@code limit}. */
    static int recordFiles(Path site, int limit) {
        int n = 0;
        for (String folder : List.of("data", "content")) {
            Path dir = site.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                n += (int) files.limit(limit - n + 1L).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                return n;
            }
            if (n >= limit) {
                return n;
            }
        }
        return n;
    }

    /** Runs the command in a second VM with these options; returns its exit code. */
    static int run(List<String> options, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-D" + STARTED + "=1");
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        // Stopping this VM (Ctrl-C, a service manager) stops the one doing the work.
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return code;
    }

    /** What this VM was started with, from the system; empty where it cannot say. */
    static List<String> vmArguments() {
        return ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
    }

    /** The system's setting for transparent huge pages, such as "always [madvise] never"; empty off Linux. */
    static String hugePages() {
        try {
            return Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
