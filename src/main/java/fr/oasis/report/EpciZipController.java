package fr.oasis.report;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The EPCI reports of a département as one ZIP ({@link EpciBundles}):
 * <ul>
 *   <li>{@code POST /api/reports/departement/{code}/epci-zip}: starts building (or joins the
 *       running or finished build), 202 with the status;</li>
 *   <li>{@code GET /api/reports/departement/{code}/epci-zip}: the status {@code {departement,
 *       state: none|running|done|failed, done, total, error, download}} the page polls;</li>
 *   <li>{@code GET /reports/departement/{code}/epci.zip}: the file; a script that did not start a
 *       build waits for one (at most {@value #WAIT_SECONDS} s, then 503 with the status).</li>
 * </ul>
 * Every signed-in role may download reports. Unknown département: 404.
 */
@RestController
class EpciZipController {
    static final int WAIT_SECONDS = 300;
    private final EpciBundles bundles;

    EpciZipController(EpciBundles bundles) {
        this.bundles = bundles;
    }

    @PostMapping("/api/reports/departement/{code}/epci-zip")
    ResponseEntity<Map<String, Object>> start(@PathVariable String code) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status(code, bundles.start(code)));
    }

    @GetMapping("/api/reports/departement/{code}/epci-zip")
    Map<String, Object> status(@PathVariable String code) {
        bundles.epciOf(code); // 404 for an unknown département
        return bundles.job(code).map(j -> status(code, j)).orElseGet(() -> Map.of("departement", code, "state", "none"));
    }

    @GetMapping("/reports/departement/{code}/epci.zip")
    ResponseEntity<?> zip(@PathVariable String code) throws InterruptedException {
        EpciBundles.Job job = bundles.start(code);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (job.zip == null && job.error == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (job.zip == null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(status(code, job));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("oasis-rapports-epci-departement-" + code + ".zip", StandardCharsets.UTF_8).build()
                        .toString())
                .contentType(MediaType.parseMediaType("application/zip")).body(job.zip);
    }

    private static Map<String, Object> status(String code, EpciBundles.Job job) {
        Map<String, Object> status = new java.util.LinkedHashMap<>();
        status.put("departement", code);
        status.put("state", job.state());
        status.put("done", job.done.get());
        status.put("total", job.epci.size());
        status.put("error", job.error);
        status.put("millis", job.zip == null ? null : job.millis);
        status.put("download", "/reports/departement/" + code + "/epci.zip");
        return status;
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not_found", "message", e.getMessage()));
    }
}
