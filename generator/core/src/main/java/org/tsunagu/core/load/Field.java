package org.tsunagu.core.load;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one field of a record written in YAML: its key, its Japanese and English titles,
 * and whether it must be given. The binder, the diagnostics and the documentation all read it,
 * so the description of a field lives in one place.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Field {

    /** The YAML key; by default the component name in snake_case ({@code nameEn} → {@code name_en}). */
    String key() default "";

    /** The title in Japanese, as shown to a person editing the file (団体名). */
    String ja();

    /** The title in English. */
    String en();

    boolean required() default false;

    /** For texts: the most characters allowed; 0 for no limit beyond the file size. */
    int maxLength() default 0;

    /** An example value, shown in hints and in new files. */
    String example() default "";
}
