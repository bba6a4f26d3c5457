/**
 * Hardening tests of the lesson and scenario loaders against untrusted files: a corpus of malformed
 * inputs with the exact located message each must give, every size and count limit, asset path
 * confinement, proof that no polymorphic type loading or URL/entity resolution is reachable, and
 * Jazzer fuzz targets whose seed corpora replay in every build.
 *
 * <p>May: read corpus files from test resources, call the loaders' public API, inspect compiled
 * loader classes. May not: run the engine or depend on the loaders' package-private internals.
 */
package org.mptcplab.lessons.hardening;
