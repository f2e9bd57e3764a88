package fr.oasis.web;

import java.util.List;

/**
 * The body of every API error: a stable machine code, a message for people, and for import
 * errors the located problems ("file, line 12, field 'code': ...").
 */
public record ApiError(String code, String message, List<String> problems) {
}
