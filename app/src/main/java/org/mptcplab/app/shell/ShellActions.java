package org.mptcplab.app.shell;

/** What the menus can ask the window to do; the window implements it, tests may fake it. */
interface ShellActions {

    void quit();

    void setFullScreen(boolean on);

    void showKeyboardShortcuts();

    void showAbout();
}
