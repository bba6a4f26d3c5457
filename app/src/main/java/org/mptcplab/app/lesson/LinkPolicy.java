package org.mptcplab.app.lesson;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What clicking a link in a lesson does. Lessons may come from anyone (R9): only {@code http} and
 * {@code https} URLs with a host are opened, and only after the user confirmed a dialog that names
 * the URL; everything else is refused with a notice. The loader already refuses other schemes, so
 * this is the second line of defence, for narration rendered from any source.
 */
public final class LinkPolicy {
    private final Predicate<String> confirm;
    private final Consumer<String> browser;
    private final Consumer<String> notices;

    /**
     * @param confirm asks the user whether to open the URL it is given (a dialog naming it)
     * @param browser opens a URL (HostServices.showDocument in the app)
     * @param notices receives one sentence saying what happened
     */
    public LinkPolicy(Predicate<String> confirm, Consumer<String> browser, Consumer<String> notices) {
        this.confirm = confirm;
        this.browser = browser;
        this.notices = notices;
    }

    /** Whether {@code href} is an http(s) URL with a host, the only kind a lesson may open. */
    public static boolean allowed(String href) {
        if (href == null || href.isBlank() || href.length() > 2000) {
            return false;
        }
        try {
            URI uri = new URI(href.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Follows {@code href} if allowed and confirmed; true when the browser was asked to open it. */
    public boolean follow(String href) {
        if (!allowed(href)) {
            notices.accept("Refused to open \"" + shorten(href) + "\": lessons may only link to http(s) web pages.");
            return false;
        }
        String url = href.strip();
        if (!confirm.test(url)) {
            notices.accept("Link not opened.");
            return false;
        }
        browser.accept(url);
        notices.accept("Opened " + shorten(url) + " in your browser.");
        return true;
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s;
        return t.length() <= 80 ? t : t.substring(0, 77) + "...";
    }
}
