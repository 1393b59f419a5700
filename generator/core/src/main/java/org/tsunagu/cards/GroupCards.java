package org.tsunagu.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tsunagu.core.build.Output;
import org.tsunagu.core.build.PageSpec;
import org.tsunagu.core.build.SiteModel;
import org.tsunagu.events.EventView;
import org.tsunagu.groups.GroupView;

/**
 * Printed cards for outreach: for every group a sheet to print on A4 ({@code /groups/x/card/})
 * and on A5 ({@code /groups/x/card/a5/}), and a QR code of its page ({@code /groups/x/qr.svg}).
 * Events get a QR code too ({@code /events/x/qr.svg}), printed with their page.
 *
 * <p>A card shows what the group page shows of the group, and no more: the contact items it
 * prints are the public ones of {@link GroupView}. The cards are for paper, not for search
 * engines, so they are left out of the sitemap.
 */
public final class GroupCards {

    /** The paper sizes a card is made for, the first at the card's own address. */
    public static final List<String> PAPERS = List.of("a4", "a5");

    private GroupCards() {
    }

    /** Every card page, A4 and A5 for each group, in the order of the directory. */
    public static List<PageSpec> pages(SiteModel model) {
        List<PageSpec> pages = new ArrayList<>();
        for (GroupView g : model.groups().all()) {
            String address = address(model, g.url());
            for (String paper : PAPERS) {
                String url = cardUrl(g, paper);
                pages.add(new PageSpec(url, url.substring(1) + "index.html", "group-card.ftlh", g.name(),
                        Map.of("group", g, "paper", paper, "address", address), g.file(), false));
            }
        }
        return List.copyOf(pages);
    }

    /**
     * The QR code of every group page and every event page, beside the page. Each code is made
     * on its own (choosing its mask is most of the work), so they are made in parallel, each
     * handed to {@code out} as soon as it is made.
     */
    public static void files(SiteModel model, java.util.function.Consumer<Output> out) {
        List<String[]> pages = new ArrayList<>();
        for (GroupView g : model.groups().all()) {
            pages.add(new String[] {g.url(), g.name()});
        }
        for (EventView e : model.events().all()) {
            pages.add(new String[] {e.url(), e.title()});
        }
        pages.parallelStream().forEach(p -> out.accept(qr(model, p[0], p[1])));
    }

    /** The address of a card: {@code /groups/x/card/} for A4, {@code /groups/x/card/a5/} for the others. */
    public static String cardUrl(GroupView g, String paper) {
        return g.url() + "card/" + (paper.equals(PAPERS.get(0)) ? "" : paper + "/");
    }

    /** The full address of a page of the site, as printed and as held by its QR code. */
    public static String address(SiteModel model, String url) {
        return model.site().root() + url;
    }

    private static Output qr(SiteModel model, String url, String name) {
        String address = address(model, url);
        String title = name + "のページのQRコード（" + address + "）";
        return new Output(url.substring(1) + "qr.svg", QrCode.of(address).svgBytes(title));
    }
}
