package org.tsunagu.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.build.BuildResult;
import org.tsunagu.core.build.OutputWriter;
import org.tsunagu.sample.SampleSite;
import org.tsunagu.testing.ChildBuild;

/**
 * The published folder survives a build that is killed: a separate process builds a site of a
 * few thousand files over a published one and is killed without warning (SIGKILL) at moments
 * spread over the whole build, half of them while it is writing. Afterwards the folder holds
 * either the previous site or the new one, whole, file for file, never a mixture.
 */
class AtomicOutputTest {

    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void killingTheBuildAtAnyMomentLeavesAWholeSite() throws Exception {
        Path previous = dir.resolve("previous");
        Path next = dir.resolve("next");
        SampleSite.write(previous, 150, 500, 1);
        SampleSite.write(next, 150, 500, 2);
        Path published = dir.resolve("public");
        Path probe = dir.resolve("probe");

        assertEquals(0, build(previous, published).waitFor());
        Map<String, String> old = snapshot(published);
        long start = System.nanoTime();
        assertEquals(0, build(next, probe).waitFor());
        long full = (System.nanoTime() - start) / 1_000_000;
        Map<String, String> fresh = snapshot(probe);
        assertTrue(old.size() > 1000 && !old.equals(fresh), old.size() + " files");

        Random random = new Random(20261122);
        int keptOld = 0;
        int wholeNew = 0;
        int whileWriting = 0;
        int putBack = 0;
        for (int i = 0; i < KILLS; i++) {
            Process child = build(next, published);
            boolean writing = false;
            if (i % 2 == 0) {
                // Anywhere in the build, from the start of the process to its end.
                Thread.sleep(random.nextInt((int) full));
            } else {
                // While it writes: once its staging folder appears.
                long deadline = System.nanoTime() + full * 3_000_000L;
                while (!staging(published) && child.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(2);
                }
                Thread.sleep(random.nextInt(15));
            }
            writing = staging(published);
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            if (writing) {
                whileWriting++;
            }
            if (!Files.exists(published)) {
                // Killed between the two renames: the previous folder stands aside, whole.
                assertTrue(OutputWriter.recover(published));
                putBack++;
            }
            Map<String, String> now = snapshot(published);
            if (now.equals(old)) {
                keptOld++;
            } else {
                assertEquals(fresh, now, "after kill " + i + ": neither the previous site nor the new one");
                wholeNew++;
                assertEquals(0, build(previous, published).waitFor());
                assertEquals(old, snapshot(published));
            }
        }
        // Nothing of a killed build stays beside the folder after the next build.
        assertEquals(0, build(previous, published).waitFor());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(List.of("next", "previous", "probe", "public"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
        System.out.printf("atomic output: %d kills (%d while writing), previous site kept %d, new site whole %d,"
                + " put back %d; a build of %d files took %d ms%n", KILLS, whileWriting, keptOld, wholeNew, putBack,
                fresh.size(), full);
        assertTrue(whileWriting >= KILLS / 2 - 1, whileWriting + " kills while writing");
        assertFalse(keptOld == 0, "no kill landed before the new site was in place");
    }

    @Test
    void aFolderLeftAsideBetweenTheTwoRenamesIsPutBackByTheNextBuildEvenAFailedOne() throws Exception {
        org.tsunagu.testing.TestSite site = new org.tsunagu.testing.TestSite(dir.resolve("site"))
                .group("a", "あおい会", "あおいかい", "");
        site.buildOk();
        Map<String, String> published = snapshot(site.out());
        // As a build killed after its first rename leaves it: the site aside, a staging folder beside.
        Path parent = site.out().getParent();
        Files.move(site.out(), parent.resolve("." + site.out().getFileName() + ".old-1700000000000"));
        Files.createDirectories(parent.resolve("." + site.out().getFileName() + ".staging-42/groups"));
        site.group("b", "いちょう会", "いちょうかい", "categories: [存在しない分野]\n");
        BuildResult failed = site.build();
        assertFalse(failed.written());
        assertEquals(published, snapshot(site.out()));
        try (Stream<Path> siblings = Files.list(parent)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".")));
        }
    }

    private static boolean staging(Path published) throws IOException {
        try (Stream<Path> siblings = Files.list(published.getParent())) {
            return siblings.anyMatch(p -> p.getFileName().toString().startsWith(".public.staging-"));
        }
    }

    private static Process build(Path site, Path out) throws IOException {
        return ChildBuild.start(site, out, List.of(), Map.of(), false);
    }

    /** Every file of a folder and the SHA-256 of its bytes. */
    private static Map<String, String> snapshot(Path folder) throws IOException, NoSuchAlgorithmException {
        Map<String, String> files = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
