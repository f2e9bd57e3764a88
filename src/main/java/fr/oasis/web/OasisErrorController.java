package fr.oasis.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container forwards to {@code /error} (Spring Security's 401 and 403,
 * unmapped paths, errors raised outside controllers) in Oasis's two shapes: JSON
 * {@code {"code","message","problems"}} for {@code /api/**}, the French error page otherwise.
 * Replaces Spring Boot's default error controller (its JSON and its white-label page).
 */
@Controller
class OasisErrorController implements org.springframework.boot.webmvc.error.ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiError> json(HttpServletRequest request) {
        int status = status(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(HttpErrors.body(status));
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request, HttpServletResponse response) {
        int status = status(request);
        if (HttpErrors.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            return json(request);
        }
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", status);
        page.addObject("title", HttpErrors.title(status));
        page.addObject("message", HttpErrors.message(status));
        return page;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i && i >= 400 ? i : 500;
    }
}
