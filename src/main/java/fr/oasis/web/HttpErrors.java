package fr.oasis.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * The one wording of an HTTP error, whoever answers it: the error controller (errors inside the
 * application, Spring Security's 401/403) and the Tomcat valve (requests Tomcat rejects before
 * Spring: an encoded slash or NUL in the path, a forbidden character in the query, a header or
 * query too long). Machine codes match {@link ApiErrorHandler}'s. Stateless.
 */
final class HttpErrors {
    private HttpErrors() {
    }

    /** Whether the answer should be JSON: the API, addressed by its path. */
    static boolean isApi(String requestUri) {
        return requestUri != null && requestUri.startsWith("/api/");
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "upload_too_large";
            case 503 -> "unavailable";
            case 500 -> "internal_error";
            default -> "http_" + status;
        };
    }

    /** A French sentence for people. */
    static String message(int status) {
        return switch (status) {
            case 400 -> "Requête invalide : l'adresse ou ses paramètres contiennent des caractères refusés, "
                    + "ou sont trop longs.";
            case 401 -> "Authentification requise : connectez-vous, ou envoyez un jeton d'API.";
            case 403 -> "Accès refusé : votre rôle ne permet pas cette action (ou le jeton CSRF manque).";
            case 404 -> "Page ou ressource introuvable.";
            case 405 -> "Méthode HTTP non acceptée pour cette adresse.";
            case 413 -> "Requête trop volumineuse.";
            case 503 -> "Service momentanément indisponible : réessayez dans un instant.";
            default -> status >= 500 ? "Erreur interne : elle a été enregistrée dans le journal du serveur."
                    : "Requête refusée (code " + status + ").";
        };
    }

    static String title(int status) {
        return switch (status) {
            case 404 -> "Page introuvable";
            case 401, 403 -> "Accès refusé";
            default -> status >= 500 ? "Erreur du serveur" : "Requête invalide";
        };
    }

    static ApiError body(int status) {
        return new ApiError(code(status), message(status), List.of());
    }

    /** The body as JSON, written by hand for the valve (no Jackson outside Spring). */
    static byte[] json(int status) {
        return ("{\"code\":\"" + code(status) + "\",\"message\":\"" + message(status).replace("\"", "\\\"")
                + "\",\"problems\":[]}").getBytes(StandardCharsets.UTF_8);
    }

    /** A self-contained French page, for the valve (the error template needs Spring). */
    static byte[] html(int status) {
        return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title(status)
                + " — Oasis</title><link rel=\"stylesheet\" href=\"/css/oasis.css\"></head><body>"
                + "<main class=\"page\"><h1>" + title(status) + "</h1><p class=\"error\" id=\"error-message\">"
                + HtmlUtils.htmlEscape(message(status), "UTF-8") + "</p><p><a class=\"button\" href=\"/\">Retour à l'accueil</a>"
                + "</p><p class=\"notice\">Code " + status + "</p></main></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }
}
