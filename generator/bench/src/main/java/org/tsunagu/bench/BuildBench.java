package org.tsunagu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.tsunagu.sample.SampleSite;

/**
 * The build benchmark: for each size, a site written once, then whole builds, each in a fresh
 * process (a new JVM for Tsunagu), alternating with Hugo on the same records when asked. For
 * every run: wall time, CPU time of the process (user + system), peak resident memory, the pages,
 * files and bytes in the output folder, and Tsunagu's time per stage ({@code build --timings}).
 * Prints a Markdown table of medians and ranges, and the ratio Tsunagu / Hugo.
 */
final class BuildBench {

    /** A size of site; {@code demo} is the repository's own site, built by Tsunagu alone. */
    record Size(String name, int groups, int events) {
    }

    static final List<Size> SIZES = List.of(new Size("small", 300, 1_000), new Size("medium", 3_000, 10_000),
            new Size("large", 20_000, 100_000), new Size("demo", 0, 0));

    static final List<String> STAGES = List.of("load", "check", "model", "render", "links", "write");

    /** Targets, from the issue that asked for this benchmark. */
    static final double LARGE_RATIO = 0.5;
    static final long LARGE_PEAK_BYTES = 1536L << 20;
    static final double DEMO_SECONDS = 3;

    /** One build. */
    record Run(String tool, int exit, double wall, double cpu, long peakBytes, int pages, int files, long bytes,
               Map<String, Long> stages) {
    }

    private final Options o;
    private final Path work;
    private final boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
    /** Set when a build fails, to keep its site and logs. */
    private boolean failed;

    /** What the command line asked for. */
    record Options(List<Size> sizes, int runs, boolean hugo, Path baseline, String seed, List<String> jvm, Path workRoot,
                   boolean keep, Path demo) {
    }

    private BuildBench(Options o, Path work) {
        this.o = o;
        this.work = work;
    }

    static int run(String[] args) throws Exception {
        Options o = options(args);
        if (o == null) {
            return 2;
        }
        Path work = Files.createTempDirectory(o.workRoot(), "tsunagu-build-bench");
        BuildBench bench = new BuildBench(o, work);
        try {
            return bench.run();
        } finally {
            if (o.keep() || bench.failed) {
                System.err.println("kept " + work);
            } else {
                delete(work);
            }
        }
    }

    private int run() throws Exception {
        String input = o.baseline() != null ? "the Hugo baseline's records (gen_site.py --seed " + o.seed() + ")"
                : "tsunagu sample --seed " + o.seed();
        System.err.printf(Locale.ROOT, "Sites from %s; %d run(s) of each; output on %s; CPU and memory from %s.%n",
                input, o.runs(), work, gnuTime ? "/usr/bin/time" : "/proc");
        Map<Size, List<Run>> results = new LinkedHashMap<>();
        for (Size size : o.sizes()) {
            Path dir = Files.createDirectories(work.resolve(size.name()));
            Path site;
            Path hugoSite = null;
            long start = System.nanoTime();
            if (size.name().equals("demo")) {
                site = o.demo();
            } else if (o.baseline() != null) {
                generate(size, dir.resolve("gen"));
                site = dir.resolve("tsunagu");
                BaselineSite.convert(dir.resolve("gen/data-neutral"), site);
                hugoSite = o.hugo() ? dir.resolve("gen/hugo") : null;
            } else {
                site = dir.resolve("tsunagu");
                SampleSite.write(site, size.groups(), size.events(), Long.parseLong(o.seed()));
            }
            System.err.printf(Locale.ROOT, "%s: site written in %.1f s%n", size.name(), seconds(start));
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < o.runs(); i++) {
                // Alternate which tool goes first, so neither always finds the other's leftovers.
                boolean hugoFirst = hugoSite != null && i % 2 == 1;
                if (hugoFirst) {
                    runs.add(hugo(hugoSite, dir, i));
                }
                Run t = tsunagu(size, site, dir, i);
                runs.add(t);
                if (t.exit() != 0) {
                    System.err.println(size.name() + ": Tsunagu failed (exit " + t.exit() + "), see "
                            + dir.resolve("tsunagu-" + i + ".log") + " and .err");
                    failed = true;
                    return 1;
                }
                if (hugoSite != null && !hugoFirst) {
                    runs.add(hugo(hugoSite, dir, i));
                }
            }
            results.put(size, runs);
            if (!size.name().equals("demo") && !o.keep()) {
                delete(dir);
            }
        }
        System.out.println(table(results));
        return 0;
    }

    private void generate(Size size, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", o.baseline().resolve("gen_site.py").toString(),
                "--groups", String.valueOf(size.groups()), "--events", String.valueOf(size.events()),
                "--seed", o.seed(), "--out", out.toString()));
        if (!o.hugo()) {
            cmd.add("--no-hugo");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
                ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IOException("gen_site.py failed: " + String.join(" ", cmd));
        }
    }

    private Run tsunagu(Size size, Path site, Path dir, int i) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(o.jvm());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.tsunagu.cli.Main", "build",
                "--site", site.toString(), "--out", dir.resolve("out-tsunagu").toString(), "--timings", "--lang", "en"));
        if (!size.name().equals("demo")) {
            // The middle of the records' dates: half the events upcoming, half in the archive.
            cmd.addAll(List.of("--date", o.baseline() != null ? "2025-04-01" : "2026-10-01"));
        }
        return measure("Tsunagu", cmd, dir.resolve("out-tsunagu"), dir.resolve("tsunagu-" + i));
    }

    private Run hugo(Path hugoSite, Path dir, int i) throws IOException, InterruptedException {
        List<String> cmd = List.of("hugo", "--quiet", "-s", hugoSite.toString(), "-d",
                dir.resolve("out-hugo").toString());
        Run r = measure("Hugo", cmd, dir.resolve("out-hugo"), dir.resolve("hugo-" + i));
        if (r.exit() != 0) {
            throw new IOException("hugo failed (exit " + r.exit() + "), see " + dir.resolve("hugo-" + i + ".err"));
        }
        return r;
    }

    private static final Pattern STAGE = Pattern.compile("(\\w+) (\\d+) ms");

    /** Runs a build in its own process, into an output folder emptied first, and measures it. */
    private Run measure(String tool, List<String> command, Path out, Path log) throws IOException, InterruptedException {
        delete(out);
        Path times = Path.of(log + ".time");
        List<String> full = new ArrayList<>();
        if (gnuTime) {
            full.addAll(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        }
        full.addAll(command);
        Path stdout = Path.of(log + ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(full).redirectOutput(stdout.toFile())
                .redirectError(Path.of(log + ".err").toFile()).start();
        ProcWatch watch = gnuTime ? null : ProcWatch.start(p.pid());
        int exit = p.waitFor();
        double wall = seconds(start);
        double cpu;
        long peak;
        if (gnuTime) {
            List<String> lines = Files.readAllLines(times);
            String[] f = lines.get(lines.size() - 1).trim().split(" ");
            cpu = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
            peak = Long.parseLong(f[3]) * 1024;
        } else {
            watch.stop();
            cpu = watch.cpuSeconds();
            peak = watch.peakBytes();
        }
        int pages = 0;
        int files = 0;
        long bytes = 0;
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    files++;
                    bytes += Files.size(f);
                    if (f.getFileName().toString().endsWith(".html")) {
                        pages++;
                    }
                }
            }
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            if (line.startsWith("Time per stage: ")) {
                Matcher m = STAGE.matcher(line);
                while (m.find()) {
                    stages.put(m.group(1), Long.parseLong(m.group(2)));
                }
            }
        }
        Run r = new Run(tool, exit, wall, cpu, peak, pages, files, bytes, stages);
        System.err.printf(Locale.ROOT, "  %-7s wall %6.2f s  CPU %6.2f s  peak %5d MB  %d pages  %d files  %s%n", tool,
                wall, cpu, peak >> 20, pages, files, stages.isEmpty() ? "" : stages);
        delete(out);
        return r;
    }

    // ---- the table ----------------------------------------------------------------------

    String table(Map<Size, List<Run>> results) {
        StringBuilder t = new StringBuilder();
        t.append("| size | tool | wall s | CPU s | peak MB | pages | files | MB written |");
        STAGES.forEach(s -> t.append(' ').append(s).append(" ms |"));
        t.append(" JVM and rest ms |\n|---|---|---|---|---|---|---|---|");
        STAGES.forEach(s -> t.append("---|"));
        t.append("---|\n");
        List<String> verdicts = new ArrayList<>();
        for (Map.Entry<Size, List<Run>> e : results.entrySet()) {
            Size size = e.getKey();
            String label = size.name().equals("demo") ? "demo" : String.format(Locale.ROOT, "%s (%,d / %,d)",
                    size.name(), size.groups(), size.events());
            List<Run> ts = e.getValue().stream().filter(r -> r.tool().equals("Tsunagu")).toList();
            List<Run> hs = e.getValue().stream().filter(r -> r.tool().equals("Hugo")).toList();
            for (List<Run> runs : List.of(ts, hs)) {
                if (runs.isEmpty()) {
                    continue;
                }
                Run any = runs.get(0);
                t.append("| ").append(label).append(" | ").append(any.tool()).append(" | ")
                        .append(spread(runs, Run::wall, 1, "%.2f")).append(" | ")
                        .append(spread(runs, Run::cpu, 1, "%.2f")).append(" | ")
                        .append(spread(runs, Run::peakBytes, 1 << 20, "%.0f")).append(" | ")
                        .append(String.format(Locale.ROOT, "%,d | %,d | %.1f |", any.pages(), any.files(),
                                any.bytes() / 1e6));
                long sum = 0;
                for (String s : STAGES) {
                    if (any.stages().containsKey(s)) {
                        double ms = median(runs, r -> r.stages().getOrDefault(s, 0L));
                        sum += (long) ms;
                        t.append(String.format(Locale.ROOT, " %,.0f |", ms));
                    } else {
                        t.append(" |");
                    }
                }
                t.append(any.stages().isEmpty() ? " |"
                        : String.format(Locale.ROOT, " %,.0f |", median(runs, Run::wall) * 1000 - sum)).append('\n');
            }
            if (!ts.isEmpty() && !hs.isEmpty()) {
                double wall = median(ts, Run::wall) / median(hs, Run::wall);
                t.append("| ").append(label).append(" | **Tsunagu / Hugo** | ")
                        .append(String.format(Locale.ROOT, "%.2f× | %.2f× | %.2f× | %.2f× | %.2f× | %.2f× |",
                                wall, median(ts, Run::cpu) / median(hs, Run::cpu),
                                median(ts, Run::peakBytes) / median(hs, Run::peakBytes),
                                (double) ts.get(0).pages() / hs.get(0).pages(),
                                (double) ts.get(0).files() / hs.get(0).files(),
                                (double) ts.get(0).bytes() / hs.get(0).bytes()));
                STAGES.forEach(s -> t.append(" |"));
                t.append(" |\n");
                double limit = size.name().equals("large") ? LARGE_RATIO : 1;
                verdicts.add(String.format(Locale.ROOT, "- %s: wall time %.2f× Hugo's (target ≤ %.1f×): %s", label, wall,
                        limit, wall <= limit ? "met" : "NOT met"));
            }
            if (size.name().equals("large") && !ts.isEmpty()) {
                double peak = median(ts, Run::peakBytes);
                verdicts.add(String.format(Locale.ROOT, "- %s: peak memory %.0f MB (target ≤ %d MB): %s", label,
                        peak / (1 << 20), LARGE_PEAK_BYTES >> 20, peak <= LARGE_PEAK_BYTES ? "met" : "NOT met"));
            }
            if (size.name().equals("demo") && !ts.isEmpty()) {
                double wall = median(ts, Run::wall);
                verdicts.add(String.format(Locale.ROOT, "- demo: cold build %.2f s (target < %.0f s): %s", wall,
                        DEMO_SECONDS, wall < DEMO_SECONDS ? "met" : "NOT met"));
            }
        }
        t.append("\nMedians of ").append(o.runs()).append(" run(s), range in brackets. CPU is user + system time of the "
                + "process; peak is its largest resident set. Stages are Tsunagu's own (build --timings); "
                + "\"JVM and rest\" is the wall time outside them: JVM start, loading classes, the report.\n");
        if (!verdicts.isEmpty()) {
            t.append('\n').append(String.join("\n", verdicts)).append('\n');
        }
        return t.toString();
    }

    private static String spread(List<Run> runs, ToDoubleFunction<Run> f, double unit, String format) {
        double[] v = runs.stream().mapToDouble(f).map(x -> x / unit).sorted().toArray();
        String median = String.format(Locale.ROOT, format, median(v));
        return v.length == 1 ? median : median + " (" + String.format(Locale.ROOT, format, v[0]) + "–"
                + String.format(Locale.ROOT, format, v[v.length - 1]) + ")";
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        return median(runs.stream().mapToDouble(f).sorted().toArray());
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // ---- options ---------------------------------------------------------------------

    static final String USAGE = """
            usage: java -jar tsunagu-bench.jar build [--sizes small,medium,large,demo] [--runs 3] [--hugo]
                       [--baseline DIR] [--seed S] [--jvm "-Xmx2g ..."] [--work DIR] [--demo DIR] [--keep]
              --hugo        also build with Hugo, on the same records (needs --baseline)
              --baseline    the Hugo baseline folder (gen_site.py, hugo-template/); its records are then
                            used for Tsunagu too. Without it, tsunagu sample writes the sites.
              --jvm         options for Tsunagu's JVM, e.g. a heap limit or a flight recording
              --work        where sites and output go (default: /dev/shm when there, else the temp folder)
              --demo        the site built as size "demo" (default: the current folder)
            """;

    private static Options options(String[] args) {
        List<Size> sizes = List.of(SIZES.get(0), SIZES.get(1));
        int runs = 3;
        boolean hugo = false;
        boolean keep = false;
        Path baseline = System.getenv("TSUNAGU_HUGO_BASELINE") == null ? null
                : Path.of(System.getenv("TSUNAGU_HUGO_BASELINE"));
        String seed = null;
        List<String> jvm = List.of();
        Path workRoot = Files.isDirectory(Path.of("/dev/shm")) && Files.isWritable(Path.of("/dev/shm"))
                ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
        Path demo = Path.of(".").toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--hugo" -> hugo = true;
                case "--keep" -> keep = true;
                default -> {
                    if (!hasValue) {
                        System.err.print(USAGE);
                        return null;
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--sizes" -> {
                            List<Size> chosen = new ArrayList<>();
                            for (String name : v.split(",")) {
                                Size s = SIZES.stream().filter(x -> x.name().equals(name.strip())).findFirst().orElse(null);
                                if (s == null) {
                                    System.err.println("unknown size: " + name + " (small, medium, large, demo)");
                                    return null;
                                }
                                chosen.add(s);
                            }
                            sizes = chosen;
                        }
                        case "--runs" -> runs = Integer.parseInt(v);
                        case "--baseline" -> baseline = Path.of(v);
                        case "--seed" -> seed = v;
                        case "--jvm" -> jvm = Arrays.stream(v.trim().split("\\s+")).filter(x -> !x.isEmpty()).toList();
                        case "--work" -> workRoot = Path.of(v);
                        case "--demo" -> demo = Path.of(v).toAbsolutePath().normalize();
                        default -> {
                            System.err.print(USAGE);
                            return null;
                        }
                    }
                }
            }
        }
        if (hugo && (baseline == null || !Files.isRegularFile(baseline.resolve("gen_site.py")))) {
            System.err.println("--hugo needs the Hugo baseline folder, with gen_site.py: --baseline DIR");
            return null;
        }
        if (sizes.stream().anyMatch(s -> s.name().equals("demo")) && !Files.isRegularFile(demo.resolve("data/site.yaml"))) {
            System.err.println(demo + " holds no site (data/site.yaml) to build as \"demo\"; give --demo DIR");
            return null;
        }
        if (seed == null) {
            seed = baseline != null ? "20240401" : "1";
        }
        return new Options(sizes, Math.max(1, runs), hugo, baseline, seed, jvm, workRoot, keep, demo);
    }

    // ---- helpers ---------------------------------------------------------------------

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** CPU time and peak memory of a process from /proc, polled, when /usr/bin/time is missing. */
    static final class ProcWatch {
        private final Path proc;
        private final Thread thread;
        private volatile boolean done;
        private volatile long ticks;
        private volatile long peak;

        private ProcWatch(long pid) {
            proc = Path.of("/proc", String.valueOf(pid));
            thread = new Thread(this::poll, "proc-watch");
            thread.setDaemon(true);
        }

        static ProcWatch start(long pid) {
            ProcWatch w = new ProcWatch(pid);
            w.thread.start();
            return w;
        }

        private void poll() {
            while (!done) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    for (String line : Files.readAllLines(proc.resolve("status"))) {
                        if (line.startsWith("VmHWM:")) {
                            peak = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                        }
                    }
                    Thread.sleep(20);
                } catch (IOException | RuntimeException e) {
                    return; // the process has ended
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            done = true;
            thread.join();
        }

        /** Assumes the usual 100 clock ticks a second. */
        double cpuSeconds() {
            return ticks / 100.0;
        }

        long peakBytes() {
            return peak;
        }
    }
}
