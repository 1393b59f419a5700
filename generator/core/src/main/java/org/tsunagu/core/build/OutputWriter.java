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
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Files.createDirectories(parent);
        recover(out);
        Path staging = Files.createTempDirectory(parent, "." + out.getFileName() + ".staging-");
        long bytes = 0;
        try {
            for (Output o : outputs) {
                Path target = staging.resolve(o.path()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IllegalStateException("output outside the site folder: " + o.path());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, o.bytes());
                bytes += o.bytes().length;
            }
            swap(staging, out);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        return bytes;
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
