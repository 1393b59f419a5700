package org.tsunagu.core.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Stage 5, Write: writes every output into a staging folder beside the output folder, then
 * replaces the output folder by two renames (the old folder aside, the new one in its place).
 * A build that fails or is killed part-way leaves the published folder as it was: before the
 * renames nothing of it has changed; between them (a few microseconds) it stands aside under
 * {@code .<name>.old-…}, and the next build, or {@link #recover}, puts it back; after them the
 * new site is complete. Folders left by killed builds are cleared by the next one.
 */
public final class OutputWriter {

    private OutputWriter() {
    }

    /** Writes the outputs and returns the number of bytes written. */
    public static long write(Path outDir, List<Output> outputs) throws IOException {
        Staging staging = stage(outDir);
        try {
            for (Output o : outputs) {
                staging.put(o.path(), o.bytes());
            }
            staging.publish();
        } catch (IOException | RuntimeException e) {
            staging.discard();
            throw e;
        }
        return staging.bytes();
    }

    /** A staging folder beside the output folder, for a build that writes files as it makes them. */
    public static Staging stage(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Files.createDirectories(parent);
        recover(out);
        return new Staging(out, Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-"));
    }

    /**
     * The new site being written, file by file, from any number of threads. A file whose bytes
     * are those already published is linked to the published file rather than written again, so
     * it keeps its modification time and a copy by {@code rsync} sends only what changed.
     * {@link #publish} puts the whole folder in place; {@link #discard} throws it away.
     */
    public static final class Staging {

        private final Path out;
        private final Path dir;
        private final java.util.Set<String> paths = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** Folders known to exist, so that each is made once and not asked for again with every file. */
        private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicInteger unchanged = new java.util.concurrent.atomic.AtomicInteger();

        private Staging(Path out, Path dir) {
            this.out = out;
            this.dir = dir;
        }

        /** Writes one file of the new site. */
        public void put(String path, byte[] content) throws IOException {
            Path target = dir.resolve(path).normalize();
            if (!target.startsWith(dir)) {
                throw new IllegalStateException("output outside the site folder: " + path);
            }
            if (!paths.add(path)) {
                throw new IllegalStateException("two outputs for one file: " + path);
            }
            Path parent = target.getParent();
            if (!folders.contains(parent)) {
                Files.createDirectories(parent);
                folders.add(parent);
            }
            bytes.addAndGet(content.length);
            Path published = out.resolve(path);
            if (sameContent(published, content)) {
                try {
                    Files.createLink(target, published);
                    unchanged.incrementAndGet();
                    return;
                } catch (IOException | UnsupportedOperationException e) {
                    // Another file system, or links not allowed: written anew below.
                }
            }
            Files.write(target, content);
        }

        private static boolean sameContent(Path published, byte[] content) {
            try {
                if (!Files.isRegularFile(published, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || Files.size(published) != content.length) {
                    return false;
                }
                return java.util.Arrays.equals(Files.readAllBytes(published), content);
            } catch (IOException e) {
                return false;
            }
        }

        /** The files written so far, by their paths in the site. */
        public java.util.Set<String> paths() {
            return java.util.Collections.unmodifiableSet(paths);
        }

        public long bytes() {
            return bytes.get();
        }

        /** How many files had the bytes already published and were kept as they were. */
        public int unchanged() {
            return unchanged.get();
        }

        /** Replaces the published folder with the new one. */
        public void publish() throws IOException {
            swap(dir, out);
        }

        /** Throws the new site away; the published one stays as it was. */
        public void discard() {
            try {
                deleteTree(dir);
            } catch (IOException e) {
                // Cleared by the next build (recover).
            }
        }
    }

    /**
     * Puts the published folder back when a build was killed between its two renames, and
     * removes the staging and old folders that killed builds left beside it. Returns true when
     * the folder was put back.
     */
    public static boolean recover(Path outDir) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return false;
        }
        String old = "." + out.getFileName() + ".old-";
        String staging = "." + out.getFileName() + ".staging-";
        List<Path> olds;
        List<Path> stagings;
        try (var siblings = Files.list(parent)) {
            List<Path> all = siblings.toList();
            olds = all.stream().filter(p -> p.getFileName().toString().startsWith(old))
                    .sorted(java.util.Comparator.comparingLong(OutputWriter::stamp).reversed()).toList();
            stagings = all.stream().filter(p -> p.getFileName().toString().startsWith(staging)).toList();
        }
        boolean restored = false;
        if (!Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            move(olds.get(0), out);
            olds = olds.subList(1, olds.size());
            restored = true;
        }
        for (Path p : olds) {
            deleteTree(p);
        }
        for (Path p : stagings) {
            deleteTree(p);
        }
        return restored;
    }

    /** The time in an old folder's name, to put back the latest should there be several. */
    private static long stamp(Path old) {
        String name = old.getFileName().toString();
        try {
            return Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }

    private static void swap(Path staging, Path out) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling("." + out.getFileName() + ".old-" + System.currentTimeMillis());
            move(out, old);
        }
        try {
            move(staging, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
