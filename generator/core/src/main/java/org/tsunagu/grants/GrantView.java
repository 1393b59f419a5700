package org.tsunagu.grants;

import org.tsunagu.core.render.Formats;
import java.time.LocalDate;
import java.util.List;

import org.tsunagu.site.TermLink;

/**
 * A grant as templates and feeds see it, with its status on the build date.
 *
 * @param categories the eligible fields as links; empty when every field may apply
 * @param current the round open now, or else the next one, or else the last one
 * @param nextDeadline the closing day of the round open now or of the next one; null when all are over
 * @param daysLeft days from the build date to {@code nextDeadline} while a round is open, else null
 */
public record GrantView(
        String slug, String url, String name, String kana, String nameEn, String provider, ProviderKind providerKind,
        String purpose, AmountView amount, String eligible, List<TermLink> categories, List<RoundView> rounds,
        String howToApply, List<DocumentView> documents, Grant.Contact contact, String phoneUri, String link,
        List<ResultView> results, String summary, String descriptionHtml, GrantStatus status, RoundView current,
        LocalDate nextDeadline, Integer daysLeft, String file) {

    /** The amount in words: 上限 300,000円, 補助率 2分の1, and the variants. */
    public record AmountView(String limit, String minimum, String rate, String notes, List<VariantView> variants) {
    }

    public record VariantView(String theme, String limit, String rate, String notes) {
    }

    /**
     * One round with where it stands: {@code past}, {@code open} (accepting now) or
     * {@code future}.
     */
    public record RoundView(String name, LocalDate opens, LocalDate closes, LocalDate consultationFrom,
                            LocalDate consultationUntil, String notes, String state) {
        public boolean isOpen() {
            return state.equals("open");
        }

        public boolean isPast() {
            return state.equals("past");
        }
    }

    /** A document, with the address and size of its PDF when the site offers one. */
    public record DocumentView(String name, String url, Long bytes) {
        /** The size for people: 245 KB, 1.2 MB. */
        public String size() {
            return bytes == null ? null : Formats.fileSize(bytes);
        }
    }

    public record ResultView(int year, List<ProjectView> awarded, List<ProjectView> best, String notes, String link) {
    }

    /** A funded project; {@code groupUrl} is set when the group has a page on the site. */
    public record ProjectView(String title, String group, String groupUrl, String amount) {
    }

    public boolean isAccepting() {
        return status.accepting();
    }

    /** Whether every field may apply. */
    public boolean isOpenToAllFields() {
        return categories.isEmpty();
    }
}
