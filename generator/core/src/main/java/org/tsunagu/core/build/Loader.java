package org.tsunagu.core.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.load.FrontMatter;
import org.tsunagu.core.load.SourceFile;
import org.tsunagu.core.load.TextDecoder;
import org.tsunagu.core.load.YamlReader;

/**
 * Stage 1, Load: reads every file of the site once (UTF-8, with a clear message for anything
 * else) and parses YAML and front matter, keeping positions. Symbolic links are refused: a pull
 * request must never be able to publish a file of the build machine.
 */
public final class Loader {

    private final Path siteDir;
    private final Diagnostics diagnostics;
    private final Cache cache;

    private Loader(Path siteDir, Diagnostics diagnostics, Cache cache) {
        this.siteDir = siteDir;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    public static Sources load(Path siteDir, Diagnostics diagnostics) {
        return new Loader(siteDir, diagnostics, null).load();
    }

    /** Loads the site again, parsing only the files that changed since the cache last saw them. */
    public static Sources load(Path siteDir, Diagnostics diagnostics, Cache cache) {
        Sources sources = new Loader(siteDir, diagnostics, cache).load();
        cache.forgetUnseen();
        return sources;
    }

    /**
     * The files of earlier loads, parsed, with their problems: a file whose modification time,
     * size and identity (inode) are unchanged is not read again. The preview keeps one while it
     * runs, so an edit costs the parsing of the edited file only.
     */
    public static final class Cache {
        private record Entry(List<Object> stamp, Optional<?> parsed, List<Diagnostic> problems) {
        }

        private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
        private final Set<Path> seen = ConcurrentHashMap.newKeySet();
        /** What listing the folders of this load found out about each file. */
        private final Map<Path, BasicFileAttributes> listed = new ConcurrentHashMap<>();

        @SuppressWarnings("unchecked")
        <T> Optional<T> get(Path p, Diagnostics into, Function<Diagnostics, Optional<T>> parse) {
            List<Object> stamp;
            try {
                BasicFileAttributes a = listed.get(p);
                if (a == null) {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                }
                stamp = Arrays.asList(a.lastModifiedTime(), a.size(), a.fileKey(), a.isRegularFile());
            } catch (IOException e) {
                return parse.apply(into);
            }
            seen.add(p);
            Entry e = entries.get(p);
            if (e == null || !e.stamp().equals(stamp)) {
                Diagnostics own = new Diagnostics();
                e = new Entry(stamp, parse.apply(own), own.list());
                entries.put(p, e);
            }
            e.problems().forEach(into::add);
            return (Optional<T>) e.parsed();
        }

        private void forgetUnseen() {
            listed.clear();
            entries.keySet().retainAll(seen);
            seen.clear();
        }
    }

    /** A file read and parsed through the cache when there is one. */
    private <T> Optional<T> parsed(Path p, Diagnostics into, Function<Diagnostics, Optional<T>> parse) {
        return cache == null ? parse.apply(into) : cache.get(p, into, parse);
    }

    private Sources load() {
        for (String folder : List.of("data", "content", "templates")) {
            if (Files.isSymbolicLink(siteDir.resolve(folder))) {
                diagnostics.error(SourcePosition.of(folder), "file.symlink");
            }
        }
        refuseLinks(siteDir.resolve("templates"));
        Path data = siteDir.resolve("data");
        Optional<Sources.Yaml> site = yaml(data.resolve("site.yaml"), true);
        Optional<Sources.Yaml> categories = yaml(data.resolve("categories.yaml"), false);
        Optional<Sources.Yaml> areas = yaml(data.resolve("areas.yaml"), false);
        Optional<Sources.Yaml> dictionary = yaml(data.resolve("dictionary.yaml"), false);
        List<Sources.Yaml> groups = records(recordFiles(data.resolve("groups"), 0, ".yaml", ".yml"));
        List<Sources.Yaml> events = records(recordFiles(data.resolve("events"), 2, ".yaml", ".yml"));
        List<Sources.Yaml> opportunities = records(recordFiles(data.resolve("opportunities"), 2, ".yaml", ".yml"));
        Path content = siteDir.resolve("content");
        List<Sources.Markdown> pages = markdown(content.resolve("pages"));
        List<Sources.Markdown> news = markdown(content.resolve("news"));
        List<Sources.Markdown> newsletters = markdown(content.resolve("newsletters"));
        List<Sources.Yaml> grants = records(recordFiles(data.resolve("grants"), 0, ".yaml", ".yml"));
        return new Sources(site, categories, areas, dictionary, List.copyOf(groups), List.copyOf(events),
                List.copyOf(opportunities), List.copyOf(grants),
                pages, news, newsletters,
                otherContentFiles(content));
    }

    private String relative(Path p) {
        return siteDir.relativize(p).toString().replace('\\', '/');
    }

    /**
     * The files of a record folder with one of the extensions, in a stable order, looking into
     * sub-folders ({@code data/events/2026/}) up to {@code depth} levels down.
     */
    private List<Path> recordFiles(Path dir, int depth, String... extensions) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(dir)) {
                diagnostics.error(SourcePosition.of(relative(dir)), "file.symlink");
            }
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                // One look at the file tells what it is; the cache takes its stamp from the same look.
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isSymbolicLink()) {
                    diagnostics.error(SourcePosition.of(relative(p)), "file.symlink");
                    continue;
                }
                String lower = name.toLowerCase(Locale.ROOT);
                boolean matches = false;
                for (String ext : extensions) {
                    matches |= lower.endsWith(ext);
                }
                if (matches && a.isRegularFile()) {
                    out.add(p);
                    if (cache != null) {
                        cache.listed.put(p, a);
                    }
                } else if (a.isDirectory() && depth > 0) {
                    out.addAll(recordFiles(p, depth - 1, extensions));
                } else if (a.isDirectory()) {
                    diagnostics.warning(SourcePosition.of(relative(p)), "file.unexpectedFolder");
                } else if (!lower.equals("readme.md")) {
                    diagnostics.warning(SourcePosition.of(relative(p)), "file.ignored", String.join(", ", extensions));
                }
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(relative(dir)), "file.unreadable", e.getMessage());
        }
        return out;
    }

    private Optional<SourceFile> read(Path p, boolean required, Diagnostics diagnostics) {
        String rel = relative(p);
        if (Files.isSymbolicLink(p)) {
            diagnostics.error(SourcePosition.of(rel), "file.symlink");
            return Optional.empty();
        }
        if (!Files.isRegularFile(p)) {
            if (required) {
                diagnostics.error(SourcePosition.of(rel), "file.missing");
            }
            return Optional.empty();
        }
        try {
            long size = Files.size(p);
            if (size > TextDecoder.MAX_BYTES) {
                diagnostics.error(SourcePosition.of(rel), "file.tooLarge", size / 1024, TextDecoder.MAX_BYTES / 1024);
                return Optional.empty();
            }
            return TextDecoder.decode(rel, Files.readAllBytes(p), diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(rel), "file.unreadable", e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Sources.Yaml> yaml(Path p, boolean required) {
        return yaml(p, required, diagnostics);
    }

    private Optional<Sources.Yaml> yaml(Path p, boolean required, Diagnostics into) {
        return parsed(p, into, d -> read(p, required, d)
                .flatMap(f -> YamlReader.read(f, d).map(root -> new Sources.Yaml(f, root))));
    }

    /** What the files of one record folder were read and parsed in, each file's problems kept with it. */
    private record Parsed(Optional<Sources.Yaml> yaml, Diagnostics problems) {
    }

    /**
     * The record files of a folder, read and parsed on every core; the files and their problems
     * come out in the folder's order, as one after the other would give them.
     */
    private List<Sources.Yaml> records(List<Path> files) {
        List<Parsed> parsed = files.parallelStream().map(p -> {
            Diagnostics own = new Diagnostics();
            return new Parsed(yaml(p, true, own), own);
        }).toList();
        List<Sources.Yaml> out = new ArrayList<>();
        for (Parsed r : parsed) {
            r.problems().list().forEach(diagnostics::add);
            r.yaml().ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    private List<Sources.Markdown> markdown(Path dir) {
        List<Sources.Markdown> out = new ArrayList<>();
        for (Path p : recordFiles(dir, 0, ".md", ".markdown")) {
            this.<Sources.Markdown>parsed(p, diagnostics, d -> read(p, true, d)
                    .flatMap(f -> FrontMatter.parse(f, d).map(fm -> new Sources.Markdown(f, fm))))
                    .ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * Files under content/ other than pages, news and the newsletters' Markdown: images and
     * attachments, copied as they are.
     */
    private Set<String> otherContentFiles(Path content) {
        Set<String> files = new TreeSet<>();
        if (!Files.isDirectory(content, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> s = Files.walk(content)) {
            s.forEach(p -> {
                String rel = content.relativize(p).toString().replace('\\', '/');
                if (rel.isEmpty() || rel.startsWith("pages/") || rel.startsWith("news/")
                        || rel.startsWith("newsletters/")) {
                    return;
                }
                if (Files.isSymbolicLink(p)) {
                    diagnostics.error(SourcePosition.of(relative(p)), "file.symlink");
                } else if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    files.add(rel);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The theme is read by the template engine, which does not follow a link out of its folder
     * but would quietly use the bundled template instead: every link in it is named here.
     */
    private void refuseLinks(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(Files::isSymbolicLink).sorted()
                    .forEach(p -> diagnostics.error(SourcePosition.of(relative(p)), "file.symlink"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a resource bundled with the generator (the default category list, for instance). */
    public static Optional<SourceFile> bundled(String resource, String displayName, Diagnostics diagnostics) {
        try (InputStream in = Loader.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return TextDecoder.decode(displayName, in.readAllBytes(), diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
