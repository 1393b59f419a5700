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
 * replaces the output folder in one step. A build that fails part-way leaves the published
 * folder as it was.
 */
public final class OutputWriter {

    private OutputWriter() {
    }

    /** Writes the outputs and returns the number of bytes written. */
    public static long write(Path outDir, List<Output> outputs) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Files.createDirectories(parent);
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

    private static void swap(Path staging, Path out) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = out.resolveSibling("." + out.getFileName() + ".old-" + System.nanoTime());
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
