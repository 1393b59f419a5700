package org.tsunagu.bench;

import java.util.Arrays;

/**
 * The benchmarks: {@code java -jar tsunagu-bench.jar search [--groups N --events M --seed S]} and
 * {@code java -jar tsunagu-bench.jar build [--sizes small,medium,large] [--runs N] [--hugo --baseline DIR]},
 * and {@code java -jar tsunagu-bench.jar profile FILE.jfr} to summarise a flight recording of a build by stage.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "build".equals(args[0])) {
            System.exit(BuildBench.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "profile".equals(args[0])) {
            System.exit(ProfileSummary.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length == 0 || !"search".equals(args[0])) {
            System.err.println("usage: java -Xmx1g -jar tsunagu-bench.jar search [--groups 3000] [--events 6600] [--seed 1]");
            System.err.print(BuildBench.USAGE);
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int code = SearchBench.run(intOption(rest, "--groups", 3000), intOption(rest, "--events", 6600),
                intOption(rest, "--seed", 1));
        System.exit(code);
    }

    static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
