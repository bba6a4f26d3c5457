package org.mptcplab.app.editor;

/** How a property is edited: free text (checked on commit), a check box, or a closed list. */
public enum PropertyKind {
    TEXT,
    BOOLEAN,
    CHOICE
}
