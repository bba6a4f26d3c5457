package org.mptcplab.app.compare;

/**
 * The first story moment whose outcome differs between the two runs, with one sentence a lecturer
 * can read out (which backend the JOIN hashed to, RST vs SYN/ACK, which address the JOIN targets).
 *
 * @param leftIndex  the marked event in the left trace
 * @param rightIndex the marked event in the right trace
 * @param sentence   what differs, in plain words
 */
public record Divergence(int leftIndex, int rightIndex, String sentence) {
}
