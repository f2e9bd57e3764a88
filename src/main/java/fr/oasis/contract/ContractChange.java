package fr.oasis.contract;

import java.time.Instant;

/**
 * One audited change of a contract.
 *
 * @param type       CREATED, UPDATED, IMPORTED (spreadsheet), EDITORS, DELETED
 * @param summary    what changed, in French (one line per change, or a count)
 * @param beforeJson the whole contract before the change, JSON; null for a creation
 * @param afterJson  the whole contract after the change, JSON; null for a deletion
 */
public record ContractChange(long id, Instant at, String username, String type, String summary, String beforeJson,
                             String afterJson) {
}
