package fr.oasis.web;

import fr.oasis.support.UsesH2;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API answers JSON whatever a client accepts. Why: GraphHopper brings Jackson 2's XML module
 * ({@code jackson-dataformat-xml}), whose mere presence makes Spring register an XML converter
 * ahead of JSON, so a browser's {@code Accept: ...application/xml;q=0.9,*}{@code /*} would get XML.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class ApiMediaTypeTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "application/xml,*/*"})
    void jsonForEveryAcceptHeader(String accept) throws Exception {
        mvc.perform(get("/api/territories/summary").header(HttpHeaders.ACCEPT, accept)
                        .with(user("viewer").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }
}
