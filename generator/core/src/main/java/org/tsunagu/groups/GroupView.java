package org.tsunagu.groups;

import java.time.LocalDate;
import java.util.List;

import org.tsunagu.site.TermLink;

/**
 * A group as templates see it: resolved links, rendered description, and only the contact
 * details the group marked public. Nothing private is in this record, so no template can leak it.
 */
public record GroupView(
        String slug, String url, String name, String kana, boolean kanaDerived, String nameEn,
        TermLink type, List<TermLink> categories, TermLink area,
        String summary, String summaryEn, String descriptionHtml,
        Group.Activity activity, Group.Members members, String fees, Group.Recruiting recruiting,
        PublicContact contact, String website, List<Link> social, Picture logo, List<Picture> photos,
        Integer founded, LocalDate npoCertified, String corporateNumber, LocalDate registered, LocalDate confirmed,
        Kana.Row row, String sortKey, String jsonLd, String file) {

    /** Contact details the group chose to publish; a field is null when not public. */
    public record PublicContact(String person, String phone, String phoneUri, String email, String address) {
        public boolean isEmpty() {
            return person == null && phone == null && email == null && address == null;
        }
    }

    /** A link with a label, e.g. an SNS account. */
    public record Link(String label, String url) {
    }

    /** An image with its site path and alternative text. */
    public record Picture(String src, String alt) {
    }

    public boolean isRecruiting() {
        return recruiting != null && recruiting.open();
    }
}
