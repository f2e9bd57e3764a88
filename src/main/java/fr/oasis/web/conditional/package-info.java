/**
 * Conditional and kept responses per data version: one servlet filter gives the heavy GET
 * answers derived from stored data an ETag made of the data versions, the URL and the caller's
 * roles, answers {@code 304} to a matching {@code If-None-Match}, and keeps the gzipped bodies
 * of the heaviest families in a bounded cache. Depends only on {@code provenance} and
 * {@code limits}; no feature package depends on it.
 */
package fr.oasis.web.conditional;
