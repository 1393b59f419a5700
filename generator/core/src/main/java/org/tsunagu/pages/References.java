package org.tsunagu.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tsunagu.core.check.Diagnostics;
import org.tsunagu.core.check.SourcePosition;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.render.Markdown;
import org.tsunagu.events.CheckedEvent;
import org.tsunagu.grants.CheckedGrant;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.opportunities.CheckedOpportunity;
import org.tsunagu.opportunities.OpportunityModel;

/**
 * Links from Markdown to the site's records by file name: {@code [[group:kawazukuri-kiyose]]},
 * {@code [[event:…]]}, {@code [[grant:…]]}, {@code [[call:…]]}, or with words of one's own,
 * {@code [[group:kawazukuri-kiyose|川の会]]}. The link shows the record's current name, so it
 * never goes stale; a reference to a record that does not exist is an error at its line and
 * column. Inside code ({@code `…`} or a code block) the text stays as it is written.
 */
public final class References {

    /** A record a reference can point to. */
    public record Target(String url, String title) {
    }

    /** The kinds that can be referred to, in the order messages list them. */
    public static final List<String> KINDS = List.of("group", "event", "grant", "call");

    private static final Pattern REFERENCE = Pattern.compile("\\[\\[([^\\]|:\\s]*):([^\\]|\\s]*)(?:\\|([^\\]]*))?]]");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>!#|])");

    private final Map<String, Map<String, Target>> targets;

    private References(Map<String, Map<String, Target>> targets) {
        this.targets = targets;
    }

    /** References to nothing: every one is an error. */
    public static References none() {
        return new References(Map.of());
    }

    /** The site's records, with addresses below {@code base} (the base URL's path, "" at a domain's root). */
    public static References of(String base, List<CheckedGroup> groups, List<CheckedEvent> events,
                                List<CheckedGrant> grants, List<CheckedOpportunity> calls) {
        Map<String, Map<String, Target>> t = new LinkedHashMap<>();
        Map<String, Target> g = new LinkedHashMap<>();
        groups.forEach(x -> g.put(x.slug(), new Target(base + "/groups/" + x.slug() + "/", x.group().name())));
        Map<String, Target> e = new LinkedHashMap<>();
        events.forEach(x -> e.put(x.slug(), new Target(base + "/events/" + x.slug() + "/", x.event().title())));
        Map<String, Target> gr = new LinkedHashMap<>();
        grants.forEach(x -> gr.put(x.slug(), new Target(base + "/grants/" + x.slug() + "/", x.grant().name())));
        Map<String, Target> c = new LinkedHashMap<>();
        calls.forEach(x -> c.put(x.slug(), new Target(base + OpportunityModel.URL + x.slug() + "/",
                x.opportunity().title())));
        t.put("group", g);
        t.put("event", e);
        t.put("grant", gr);
        t.put("call", c);
        return new References(t);
    }

    /**
     * The Markdown with every reference turned into a link; each one that cannot be resolved
     * is reported at its place in the file and left as it was written.
     *
     * @param bodyLine the file line the Markdown starts on
     */
    public String expand(String markdown, String file, int bodyLine, Diagnostics diagnostics) {
        if (!markdown.contains("[[")) {
            return markdown;
        }
        List<int[]> code = Markdown.codeRanges(markdown);
        Matcher m = REFERENCE.matcher(markdown);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int at = m.start();
            if (code.stream().anyMatch(r -> at >= r[0] && at < r[1])) {
                continue;
            }
            String kind = m.group(1);
            String slug = m.group(2);
            Map<String, Target> ofKind = targets.get(kind);
            SourcePosition where = position(markdown, at, file, bodyLine);
            if (!KINDS.contains(kind)) {
                diagnostics.error(where, "reference.kind", m.group(), kind);
                continue;
            }
            Target target = ofKind == null ? null : ofKind.get(slug);
            if (target == null) {
                String near = ofKind == null ? null : Binder.nearest(slug, ofKind.keySet());
                if (near == null) {
                    diagnostics.error(where, "reference.missing", m.group(), slug);
                } else {
                    diagnostics.error(where, "reference.missingNear", m.group(), slug, near);
                }
                continue;
            }
            String text = m.group(3) == null || m.group(3).isBlank() ? target.title() : m.group(3).strip();
            out.append(markdown, last, at).append('[').append(MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1"))
                    .append("](").append(target.url()).append(')');
            last = m.end();
        }
        return out.append(markdown, last, markdown.length()).toString();
    }

    private static SourcePosition position(String text, int offset, String file, int bodyLine) {
        int line = bodyLine;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(file, line, text.codePointCount(lineStart, offset) + 1);
    }
}
