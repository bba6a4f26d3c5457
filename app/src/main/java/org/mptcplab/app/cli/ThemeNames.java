package org.mptcplab.app.cli;

import java.util.Iterator;
import org.mptcplab.assets.Themes;

/** Completion candidates and help text for {@code --theme}. */
final class ThemeNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Themes.names().iterator();
    }
}
