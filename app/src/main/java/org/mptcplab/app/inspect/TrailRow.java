package org.mptcplab.app.inspect;

/**
 * One step of a packet's derivation trail, e.g. a key, the token hashed from it, or an HMAC check.
 *
 * @param label what the step is ("Token", "HMAC check", ...)
 * @param value the value in hex, with how it was derived
 */
public record TrailRow(String label, String value) {}
