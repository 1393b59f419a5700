package org.tsunagu.core.build;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.tsunagu.core.load.FrontMatter;
import org.tsunagu.core.load.SourceFile;
import org.tsunagu.core.load.YamlNode;

/**
 * The result of the Load stage: every file of the site read once and parsed, not yet checked.
 *
 * @param site {@code data/site.yaml}
 * @param categories {@code data/categories.yaml}, when the site has its own list
 * @param areas {@code data/areas.yaml}
 * @param dictionary {@code data/dictionary.yaml}: readings of local names, when the site has one
 * @param groups {@code data/groups/*.yaml}, ordered by path
 * @param events {@code data/events/**.yaml}, ordered by path
 * @param opportunities {@code data/opportunities/**.yaml}, ordered by path
 * @param grants {@code data/grants/*.yaml}
 * @param pages {@code content/pages/*.md}
 * @param news {@code content/news/*.md}
 * @param newsletters {@code content/newsletters/*.md}
 * @param contentFiles every other file under {@code content/} (images, PDFs), relative to it
 */
public record Sources(Optional<Yaml> site, Optional<Yaml> categories, Optional<Yaml> areas, Optional<Yaml> dictionary, List<Yaml> groups,
                      List<Yaml> events, List<Yaml> opportunities, List<Yaml> grants,
                      List<Markdown> pages, List<Markdown> news, List<Markdown> newsletters, Set<String> contentFiles) {

    /** A parsed YAML file. */
    public record Yaml(SourceFile file, YamlNode root) {
    }

    /** A parsed Markdown file with front matter. */
    public record Markdown(SourceFile file, FrontMatter document) {
    }
}
