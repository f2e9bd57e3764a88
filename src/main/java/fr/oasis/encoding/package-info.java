/**
 * Byte encodings of answers held in memory, shared by the packages that keep ready-to-send bodies
 * (the map's layers, the conditional-response filter): {@link fr.oasis.encoding.Gzip}. JDK only,
 * below every feature package.
 */
package fr.oasis.encoding;
