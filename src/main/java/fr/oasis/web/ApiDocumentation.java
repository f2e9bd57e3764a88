package fr.oasis.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description springdoc generates ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, both behind login): title, HTTP Basic and session authentication,
 * and on every operation the error answers {@link ApiErrorHandler} gives, with the
 * {@link ApiError} body: 400 (bad parameter, named in the message), 401, 403, 404, 500.
 */
@Configuration
class ApiDocumentation {
    private static final Map<String, String> ERRORS = Map.of(
            "400", "Bad input: the message names the parameter and what is wrong (code bad_request)",
            "401", "Not logged in: send HTTP Basic credentials or the session cookie",
            "403", "Logged in, but the role does not allow this endpoint",
            "404", "Unknown territory, collection, feature or indicator (code not_found)",
            "500", "Unexpected error, logged on the server (code internal_error); never a stack trace");

    @Bean
    OpenAPI oasisOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Oasis API").version("1")
                        .description("Territories, access-to-care indicators (APL, travel time, populations beyond "
                                + "10/20/30 min, imported indicators), reports, GIS downloads and OGC API - Features "
                                + "(/ogc). Every figure carries its source and millésime. Errors are JSON "
                                + "{code, message, problems}.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID"))
                        .addSchemas("ApiError", new Schema<>().type("object")
                                .addProperty("code", new Schema<>().type("string").example("bad_request"))
                                .addProperty("message", new Schema<>().type("string")
                                        .example("limit: must be between 1 and 10000, got 1000000000"))
                                .addProperty("problems", new Schema<>().type("array")
                                        .items(new Schema<>().type("string")))))
                .security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("session")));
    }

    /** Adds the error answers every endpoint may give, unless the operation documents its own. */
    @Bean
    OperationCustomizer errorResponses() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
            ERRORS.forEach((status, description) -> responses.putIfAbsent(status, new ApiResponse()
                    .description(description).content(new Content().addMediaType("application/json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/ApiError"))))));
            operation.setResponses(responses);
            return operation;
        };
    }
}
