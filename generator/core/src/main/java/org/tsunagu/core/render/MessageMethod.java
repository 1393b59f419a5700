package org.tsunagu.core.render;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * {@code m("key", args…)} in templates: an interface string from the theme's message bundle.
 * A missing key is an error, never a blank on the page.
 */
public final class MessageMethod implements TemplateMethodModelEx {

    private final ResourceBundle bundle;
    private final Locale locale;

    public MessageMethod(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("m() needs a message key");
        }
        String key = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0)));
        if (!bundle.containsKey(key)) {
            throw new TemplateModelException("no interface message \"" + key + "\" in templates/i18n/ui*.properties");
        }
        String pattern = bundle.getString(key);
        if (arguments.size() == 1) {
            return pattern;
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            args[i - 1] = String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i)));
        }
        // Apostrophes in the bundles are plain text (the group's events), not MessageFormat quotes.
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
