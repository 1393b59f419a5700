package org.tsunagu.events;

import org.tsunagu.core.load.Choice;

/** Whether an event takes place as planned (状況). */
public enum EventStatus implements Choice {
    SCHEDULED("scheduled", "予定", "Scheduled"),
    CANCELLED("cancelled", "中止", "Cancelled"),
    POSTPONED("postponed", "延期", "Postponed");

    private final String slug;
    private final String label;
    private final String labelEn;

    EventStatus(String slug, String label, String labelEn) {
        this.slug = slug;
        this.label = label;
        this.labelEn = labelEn;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
