package org.tsunagu.grants;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tsunagu.core.render.Markdown;
import org.tsunagu.events.Deadline;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.site.Category;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.TermLink;

/**
 * The grants as plain data, computed once for the build date: each grant's status (募集予定,
 * 募集中, 締切間近, 受付終了), the list by next deadline, the filters by status and by field,
 * and the deadlines for the calendar.
 *
 * @param all every grant: those with a coming deadline first, soonest first; then closed ones,
 *            most recently closed first
 * @param statuses one entry per status, with its grants (possibly none)
 * @param categories the fields with the grants a group of that field may apply for (grants open to
 *                   every field included), only fields with at least one grant accepting or coming
 * @param deadlines every round's closing day, for the calendar and the feed of deadlines
 */
public record GrantModel(List<GrantView> all, List<Facet> statuses, List<Facet> categories, List<Deadline> deadlines,
                         int closingSoonDays) {

    /** A status or a field, with its grants in list order. */
    public record Facet(String kind, String slug, String name, String nameEn, String url, List<GrantView> grants) {
        public int count() {
            return grants.size();
        }
    }

    public static GrantModel build(List<CheckedGrant> checked, List<CheckedGroup> groups, List<Category> taxonomy,
                                   SiteConfig site, LocalDate today) {
        Map<String, String> groupNames = new HashMap<>();
        groups.forEach(g -> groupNames.put(g.slug(), g.group().name()));
        int soon = site.closingSoonDays();
        List<GrantView> views = checked.stream().map(c -> view(c, groupNames, today, soon)).toList();
        Comparator<GrantView> order = Comparator
                .comparing((GrantView g) -> g.nextDeadline() == null)
                .thenComparing(g -> g.nextDeadline() == null ? LocalDate.MAX : g.nextDeadline())
                .thenComparing(g -> g.nextDeadline() == null ? -lastClose(g).toEpochDay() : 0L)
                .thenComparing(GrantView::kana).thenComparing(GrantView::slug);
        List<GrantView> all = views.stream().sorted(order).toList();

        List<Facet> statuses = new ArrayList<>();
        for (GrantStatus s : GrantStatus.values()) {
            statuses.add(new Facet("status", s.slug(), s.label(), s.labelEn(), "/grants/status/" + s.slug() + "/",
                    all.stream().filter(g -> g.status() == s).toList()));
        }
        List<Facet> categories = new ArrayList<>();
        for (Category c : taxonomy) {
            List<GrantView> in = all.stream().filter(g -> g.status() != GrantStatus.CLOSED)
                    .filter(g -> g.isOpenToAllFields() || g.categories().stream().anyMatch(t -> t.slug().equals(c.slug())))
                    .toList();
            // A field's page exists while a grant is open to it, and also while a closed grant's
            // page names the field (it links there; the page then says none is open now).
            boolean named = all.stream().anyMatch(g -> g.categories().stream().anyMatch(t -> t.slug().equals(c.slug())));
            if (!in.isEmpty() || named) {
                categories.add(new Facet("category", c.slug(), c.name(), c.nameEn(), "/grants/categories/" + c.slug() + "/", in));
            }
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (GrantView g : all) {
            for (int i = 0; i < g.rounds().size(); i++) {
                GrantView.RoundView r = g.rounds().get(i);
                deadlines.add(new Deadline(r.closes(), g.name(), r.name(), g.url(), g.slug() + "-round-" + (i + 1)));
            }
        }
        deadlines.sort(Comparator.comparing(Deadline::date).thenComparing(Deadline::uid));
        return new GrantModel(all, List.copyOf(statuses), List.copyOf(categories), List.copyOf(deadlines), soon);
    }

    /** Grants that accept applications now, the soonest deadline first: the home page's list. */
    public List<GrantView> accepting() {
        return all.stream().filter(GrantView::isAccepting).toList();
    }

    private static LocalDate lastClose(GrantView g) {
        return g.rounds().stream().map(GrantView.RoundView::closes).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    }

    static GrantView view(CheckedGrant c, Map<String, String> groupNames, LocalDate today, int soon) {
        Grant g = c.grant();
        String url = "/grants/" + c.slug() + "/";
        List<GrantView.RoundView> rounds = g.rounds().stream()
                .sorted(Comparator.comparing(Grant.Round::opens))
                .map(r -> new GrantView.RoundView(r.name(), r.opens(), r.closes(), r.consultationFrom(),
                        r.consultationUntil(), r.notes(), today.isAfter(r.closes()) ? "past"
                        : today.isBefore(r.opens()) ? "future" : "open"))
                .toList();
        GrantView.RoundView current = rounds.stream().filter(GrantView.RoundView::isOpen).findFirst()
                .or(() -> rounds.stream().filter(r -> r.state().equals("future")).findFirst())
                .orElse(rounds.isEmpty() ? null : rounds.get(rounds.size() - 1));
        LocalDate next = current == null || current.isPast() ? null : current.closes();
        Integer daysLeft = current != null && current.isOpen() ? (int) ChronoUnit.DAYS.between(today, current.closes())
                : null;
        // 募集中 while a round is open, 締切間近 in its last days, 募集予定 before a coming round.
        GrantStatus status = daysLeft != null ? (daysLeft <= soon ? GrantStatus.CLOSING : GrantStatus.OPEN)
                : current != null && current.state().equals("future") ? GrantStatus.UPCOMING : GrantStatus.CLOSED;

        Grant.Amount a = g.amount();
        List<GrantView.VariantView> variants = new ArrayList<>();
        for (int i = 0; i < a.variants().size(); i++) {
            Grant.Variant v = a.variants().get(i);
            Rate r = c.variantRates().get(i);
            variants.add(new GrantView.VariantView(v.theme(), v.limit() == null ? null : v.limit().text(),
                    r == null ? null : r.text(), v.notes()));
        }
        GrantView.AmountView amount = new GrantView.AmountView(a.limit() == null ? null : a.limit().text(),
                a.minimum() == null ? null : a.minimum().text(), c.rate() == null ? null : c.rate().text(), a.notes(),
                List.copyOf(variants));
        List<GrantView.DocumentView> documents = new ArrayList<>();
        for (int i = 0; i < g.documents().size(); i++) {
            Grant.Document d = g.documents().get(i);
            Long size = c.documentSizes().get(i);
            documents.add(new GrantView.DocumentView(d.name(), size == null ? null : "/" + d.file(), size));
        }
        List<GrantView.ResultView> results = g.results().stream()
                .sorted(Comparator.comparing(Grant.Result::year).reversed())
                .map(r -> new GrantView.ResultView(r.year(), projects(r.awarded(), groupNames),
                        projects(r.best(), groupNames), r.notes(), r.link() == null ? null : r.link().value()))
                .toList();
        List<TermLink> cats = c.categories().stream()
                .map(x -> new TermLink(x.slug(), x.name(), x.nameEn(), "/grants/categories/" + x.slug() + "/")).toList();
        return new GrantView(c.slug(), url, g.name(), c.kana(), g.nameEn(), g.provider(), g.providerKind(),
                g.purpose(), amount, g.eligible(), cats, rounds, g.howToApply(), List.copyOf(documents), g.contact(),
                g.contact() == null || g.contact().phone() == null ? null : g.contact().phone().uri(),
                g.link() == null ? null : g.link().value(), results, g.summary(),
                Markdown.toSafeHtml(g.description(), 2), status, current, next, daysLeft, c.file());
    }

    private static List<GrantView.ProjectView> projects(List<Grant.Project> projects, Map<String, String> groupNames) {
        return projects.stream().map(p -> {
            String name = p.group() == null ? null : groupNames.getOrDefault(p.group(), p.group());
            String groupUrl = p.group() != null && groupNames.containsKey(p.group()) ? "/groups/" + p.group() + "/" : null;
            return new GrantView.ProjectView(p.title(), name, groupUrl, p.amount() == null ? null : p.amount().text());
        }).toList();
    }
}
