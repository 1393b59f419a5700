package org.tsunagu.core.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.tsunagu.core.check.Diagnostic;
import org.tsunagu.core.check.Severity;
import org.tsunagu.core.render.Formats;
import org.tsunagu.core.render.MessageMethod;
import org.tsunagu.core.render.PageLanguage;
import org.tsunagu.core.render.Theme;

/**
 * Makes the pages of one language of the site, one page at a time: the build calls it for every
 * page, the preview of {@code tsunagu serve} for the page a browser asks for. Both therefore give
 * the same bytes for the same page. Safe to use from several threads.
 */
final class PageRenderer {

    /** A page that could not be made: the message, and whether no other page can be made either. */
    static final class Failure extends Exception {
        private final Diagnostic diagnostic;
        private final boolean fatal;

        Failure(Diagnostic diagnostic, boolean fatal) {
            super(diagnostic.key(), null, false, false);
            this.diagnostic = diagnostic;
            this.fatal = fatal;
        }

        Diagnostic diagnostic() {
            return diagnostic;
        }

        /** The template cannot be read at all, so every page using it fails the same way. */
        boolean fatal() {
            return fatal;
        }
    }

    private final Theme theme;
    private final SiteModel model;
    private final String prefix;
    private final boolean english;
    private final boolean furigana;
    private final Map<String, Object> common = new HashMap<>();

    /**
     * @param prefix "" for the site's own language, "/en" for the English interface below /en/
     */
    private PageRenderer(Theme theme, SiteModel model, Locale locale, String prefix) {
        this.theme = theme;
        this.model = model;
        this.prefix = prefix;
        this.english = locale.getLanguage().equals("en");
        this.furigana = model.site().furigana() && !english;
        ResourceBundle ui = theme.messages(locale);
        String files = Pipeline.basePath(model.site().root());
        common.put("site", model.site());
        common.put("config", model.site());
        common.put("model", model);
        common.put("fmt", new Formats(locale, model.site().wareki()));
        common.put("m", new MessageMethod(ui, locale));
        common.put("lang", locale.getLanguage());
        common.put("base", files + prefix);
        common.put("files", files);
        common.put("furigana", furigana);
        common.put("buildDate", model.buildDate());
        common.put("published_groups", model.groups().all());
        common.put("published_pages", model.pages());
        common.put("published_news", model.news());
    }

    /**
     * The languages the site is made in, the site's own first: Japanese (or English for an
     * English site), then the English interface under /en/ when the site offers it, its records
     * falling back to Japanese.
     */
    static List<PageRenderer> languages(Theme theme, SiteModel model) {
        boolean englishSite = "en".equals(model.site().language());
        List<PageRenderer> out = new ArrayList<>();
        out.add(new PageRenderer(theme, model, englishSite ? Locale.ENGLISH : Locale.JAPANESE, ""));
        if (model.site().english() && !englishSite) {
            out.add(new PageRenderer(theme, model, Locale.ENGLISH, "/en"));
        }
        return out;
    }

    /** Whether this language has the page: the English interface has only the HTML pages. */
    boolean has(PageSpec spec) {
        return prefix.isEmpty() || spec.path().endsWith(".html");
    }

    /** The file the page is written to, below the language's folder. */
    String path(PageSpec spec) {
        return prefix.isEmpty() ? spec.path() : prefix.substring(1) + "/" + spec.path();
    }

    /** The page's HTML (or other text), through its template and the language's last touch. */
    String render(PageSpec spec) throws Failure {
        Map<String, Object> data = new HashMap<>(common);
        data.putAll(spec.data());
        data.put("pageInfo", spec);
        data.put("canonical", model.site().root() + prefix + spec.url());
        try {
            String html = theme.render(spec.template(), data);
            if (english && !"en".equals(model.site().language())) {
                html = PageLanguage.markJapanese(html);
            } else if (furigana && html.contains("id=\"furigana\"")) {
                html = PageLanguage.addFurigana(html, model.readings());
            }
            return html;
        } catch (TemplateException e) {
            String where = theme.templatePath(e.getTemplateSourceName() == null ? spec.template()
                    : e.getTemplateSourceName());
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            throw new Failure(new Diagnostic(Severity.ERROR, where, line, col, "template.failed",
                    List.of(spec.source(), e.getMessageWithoutStackTop().strip().split("\n")[0])), false);
        } catch (ParseException e) {
            throw new Failure(new Diagnostic(Severity.ERROR, theme.templatePath(spec.template()),
                    e.getLineNumber(), e.getColumnNumber(), "template.syntax", List.of(e.getEditorMessage())), true);
        } catch (IOException e) {
            throw new Failure(new Diagnostic(Severity.ERROR, theme.templatePath(spec.template()), 0, 0,
                    "template.missing", List.of(String.valueOf(e.getMessage()))), true);
        }
    }
}
