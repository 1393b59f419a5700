package org.tsunagu.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Stream;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The theme: Freemarker templates ({@code *.ftlh}, HTML auto-escaping), interface messages and
 * assets. A site's own {@code templates/} folder comes first, file by file; the theme bundled with
 * the generator fills in whatever the site does not have.
 */
public final class Theme {

    static final String BUNDLED = "/org/tsunagu/theme";

    private final Path siteTemplates;
    private final Configuration freemarker;

    public Theme(Path siteDir) {
        Path t = siteDir.resolve("templates");
        this.siteTemplates = Files.isDirectory(t, LinkOption.NOFOLLOW_LINKS) ? t : null;
        this.freemarker = configure(siteTemplates);
    }

    private static Configuration configure(Path siteTemplates) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader bundled = new ClassTemplateLoader(Theme.class, BUNDLED);
            cfg.setTemplateLoader(siteTemplates == null ? bundled
                    : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(siteTemplates.toFile()), bundled}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.JAPAN);
        cfg.setTimeZone(java.util.TimeZone.getTimeZone("Asia/Tokyo"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }

    /** Renders a template with a data model. */
    public String render(String template, Map<String, Object> model) throws IOException, TemplateException {
        Template t = freemarker.getTemplate(template);
        Text out = new Text(16 * 1024);
        t.process(model, out);
        return out.toString();
    }

    /**
     * A page's text as the template writes it. {@link java.io.StringWriter} appends to a
     * synchronized buffer, and a page is many thousands of small appends from one thread.
     */
    private static final class Text extends Writer {
        private final StringBuilder text;

        Text(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Where a template comes from, for messages: the site's file when it has one. */
    public String templatePath(String template) {
        if (siteTemplates != null && Files.isRegularFile(siteTemplates.resolve(template))) {
            return "templates/" + template;
        }
        return "(bundled theme)/" + template;
    }

    /** The interface messages for a language: the site's {@code templates/i18n/ui*.properties} over the bundled ones. */
    public ResourceBundle messages(Locale locale) {
        String name = "en".equals(locale.getLanguage()) ? "i18n/ui_en.properties" : "i18n/ui.properties";
        Optional<ResourceBundle> bundled = bundle(Theme.class.getResourceAsStream(BUNDLED + "/" + name), null);
        ResourceBundle parent = bundled.orElse(null);
        if (siteTemplates != null && Files.isRegularFile(siteTemplates.resolve(name))) {
            try {
                return bundle(Files.newInputStream(siteTemplates.resolve(name)), parent).orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parent;
    }

    private static Optional<ResourceBundle> bundle(InputStream in, ResourceBundle parent) {
        if (in == null) {
            return Optional.empty();
        }
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(new PropertyResourceBundle(r) {
                {
                    if (parent != null) {
                        setParent(parent);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The theme's assets ({@code assets/**}), site files over bundled ones, by output path. */
    public Map<String, byte[]> assets() throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        withBundledRoot(root -> collect(root.resolve("assets"), "assets/", out));
        if (siteTemplates != null) {
            collect(siteTemplates.resolve("assets"), "assets/", out);
        }
        return out;
    }

    private static void collect(Path dir, String prefix, Map<String, byte[]> out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    throw new IOException("symbolic link in the theme: " + p);
                }
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    out.put(prefix + dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
    }

    interface RootAction {
        void run(Path root) throws IOException;
    }

    /** Runs an action on the bundled theme folder, whether the generator runs from classes or a jar. */
    private static void withBundledRoot(RootAction action) throws IOException {
        URL url = Theme.class.getResource(BUNDLED + "/i18n/ui.properties");
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                boolean created = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    created = true;
                }
                try {
                    action.run(fs.getPath(BUNDLED));
                } finally {
                    if (created) {
                        fs.close();
                    }
                }
            } else {
                action.run(Path.of(uri).getParent().getParent());
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
