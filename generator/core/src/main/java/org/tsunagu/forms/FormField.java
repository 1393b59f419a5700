package org.tsunagu.forms;

import java.util.List;

/**
 * One field of a form on the site, made from a record field ({@code @Field}): where its value goes
 * in the file, its labels, how it is entered, and its choices. A field whose value is itself a
 * record ({@code activity}, {@code contact}) is a group of fields, shown as a fieldset.
 *
 * @param path the key in the file, nested keys joined by dots ({@code activity.days})
 * @param id the id of the control on the page ({@code f-activity-days})
 * @param widget how it is entered: text, textarea, date, time, number, email, tel, url, kana,
 *     slug, checkbox (yes or no), select, checkboxes (several of a list), lines (a list, one item a
 *     line), dates (a list of dates, one a line), or group
 * @param maxLength the longest text the file takes, 0 for no limit
 * @param example a value to show as an example, or empty
 * @param options the choices of a select or a list of check boxes
 * @param children the fields of a group
 */
public record FormField(String path, String id, String label, String labelEn, String widget, boolean required,
                        int maxLength, String example, List<Option> options, List<FormField> children) {

    /** A choice: the value written to the file and the words shown. */
    public record Option(String value, String label, String labelEn) {
    }

    public boolean isGroup() {
        return "group".equals(widget);
    }
}
