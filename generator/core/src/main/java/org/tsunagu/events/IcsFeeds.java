package org.tsunagu.events;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.build.Output;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.groups.GroupView;
import org.tsunagu.site.SiteConfig;

/**
 * The iCalendar (RFC 5545) files of the calendar: one for the whole site, one per group, per
 * event field and per area, and one per event. Each event is one {@code VEVENT} with its rule and
 * its extra and left-out dates, so calendar apps repeat it as the pages do; a cancelled date of a
 * series is an overriding {@code VEVENT} for that date. The text is folded at 75 octets with CRLF
 * line ends, and depends on the site's files and the build date only, so a rebuild gives the same
 * bytes and every event keeps its {@code UID}.
 */
public final class IcsFeeds {

    private static final String TZ = "Asia/Tokyo";
    private static final int LINE_OCTETS = 75;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("H:mm");

    private final SiteConfig site;
    private final Instant stamp;
    private final String host;
    private final VTimeZone timeZone;
    /** The time zone as it is written in a file, folded. */
    private final String timeZoneText;
    /**
     * Each event's VEVENTs as they are written in a file, folded, in UTF-8: made once, used in
     * every file that lists it; read-only once made, so files are made in parallel.
     */
    private final Map<String, byte[]> texts = new HashMap<>();

    private IcsFeeds(SiteModel model) {
        this.site = model.site();
        this.stamp = model.buildDate().atStartOfDay(BuildOptions.TOKYO).toInstant();
        String h = URI.create(site.root() + "/").getHost();
        this.host = h == null ? "localhost" : h;
        this.timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(TZ).getVTimeZone();
        this.timeZoneText = fold(timeZone.toString());
        // Every event is written once, in parallel; the files are put together from these texts.
        List<EventView> all = model.events().all();
        List<byte[]> written = all.parallelStream().map(this::vevents).map(IcsFeeds::write)
                .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        for (int i = 0; i < all.size(); i++) {
            texts.putIfAbsent(all.get(i).slug(), written.get(i));
        }
    }

    /**
     * Every iCalendar file of the site, each handed to {@code out} as soon as it is made (from
     * several threads), so that no more than a few are held at a time.
     */
    public static void files(SiteModel model, java.util.function.Consumer<Output> out) {
        IcsFeeds feeds = new IcsFeeds(model);
        EventModel events = model.events();
        String siteName = model.site().name();
        out.accept(feeds.calendar("/events/events.ics", siteName, siteName + "の行事予定", events.all()));
        model.groups().all().parallelStream().forEach(g -> out.accept(feeds.calendar(g.url() + "events.ics",
                g.name() + "（" + siteName + "）", g.name() + "の行事予定（" + siteName + "）",
                events.byGroup().getOrDefault(g.slug(), List.of()))));
        for (EventModel.Facet f : events.categories()) {
            out.accept(feeds.facet(f, "分野"));
        }
        for (EventModel.Facet f : events.areas()) {
            out.accept(feeds.facet(f, "地区"));
        }
        out.accept(feeds.deadlines("/grants/deadlines.ics", "助成金の締め切り（" + siteName + "）",
                siteName + "が案内する助成金の締め切り日", model.grants().deadlines()));
        events.all().parallelStream().forEach(e -> out.accept(
                feeds.calendar(e.icsUrl(), e.title() + "（" + siteName + "）", e.title(), List.of(e))));
    }

    private Output facet(EventModel.Facet f, String kind) {
        String name = f.term().name();
        return calendar(f.icsUrl(), kind + "：" + name + "（" + site.name() + "）",
                name + "の行事予定（" + site.name() + "）", f.events());
    }

    /**
     * A calendar of events. The text is what {@link Calendar#toString()} gives for the calendar
     * with its components, folded: the calendar's own lines, then each component's text, then
     * the end line. Folding works line by line, so each component is folded once, on its own.
     */
    private Output calendar(String url, String name, String description, List<EventView> events) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream(4096);
        b.writeBytes(head(frame(name, description)).getBytes(StandardCharsets.UTF_8));
        if (events.isEmpty() || events.stream().anyMatch(e -> !e.isDatesOnly())) {
            // RFC 5545 asks for at least one component; the time zone serves an empty calendar.
            b.writeBytes(timeZoneText.getBytes(StandardCharsets.UTF_8));
        }
        for (EventView e : events) {
            b.writeBytes(texts.get(e.slug()));
        }
        b.writeBytes(END.getBytes(StandardCharsets.UTF_8));
        return new Output(path(url), b.toByteArray());
    }

    private static final String END = "END:VCALENDAR\r\n";

    /** The calendar's text without its end line, folded: its start line and its properties. */
    private static String head(Calendar cal) {
        String text = cal.toString();
        if (!cal.getComponents().isEmpty() || !text.endsWith(END)) {
            throw new IllegalStateException("unexpected calendar text");
        }
        return fold(text.substring(0, text.length() - END.length()));
    }

    /** The components' text, each as the calendar writes it, folded. */
    private static String write(List<VEvent> components) {
        StringBuilder b = new StringBuilder();
        for (VEvent v : components) {
            b.append(v);
        }
        return fold(b.toString());
    }

    /** A calendar of closing days, each an all-day entry on its day. */
    private Output deadlines(String url, String name, String description, List<Deadline> deadlines) {
        Calendar cal = frame(name, description);
        if (deadlines.isEmpty()) {
            cal.add(timeZone);
        }
        for (Deadline d : deadlines) {
            VEvent v = new VEvent(false);
            v.add(new Uid(d.uid() + "@" + host));
            v.add(new DtStamp(stamp));
            v.add(new Summary(text("締切：" + d.label())));
            v.add(new DtStart<>(d.date()));
            v.add(new DtEnd<>(d.date().plusDays(1)));
            v.add(new Description(text(d.label() + "の締め切り日です。\n" + site.root() + d.url())));
            v.add(new Url(URI.create(site.root() + d.url())));
            v.add(ImmutableTransp.TRANSPARENT);
            v.add(new Organizer(new ParameterList().add(new Cn(parameter(site.name()))), URI.create(site.root() + "/")));
            cal.add(v);
        }
        return output(url, cal);
    }

    private static Output output(String url, Calendar cal) {
        return new Output(path(url), fold(cal.toString()).getBytes(StandardCharsets.UTF_8));
    }

    private static String path(String url) {
        return url.startsWith("/") ? url.substring(1) : url;
    }

    private Calendar frame(String name, String description) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Tsunagu//" + oneLine(site.name()) + "//JA"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        cal.add(ImmutableMethod.PUBLISH);
        cal.add(new XProperty("X-WR-CALNAME", escape(name)));
        cal.add(new XProperty("X-WR-TIMEZONE", TZ));
        cal.add(new XProperty("X-WR-CALDESC", escape(description)));
        return cal;
    }

    private List<VEvent> vevents(EventView e) {
        boolean allDay = e.isDatesOnly();
        long span = ChronoUnit.DAYS.between(e.date(), e.endDate());
        boolean moved = e.isPostponed() && e.postponedTo() != null;
        LocalDate first = moved ? e.postponedTo() : e.date();
        boolean recurring = !moved && (e.rrule() != null || !e.also().isEmpty());

        VEvent master = common(e);
        addTimes(master, e, first, span, allDay);
        if (recurring) {
            if (e.rrule() != null) {
                String rule = e.rrule();
                master.add(allDay ? new RRule<>(new Recur<LocalDate>(rule)) : new RRule<>(new Recur<ZonedDateTime>(rule)));
            }
            if (!e.except().isEmpty()) {
                master.add(allDay ? new ExDate<>(dateParams(), new DateList<>(e.except()))
                        : new ExDate<>(tzParams(), new DateList<>(starts(e.except(), e.start()))));
            }
            if (!e.also().isEmpty()) {
                master.add(allDay ? new RDate<>(dateParams(), new DateList<>(e.also()))
                        : new RDate<>(tzParams(), new DateList<>(starts(e.also(), e.start()))));
            }
        }
        boolean cancelled = e.isCancelled()
                || (!recurring && !moved && !e.dates().isEmpty() && e.dates().stream().allMatch(EventView.Dated::isCancelled));
        master.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED
                : e.isPostponed() && !moved ? ImmutableStatus.VEVENT_TENTATIVE
                : ImmutableStatus.VEVENT_CONFIRMED);

        List<VEvent> out = new ArrayList<>();
        out.add(master);
        if (recurring && !e.isCancelled()) {
            for (EventView.Dated d : e.dates()) {
                if (d.isCancelled() && !d.moved()) {
                    VEvent override = common(e);
                    override.add(allDay ? new RecurrenceId<>(d.date())
                            : new RecurrenceId<>(d.date().atTime(e.start()).atZone(BuildOptions.TOKYO)));
                    addTimes(override, e, d.date(), span, allDay);
                    override.add(ImmutableStatus.VEVENT_CANCELLED);
                    out.add(override);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The properties every VEVENT of the event has, whatever its date. */
    private VEvent common(EventView e) {
        VEvent v = new VEvent(false);
        v.add(new Uid(e.slug() + "@" + host));
        v.add(new DtStamp(stamp));
        v.add(new Summary(text(e.title())));
        String description = description(e);
        if (!description.isEmpty()) {
            v.add(new Description(description));
        }
        String location = location(e.place());
        if (location != null) {
            v.add(new Location(text(location)));
        }
        Event.Place p = e.place();
        if (p != null && p.latitude() != null && p.longitude() != null) {
            v.add(new Geo(BigDecimal.valueOf(p.latitude()), BigDecimal.valueOf(p.longitude())));
        }
        v.add(new Url(URI.create(site.root() + e.url())));
        if (!e.categories().isEmpty()) {
            v.add(new Categories(new TextList(e.categories().stream().map(t -> text(t.name())).toList())));
        }
        v.add(organizer(e));
        return v;
    }

    private void addTimes(VEvent v, EventView e, LocalDate day, long span, boolean allDay) {
        if (allDay) {
            v.add(new DtStart<>(day));
            v.add(new DtEnd<>(day.plusDays(span + 1)));
        } else {
            v.add(new DtStart<>(day.atTime(e.start()).atZone(BuildOptions.TOKYO)));
            if (e.end() != null) {
                v.add(new DtEnd<>(day.atTime(e.end()).atZone(BuildOptions.TOKYO)));
            }
        }
    }

    private static List<ZonedDateTime> starts(List<LocalDate> days, LocalTime start) {
        return days.stream().map(d -> d.atTime(start).atZone(BuildOptions.TOKYO)).toList();
    }

    private static ParameterList tzParams() {
        return new ParameterList().add(new TzId(TZ));
    }

    private static ParameterList dateParams() {
        return new ParameterList().add(Value.DATE);
    }

    /**
     * The organiser as a calendar address: the organiser's page. Not the e-mail address, which a
     * public feed would hand to programs collecting addresses for spam.
     */
    private Organizer organizer(EventView e) {
        EventView.Organiser o = e.organiser();
        URI uri = URI.create(site.root() + (o.url() == null ? "/" : o.url()));
        return new Organizer(new ParameterList().add(new Cn(parameter(o.name()))), uri);
    }

    private String description(EventView e) {
        List<String> parts = new ArrayList<>();
        if (e.summary() != null && !e.summary().isBlank()) {
            parts.add(e.summary().strip());
        }
        if (e.start() != null && !e.endDate().equals(e.date())) {
            parts.add("時間：" + e.start().format(HOUR_MINUTE)
                    + (e.end() == null ? "〜" : "〜" + e.end().format(HOUR_MINUTE)));
        }
        String body = plainText(e.descriptionHtml());
        if (!body.isEmpty()) {
            parts.add(body);
        }
        Event.Place p = e.place();
        if (p != null && p.online() != null && (p.venue() != null || p.address() != null)) {
            parts.add("オンライン参加：" + p.online().value());
        }
        parts.add(site.root() + e.url());
        return text(String.join("\n\n", parts));
    }

    private static String location(Event.Place p) {
        if (p == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String venue = String.join(" ", java.util.stream.Stream.of(p.venue(), p.room())
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList());
        if (!venue.isEmpty()) {
            parts.add(venue);
        }
        if (p.address() != null && !p.address().isBlank()) {
            parts.add(p.address().strip());
        }
        if (parts.isEmpty()) {
            return p.online() == null ? null : p.online().value();
        }
        return String.join(", ", parts);
    }

    /** The text of rendered HTML: paragraphs and list items on lines of their own, links with their address. */
    static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replaceAll("\\s+", " ");
                    if (b.isEmpty() || b.charAt(b.length() - 1) == '\n') {
                        s = s.stripLeading();
                    }
                    b.append(s);
                } else if (node instanceof Element el) {
                    if (el.nameIs("br")) {
                        b.append('\n');
                    } else if (el.isBlock()) {
                        breakLine(b);
                        if (el.nameIs("li")) {
                            b.append("・");
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el.nameIs("a")) {
                        String href = el.attr("href");
                        if (href.matches("(?i)(https?|mailto):.+") && !el.text().strip().equals(href)
                                && !("mailto:" + el.text().strip()).equals(href)) {
                            b.append("（").append(href).append("）");
                        }
                    } else if (el.isBlock()) {
                        breakLine(b);
                        if (el.nameIs("p") || el.nameIs("ul") || el.nameIs("ol") || el.tagName().matches("h\\d")
                                || el.nameIs("table") || el.nameIs("blockquote") || el.nameIs("pre")) {
                            b.append('\n');
                        }
                    }
                }
            }
        });
        return b.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void breakLine(StringBuilder b) {
        if (!b.isEmpty() && b.charAt(b.length() - 1) != '\n') {
            b.append('\n');
        }
    }

    /**
     * TEXT: line ends as LF, which ical4j writes as {@code \n}; no other control characters, and
     * angle brackets as their full-width forms, since some calendar apps read text as HTML.
     */
    private static String text(String s) {
        return noMarkup(s.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\n\t]]", ""));
    }

    /** A parameter value: one line, no double quotes. */
    private static String parameter(String s) {
        return oneLine(s).replace('"', '\'');
    }

    private static String oneLine(String s) {
        return noMarkup(s.replaceAll("[\\p{Cntrl}]+", " ").strip());
    }

    private static String noMarkup(String s) {
        return s.replace('<', '\uFF1C').replace('>', '\uFF1E');
    }

    /** An X-WR text value, escaped as TEXT is. */
    private static String escape(String s) {
        return oneLine(s).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
    }

    /**
     * Folds unfolded CRLF text (as {@link Calendar#toString()} gives it) into lines of at most 75
     * octets of UTF-8, each continuation starting with a space, never splitting a character.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + n > LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
