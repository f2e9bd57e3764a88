/**
 * Provenance: which source and which vintage (millésime) every stored figure comes from, and
 * whether it is demonstration data. Every API answer and every screen names it.
 */
package fr.oasis.provenance;
