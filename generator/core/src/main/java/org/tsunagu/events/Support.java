package org.tsunagu.events;

import org.tsunagu.core.load.Choice;

/** Support offered so that everyone can take part (配慮・支援). */
public enum Support implements Choice {
    WHEELCHAIR("wheelchair", "車いす対応", "Wheelchair access"),
    SIGN_LANGUAGE("sign-language", "手話通訳", "Sign-language interpreting"),
    CAPTIONING("captioning", "要約筆記", "Live captioning (要約筆記)"),
    HEARING_LOOP("hearing-loop", "磁気ループ", "Hearing loop"),
    CHILDCARE("childcare", "託児", "Childcare");

    private final Names names;

    Support(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
