/**
 * Operations: the readiness contribution of Oasis to {@code /actuator/health/readiness} (schema
 * migrated, start-up load done). Liveness is Spring Boot's own.
 */
package fr.oasis.health;
