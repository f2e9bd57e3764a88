package fr.oasis.outreach;

import java.time.Instant;

/**
 * One audited change of a service made in the portal or the API.
 *
 * @param type       CREATED, UPDATED, DELETED
 * @param kind       SITE, UNIT (with its stops), INITIATIVE
 * @param summary    what changed, in French
 * @param beforeJson the item before the change, JSON; null for a creation
 * @param afterJson  the item after the change, JSON; null for a deletion
 */
public record OutreachChange(long id, Instant at, String username, String type, String kind, String code,
                             String summary, String beforeJson, String afterJson) {
}
