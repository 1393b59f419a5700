package org.tsunagu.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tsunagu.core.load.Binder;
import org.tsunagu.core.render.Emails;
import org.tsunagu.events.Event;
import org.tsunagu.groups.Group;
import org.tsunagu.opportunities.Opportunity;
import org.tsunagu.testing.TestSite;

/**
 * The forms' pages as built: a control for every field a group can fill in, the required ones
 * marked, each label tied to its control; and the values with which a group page's correction
 * link fills the form, which never hold what the group did not publish.
 */
class FormsTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .group("kawazukuri-kiyose", "川づくり・清瀬の会", "かわづくり・きよせのかい", """
                        description: |
                          柳瀬川の水質調査と清掃を続けています。

                          ## 主な活動
                        activity:
                          days: 毎月第2土曜
                          time: "9:00〜12:00"
                        contact:
                          person: 事務局 佐藤
                          phone: 042-000-1234
                          email: kawazukuri@example.jp
                          address: 清瀬市下宿
                          public: [person, email]
                        registered: 2003-04-01
                        """);
    }

    @Test
    void everyRequiredFieldOfEveryRecordHasAControlMarkedRequired() {
        TestSite site = site();
        site.buildOk();
        for (String kind : List.of("group", "event", "opportunity")) {
            Document page = site.page("/forms/" + kind + "/");
            Class<?> type = switch (kind) {
                case "group" -> Group.class;
                case "event" -> Event.class;
                default -> Opportunity.class;
            };
            List<String> required = Binder.fields(type).stream().filter(Binder.FieldInfo::required)
                    .map(Binder.FieldInfo::key).toList();
            for (String key : required) {
                Element control = page.selectFirst("[name=" + key + "], fieldset[data-path=" + key + "]");
                assertTrue(control != null, kind + ": " + key);
                assertEquals("true", control.attr("data-required"), kind + ": " + key);
            }
            // Every one-control field has a label that names it, and its hint is tied to it.
            for (Element control : page.select("#record-form input, #record-form select, #record-form textarea")) {
                if (control.attr("type").equals("checkbox") && control.parent().hasClass("choice")) {
                    continue;
                }
                Element label = page.selectFirst("label[for=" + control.id() + "]");
                assertTrue(label != null && !label.text().isBlank(), kind + ": no label for " + control.id());
                for (String described : control.attr("aria-describedby").split(" ")) {
                    if (!described.isEmpty()) {
                        assertTrue(page.getElementById(described) != null, kind + ": " + described);
                    }
                }
            }
            assertEquals("/schema/" + kind + ".json", page.getElementById("record-form").attr("data-schema"));
            assertEquals("data/" + switch (kind) {
                case "group" -> "groups";
                case "event" -> "events";
                default -> "opportunities";
            } + "/{slug}.yaml", page.getElementById("record-form").attr("data-file"));
        }
    }

    @Test
    void theGroupFormLeavesOutPicturesAndTheCentresOwnDatesAndOffersTheSitesChoices() {
        TestSite site = site();
        site.buildOk();
        Document page = site.page("/forms/group/");
        List<String> names = page.select("#record-form [data-widget]").stream()
                .map(e -> e.hasAttr("data-path") ? e.attr("data-path") : e.attr("name")).toList();
        assertEquals(List.of("slug", "name", "kana", "name_en", "type", "categories", "area", "summary", "summary_en",
                "description", "activity.days", "activity.time", "activity.place", "activity.frequency",
                "members.count", "members.ages", "fees", "recruiting.open", "recruiting.wanted", "contact.person",
                "contact.phone", "contact.email", "contact.address", "contact.public", "links.website", "links.social",
                "founded", "npo_certified", "corporate_number"), names);
        assertEquals(List.of("", "元町", "下宿"), page.select("#f-area option").eachAttr("value"));
        assertEquals("環境の保全", page.select("#f-categories input").stream()
                .filter(e -> e.val().equals("環境の保全")).findFirst().orElseThrow().val());
        assertEquals(List.of("person", "phone", "email", "address"), page.select("#f-contact-public input").eachAttr("value"));
        // The group page asks for a correction through the form.
        assertEquals("/forms/group/?edit=kawazukuri-kiyose",
                site.page("/groups/kawazukuri-kiyose/").selectFirst("a:contains(この情報の修正を依頼する)").attr("href"));
    }

    @Test
    void theCorrectionValuesHoldOnlyWhatTheGroupPublishes() throws Exception {
        TestSite site = site();
        site.buildOk();
        Path file = site.out().resolve("forms/group/kawazukuri-kiyose.json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode json = new ObjectMapper().readTree(text);
        assertEquals("川づくり・清瀬の会", json.get("name").asText());
        assertTrue(json.get("description").asText().startsWith("柳瀬川の水質調査と清掃を続けています。\n\n## 主な活動"),
                json.get("description").asText());
        assertEquals("9:00〜12:00", json.at("/activity/time").asText());
        assertEquals("事務局 佐藤", json.at("/contact/person").asText());
        assertEquals(Emails.code("kawazukuri@example.jp"), json.at("/contact/email/coded").asText());
        assertEquals("[\"person\",\"email\"]", json.at("/contact/public").toString());
        assertTrue(json.at("/contact/phone").isMissingNode());
        assertTrue(json.at("/contact/address").isMissingNode());
        assertTrue(json.get("registered") == null, "the centre's own date is not in the form");
        assertFalse(text.contains("042-000-1234"));
        assertFalse(text.contains("kawazukuri@example.jp"));
        assertFalse(text.contains("清瀬市下宿"));
    }

    @Test
    void theMenuOfOrganisersListsTheCentreAndEveryGroupByReading() {
        TestSite site = site().group("ashita-no-kai", "あしたの会", "あしたのかい", "");
        site.buildOk();
        Document page = site.page("/forms/event/");
        List<String> values = new ArrayList<>(page.select("#f-organiser option").eachAttr("value"));
        assertEquals(List.of("", "centre", "ashita-no-kai", "kawazukuri-kiyose"), values);
        List<String> leftOut = List.of("co_organisers", "cancelled_dates", "status", "postponed_to", "place.latitude",
                "place.longitude");
        assertEquals(List.of(), page.select("#record-form [data-widget]").stream()
                .map(e -> e.hasAttr("data-path") ? e.attr("data-path") : e.attr("name"))
                .filter(leftOut::contains).toList());
        assertTrue(page.getElementById("f-date") != null && page.getElementById("f-place-venue") != null);
    }
}
