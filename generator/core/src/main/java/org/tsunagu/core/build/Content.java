package org.tsunagu.core.build;

import java.util.List;

import org.tsunagu.events.CheckedEvent;
import org.tsunagu.grants.CheckedGrant;
import org.tsunagu.groups.CheckedGroup;
import org.tsunagu.opportunities.CheckedOpportunity;
import org.tsunagu.pages.Document;
import org.tsunagu.site.SiteConfig;
import org.tsunagu.site.Taxonomy;

/** The result of the Check stage: typed, checked records with their references resolved. */
public record Content(SiteConfig site, Taxonomy taxonomy, List<CheckedGroup> groups,
                      List<CheckedEvent> events, List<CheckedOpportunity> opportunities, List<CheckedGrant> grants, List<Document> pages,
                      List<Document> news, List<org.tsunagu.newsletters.Newsletter> newsletters,
                      java.util.Set<String> contentFiles,
                      org.tsunagu.search.Readings readings) {
}
