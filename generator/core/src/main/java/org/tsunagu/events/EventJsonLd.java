package org.tsunagu.events;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tsunagu.core.build.BuildOptions;
import org.tsunagu.core.render.JsonLd;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.TermLink;

/**
 * schema.org {@code Event} for an event page: its next date (or its last, once past), status,
 * attendance mode, place, offer and organiser, so search engines and calendar apps read the
 * same facts as people.
 */
public final class EventJsonLd {

    private EventJsonLd() {
    }

    public static String of(EventView e, SiteConfig site) {
        ObjectNode o = JsonLd.object();
        o.put("@context", "https://schema.org");
        o.put("@type", "Event");
        o.put("@id", site.root() + e.url() + "#event");
        o.put("name", e.title());
        if (e.summary() != null) {
            o.put("description", e.summary());
        }
        o.put("url", site.root() + e.url());
        EventView.Dated first = e.next() != null ? e.next() : e.last();
        LocalDate day = first == null ? e.date() : first.date();
        LocalDate endDay = first == null ? e.endDate() : first.endDate();
        o.put("startDate", e.start() == null ? day.toString() : day.atTime(e.start()).atZone(BuildOptions.TOKYO).toOffsetDateTime().toString());
        if (e.end() != null) {
            o.put("endDate", endDay.atTime(e.end()).atZone(BuildOptions.TOKYO).toOffsetDateTime().toString());
        } else if (e.start() == null) {
            o.put("endDate", endDay.toString());
        }
        o.put("eventStatus", "https://schema.org/" + switch (e.status()) {
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> e.postponedTo() != null ? "EventRescheduled" : "EventPostponed";
            case SCHEDULED -> "EventScheduled";
        });
        if (e.status() == EventStatus.POSTPONED && e.postponedTo() != null) {
            o.put("previousStartDate", e.date().toString());
        }
        boolean online = e.isOnline();
        boolean offline = e.hasVenue();
        o.put("eventAttendanceMode", "https://schema.org/" + (online && offline ? "MixedEventAttendanceMode"
                : online ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"));
        ArrayNode location = o.putArray("location");
        if (offline) {
            ObjectNode p = location.addObject();
            p.put("@type", "Place");
            p.put("name", e.place().venue() != null ? e.place().venue() : e.place().address());
            if (e.place().address() != null) {
                ObjectNode a = p.putObject("address");
                a.put("@type", "PostalAddress");
                a.put("streetAddress", e.place().address());
                a.put("addressCountry", "JP");
            }
            if (e.place().latitude() != null) {
                ObjectNode g = p.putObject("geo");
                g.put("@type", "GeoCoordinates");
                g.put("latitude", e.place().latitude());
                g.put("longitude", e.place().longitude());
            }
        }
        if (online) {
            ObjectNode v = location.addObject();
            v.put("@type", "VirtualLocation");
            v.put("url", e.place().online().value());
        }
        if (location.isEmpty()) {
            o.remove("location");
        }
        if (e.fee() != null) {
            ObjectNode offer = o.putObject("offers");
            offer.put("@type", "Offer");
            if (e.fee().amount() != null) {
                offer.put("price", e.fee().amount());
                offer.put("priceCurrency", "JPY");
            } else {
                offer.put("description", e.fee().text());
            }
            offer.put("url", site.root() + e.url());
            offer.put("availability", "https://schema.org/InStock");
        }
        if (e.fee() != null && e.fee().free()) {
            o.put("isAccessibleForFree", true);
        }
        if (e.capacity() != null) {
            o.put("maximumAttendeeCapacity", e.capacity());
        }
        ObjectNode org = o.putObject("organizer");
        org.put("@type", "Organization");
        org.put("name", e.organiser().name());
        org.put("url", site.root() + e.organiser().url());
        if (e.audience() != null) {
            ObjectNode a = o.putObject("audience");
            a.put("@type", "Audience");
            a.put("audienceType", e.audience());
        }
        if (!e.categories().isEmpty()) {
            o.put("keywords", String.join(",", e.categories().stream().map(TermLink::name).toList()));
        }
        o.put("inLanguage", "ja");
        return JsonLd.write(o);
    }
}
