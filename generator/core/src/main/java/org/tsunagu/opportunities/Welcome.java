package org.tsunagu.opportunities;

import org.tsunagu.core.load.Choice;

/** Who is especially welcome to help (初心者歓迎, 学生歓迎 …), shown in words on the call. */
public enum Welcome implements Choice {
    BEGINNERS("beginners", "初心者歓迎", "Beginners welcome"),
    STUDENTS("students", "学生歓迎", "Students welcome"),
    WITH_CHILDREN("with-children", "子ども連れ歓迎", "Come with your children"),
    SENIORS("seniors", "シニア歓迎", "Older people welcome"),
    ONE_TIME("one-time", "1回だけの参加OK", "Once is fine"),
    SHORT_TIME("short-time", "短時間OK", "Short stays are fine"),
    ONLINE("online", "オンライン可", "Can be done online");

    private final Names names;

    Welcome(String slug, String label, String labelEn) {
        this.names = new Names(slug, label, labelEn);
    }

    @Override
    public Names names() {
        return names;
    }
}
