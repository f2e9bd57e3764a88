/**
 * Bounds on the work one request may cause, shared by the feature packages (no dependency on
 * any of them): a {@link fr.oasis.limits.Deadline} that long computations check and that ends
 * them with {@link fr.oasis.limits.TimeLimitExceeded} (answered 503 with a French message), and
 * a {@link fr.oasis.limits.BoundedCache} for results keyed on request parameters.
 */
package fr.oasis.limits;
