package org.mptcplab.app.diagram;

/** Which point of a text its x coordinate names; y is always the vertical centre of the line. */
public enum TextAnchor {
    START, MIDDLE, END
}
