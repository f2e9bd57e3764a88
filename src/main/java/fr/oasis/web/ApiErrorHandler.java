package fr.oasis.web;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.importer.problem.ImportProblem;
import fr.oasis.limits.TimeLimitExceeded;
import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The one place where exceptions become HTTP answers (GraphHopper style: bad input → 400).
 * Users never see a stack trace; unexpected errors are logged once, here.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ApiError> badRequest(Exception e) {
        return ResponseEntity.badRequest().body(new ApiError("bad_request", e.getMessage(), List.of()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<String> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).toList();
        return ResponseEntity.badRequest().body(new ApiError("bad_request", "invalid request body", problems));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new ApiError("bad_request", "the request body is not valid JSON "
                + "for this endpoint", List.of()));
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(org.springframework.security.access.AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiError("forbidden", e.getMessage(), List.of()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ApiError> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", e.getMessage(), List.of()));
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<ApiError> importFailed(ImportException e) {
        List<String> problems = e.problems().stream().map(ImportProblem::toString).toList();
        return ResponseEntity.unprocessableContent()
                .body(new ApiError("import_rejected", e.getMessage(), problems));
    }

    @ExceptionHandler(TimeLimitExceeded.class)
    ResponseEntity<ApiError> timeLimit(TimeLimitExceeded e) {
        LOG.warn("Request stopped at its time limit: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                .body(new ApiError("time_limit", e.getMessage(), List.of()));
    }

    @ExceptionHandler(fr.oasis.importer.ImportBusyException.class)
    ResponseEntity<ApiError> importBusy(fr.oasis.importer.ImportBusyException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError("import_busy", e.getMessage(), List.of()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(new ApiError("upload_too_large",
                "the uploaded file exceeds the configured maximum size", List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse framework) {
            // Spring's own client errors (unknown path, wrong method, unsupported media type).
            return ResponseEntity.status(framework.getStatusCode()).body(new ApiError("http_"
                    + framework.getStatusCode().value(), framework.getBody().getTitle(), List.of()));
        }
        LOG.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(new ApiError("internal_error",
                "an unexpected error occurred; it has been logged", List.of()));
    }
}
