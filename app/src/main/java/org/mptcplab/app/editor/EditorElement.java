package org.mptcplab.app.editor;

/**
 * Something the editor can select: a node by name or a link by its index in the scenario.
 *
 * @param link  true for a link, false for a node
 * @param name  node name, or the link's display name ({@code a-b})
 * @param index link index (-1 for nodes)
 * @param type  node type ({@code host}, {@code router}, {@code loadBalancer}) or {@code link}
 */
public record EditorElement(boolean link, String name, int index, String type) {

    /** A node. */
    public static EditorElement node(String name, String type) {
        return new EditorElement(false, name, -1, type);
    }

    /** The link at {@code index}, shown as {@code name}. */
    public static EditorElement link(int index, String name) {
        return new EditorElement(true, name, index, "link");
    }

    /** Text for lists: the name and what it is. */
    public String label() {
        return name + " (" + type + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
