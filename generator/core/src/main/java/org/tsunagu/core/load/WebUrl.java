package org.tsunagu.core.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An absolute http or https address, checked when bound; any other scheme is refused. */
public record WebUrl(String value) {

    /** The parsed address, or null when the text is not an http(s) URL with a host. */
    public static WebUrl parse(String text) {
        String t = text.strip();
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if ((scheme.equals("http") || scheme.equals("https")) && host != null
                    && (host.contains(".") || host.equals("localhost")) && uri.getUserInfo() == null) {
                return new WebUrl(t);
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }

    /** The host without {@code www.}, e.g. {@code instagram.com}. */
    public String host() {
        String host = URI.create(value).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    @Override
    public String toString() {
        return value;
    }
}
