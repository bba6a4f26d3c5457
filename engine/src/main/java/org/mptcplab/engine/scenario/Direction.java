package org.mptcplab.engine.scenario;

/** Which way the bulk data of an application flows. */
public enum Direction implements Identified {
    /** The server sends, the client (the {@code from} host) receives. */
    DOWNLOAD("download"),
    /** The client sends, the server receives. */
    UPLOAD("upload");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
