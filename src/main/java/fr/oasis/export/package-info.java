/**
 * File formats shared by the downloads (filter results, territorial reports): how a value is
 * written so that French spreadsheets open the file as is and cannot be tricked into running a
 * formula. Pure JDK, no framework.
 */
package fr.oasis.export;
