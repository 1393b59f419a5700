package org.tsunagu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flight recording of a build, summarised by stage: how many CPU samples fell in each stage of
 * the pipeline, and in each, the methods of Tsunagu that were running (the innermost frame of
 * ours on the stack, with what it called below it) and the methods at the top of the stack.
 *
 * <pre>java -XX:StartFlightRecording=filename=build.jfr,settings=profile -cp tsunagu-bench.jar \
 *     org.tsunagu.cli.Main build …
 * java -jar tsunagu-bench.jar profile build.jfr [--top 15]</pre>
 */
final class ProfileSummary {

    /** The method that marks each stage on the stack, innermost stage first. */
    static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("org.tsunagu.core.build.OutputWriter.write", "write");
        STAGES.put("org.tsunagu.core.build.LinkCheck.check", "links");
        STAGES.put("org.tsunagu.core.build.Pipeline.render", "render");
        STAGES.put("org.tsunagu.core.build.SiteModel.build", "model");
        STAGES.put("org.tsunagu.core.build.Checker.check", "check");
        STAGES.put("org.tsunagu.core.build.Loader.load", "load");
    }

    private ProfileSummary() {
    }

    static int run(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java -jar tsunagu-bench.jar profile FILE.jfr [--top 15]");
            return 2;
        }
        int top = Bench.intOption(args, "--top", 15);
        Map<String, Integer> perStage = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ours = new HashMap<>();
        Map<String, Map<String, Integer>> leaves = new HashMap<>();
        Map<String, Map<String, Integer>> inclusive = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace st = e.getStackTrace();
            if (st == null || st.getFrames().isEmpty()) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = st.getFrames();
            String stage = "other (JVM start, report, worker threads)";
            for (RecordedFrame f : frames) {
                String s = STAGES.get(name(f));
                if (s != null) {
                    stage = s;
                    break;
                }
            }
            if (stage.startsWith("other") && e.getThread() != null
                    && e.getThread().getJavaName() != null && e.getThread().getJavaName().startsWith("ForkJoinPool")) {
                stage = "parallel workers (links, search)";
            }
            perStage.merge(stage, 1, Integer::sum);
            leaves.computeIfAbsent(stage, k -> new HashMap<>()).merge(name(frames.get(0)), 1, Integer::sum);
            String mine = null;
            String below = "";
            for (int i = 0; i < frames.size(); i++) {
                String n = name(frames.get(i));
                if (n.startsWith("org.tsunagu.")) {
                    mine = n;
                    below = i > 0 ? " → " + name(frames.get(i - 1)) : "";
                    break;
                }
            }
            ours.computeIfAbsent(stage, k -> new HashMap<>())
                    .merge(mine == null ? "(no frame of ours)" : mine + below, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (n.startsWith("org.tsunagu.") && seen.add(n)) {
                    inclusive.computeIfAbsent(stage, k -> new HashMap<>()).merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d CPU samples%n", total);
        final int all = Math.max(1, total);
        perStage.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(s -> {
                    System.out.printf(Locale.ROOT, "%n== %s: %d samples, %.1f %%%n", s.getKey(), s.getValue(),
                            100.0 * s.getValue() / all);
                    print("innermost method of ours (→ what it was calling)", ours.get(s.getKey()), s.getValue(), top);
                    print("methods of ours, including what they call", inclusive.get(s.getKey()), s.getValue(), top);
                    print("top of the stack", leaves.get(s.getKey()), s.getValue(), top);
                });
        return 0;
    }

    private static void print(String title, Map<String, Integer> counts, int stageTotal, int top) {
        if (counts == null) {
            return;
        }
        System.out.println("  " + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(c -> System.out.printf(Locale.ROOT, "    %5.1f %%  %s%n", 100.0 * c.getValue() / stageTotal,
                        c.getKey()));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
