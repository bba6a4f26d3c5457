package org.mptcplab.engine.faults;

/** The application pattern of a fault run. */
enum Traffic {
    /** One download of {@link FaultNetworks#BULK_BYTES}. */
    BULK,
    /** Requests of 1 KB answered by 100 KB, one after the other on one connection. */
    REQUEST_RESPONSE
}
