/**
 * Locators for the bundled resources (CSS themes, later icons and fonts).
 *
 * <p>May: resolve resource names to URLs. May not: depend on JavaFX or any other module, or hold
 * state; styling decisions live in the CSS files themselves.
 */
package org.mptcplab.assets;
