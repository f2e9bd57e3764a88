package fr.oasis.security;

/** Roles, from most to least powerful. */
public enum Role {
    ADMIN, ANALYST, VIEWER
}
