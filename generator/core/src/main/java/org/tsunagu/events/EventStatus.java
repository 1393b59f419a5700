package org.tsunagu.events;

import org.tsunagu.core.load.Choice;

/** Whether an event takes place as planned (状況). */
public enum EventStatus implements Choice {
    SCHEDULED("scheduled", "予定", "Scheduled"),
    CANCELLED("cancelled", "中止", "Cancelled"),
    POSTPONED("postponed", "延期", "Postponed");

    private final Names names;

    EventStatus(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
