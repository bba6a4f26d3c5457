package org.mptcplab.app.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.mptcplab.assets.Themes;

/** Builds the menu bar: File, View, Help. Items carry ids so tests and later views can find them. */
final class ShellMenus {

    private ShellMenus() {
    }

    static MenuBar create(ShellViewModel model, ShellActions actions, ReadOnlyBooleanProperty fullScreen) {
        MenuBar bar = new MenuBar(fileMenu(model, actions), viewMenu(model, actions, fullScreen), helpMenu(actions));
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu fileMenu(ShellViewModel model, ShellActions actions) {
        MenuItem open = item("menu-file-open", "_Open scenario…");
        open.setDisable(!model.canOpenScenarioFiles());
        MenuItem quit = item("menu-file-quit", "_Quit");
        quit.setAccelerator(KeyboardShortcuts.QUIT);
        quit.setOnAction(e -> actions.quit());
        return menu("menu-file", "_File", open, new SeparatorMenuItem(), quit);
    }

    private static Menu viewMenu(ShellViewModel model, ShellActions actions, ReadOnlyBooleanProperty fullScreen) {
        Menu themes = menu("menu-view-theme", "_Theme");
        ToggleGroup group = new ToggleGroup();
        for (String name : Themes.names()) {
            RadioMenuItem choice = new RadioMenuItem(ThemeLabels.label(name));
            choice.setId("menu-theme-" + name);
            choice.setToggleGroup(group);
            choice.setSelected(name.equals(model.getTheme()));
            choice.setOnAction(e -> model.useTheme(name));
            themes.getItems().add(choice);
        }
        model.themeProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(((RadioMenuItem) t).getId().equals("menu-theme-" + now))));

        CheckMenuItem full = new CheckMenuItem("_Full screen");
        full.setId("menu-view-fullscreen");
        full.setAccelerator(KeyboardShortcuts.FULL_SCREEN);
        // Not bound: the menu skin toggles the item itself, which a bound property would refuse.
        full.setSelected(fullScreen.get());
        fullScreen.addListener((obs, was, now) -> full.setSelected(now));
        full.setOnAction(e -> actions.setFullScreen(full.isSelected()));
        return menu("menu-view", "_View", themes, new SeparatorMenuItem(), full);
    }

    private static Menu helpMenu(ShellActions actions) {
        MenuItem keys = item("menu-help-shortcuts", "_Keyboard shortcuts");
        keys.setAccelerator(KeyboardShortcuts.SHOW_SHORTCUTS);
        keys.setOnAction(e -> actions.showKeyboardShortcuts());
        MenuItem about = item("menu-help-about", "_About MPTCP Lab");
        about.setOnAction(e -> actions.showAbout());
        return menu("menu-help", "_Help", keys, new SeparatorMenuItem(), about);
    }

    private static MenuItem item(String id, String text) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        return item;
    }

    private static Menu menu(String id, String text, MenuItem... items) {
        Menu menu = new Menu(text, null, items);
        menu.setId(id);
        return menu;
    }
}
