/**
 * Who may see what. Nothing but the login page and static assets is public; pages answer an
 * anonymous visitor with the login page, the API with 401. Roles: ADMIN (users, imports),
 * ANALYST (everything but users), VIEWER (maps and reports). Passwords are BCrypt hashes.
 */
package fr.oasis.security;
