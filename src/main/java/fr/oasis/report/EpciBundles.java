package fr.oasis.report;

import fr.oasis.territory.CommuneTable;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.KeptPerVersion;
import fr.oasis.territory.MainParent;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The EPCI reports of a département as one ZIP of PDFs, built in the background with its
 * progress readable while it runs: the EPCI whose main département it is
 * ({@link MainParent}: the one holding most of their inhabitants), one PDF each, rendered on a
 * small pool of {@value #THREADS} threads. A finished ZIP is kept (at most {@value #KEPT} départements)
 * while the stored data keep their versions ({@link KeptPerVersion}), so a second download is
 * immediate.
 * <p>
 * Thread-safe: the job map is only touched under this object's lock; a job's counters are atomic
 * and its result volatile.
 */
@Component
class EpciBundles {
    static final int THREADS = 2;
    static final int KEPT = 8;
    private static final Logger log = LoggerFactory.getLogger(EpciBundles.class);
    private final ReportService reports;
    private final ReportShapes shapes;
    private final ReportInputs inputs;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
        Thread t = new Thread(r, "report-zip");
        t.setDaemon(true);
        return t;
    });
    /** Jobs by département, dropped whole when any data a report reads changes. */
    private final KeptPerVersion<Map<String, Job>> kept;

    EpciBundles(ReportService reports, ReportShapes shapes, ReportInputs inputs, DataVersions versions) {
        this.reports = reports;
        this.shapes = shapes;
        this.inputs = inputs;
        this.kept = new KeptPerVersion<>(versions, DataKind.values());
    }

    private Map<String, Job> jobs() {
        return kept.get(LinkedHashMap::new);
    }

    /** A ZIP being built or built: how far it is, and the file once done. */
    static final class Job {
        final String departement;
        final List<String> epci;
        final AtomicInteger done = new AtomicInteger();
        final long started = System.nanoTime();
        private final byte[][] pdfs;
        volatile byte[] zip;
        volatile String error;
        volatile long millis;

        Job(String departement, List<String> epci) {
            this.departement = departement;
            this.epci = epci;
            this.pdfs = new byte[epci.size()][];
        }

        /** running, done or failed. */
        String state() {
            return error != null ? "failed" : zip != null ? "done" : "running";
        }
    }

    /** The job of {@code departement}: the running or finished one, else a new one started now. */
    Job start(String departement) {
        synchronized (this) {
            Map<String, Job> jobs = jobs();
            Job job = jobs.get(departement);
            if (job != null && job.error == null) {
                return job;
            }
            job = new Job(departement, epciOf(departement));
            jobs.remove(departement);
            jobs.put(departement, job);
            while (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
            submit(job);
            return job;
        }
    }

    /** The job of {@code departement} if one was started since the last import. */
    java.util.Optional<Job> job(String departement) {
        synchronized (this) {
            return java.util.Optional.ofNullable(jobs().get(departement));
        }
    }

    /**
     * The codes of the EPCI whose main département is {@code departement}, in code order.
     *
     * @throws NoSuchElementException for a département that is not stored
     */
    List<String> epciOf(String departement) {
        CommuneTable table = inputs.communes();
        if (!table.names(TerritoryLevel.DEPARTEMENT).containsKey(departement)) {
            throw new NoSuchElementException("no departement with code '" + departement + "'");
        }
        Map<String, List<TerritoryView.CommunePoint>> byEpci = new TreeMap<>();
        for (TerritoryView.CommunePoint c : table.points()) {
            if (c.epciCode() != null) {
                byEpci.computeIfAbsent(c.epciCode(), k -> new ArrayList<>()).add(c);
            }
        }
        List<String> codes = new ArrayList<>();
        byEpci.forEach((code, communes) -> {
            if (departement.equals(MainParent.of(communes, TerritoryLevel.DEPARTEMENT))) {
                codes.add(code);
            }
        });
        return codes;
    }

    private void submit(Job job) {
        if (job.epci.isEmpty()) {
            job.zip = zip(job);
            return;
        }
        AtomicInteger left = new AtomicInteger(job.epci.size());
        for (int i = 0; i < job.epci.size(); i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    if (job.error == null) {
                        TerritoryReport report = reports.report(TerritoryLevel.EPCI, job.epci.get(index));
                        job.pdfs[index] = ReportPdf.render(report, shapes.communes(report.subject()),
                                shapes.context(report));
                        job.done.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    job.error = "EPCI " + job.epci.get(index) + " : " + e.getMessage();
                    log.warn("ZIP of the EPCI reports of {} failed on EPCI {}", job.departement, job.epci.get(index), e);
                }
                if (left.decrementAndGet() == 0 && job.error == null) {
                    job.zip = zip(job);
                    job.millis = (System.nanoTime() - job.started) / 1_000_000;
                    log.info("ZIP of the {} EPCI reports of {} built in {} ms ({} kB)", job.epci.size(),
                            job.departement, job.millis, job.zip.length / 1024);
                }
            });
        }
    }

    private byte[] zip(Job job) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, String> names = inputs.communes().names(TerritoryLevel.EPCI);
            for (int i = 0; i < job.epci.size(); i++) {
                String code = job.epci.get(i);
                zip.putNextEntry(new ZipEntry("oasis-rapport-epci-" + code + "-" + slug(names.get(code)) + ".pdf"));
                zip.write(job.pdfs[i]);
                zip.closeEntry();
                job.pdfs[i] = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ZIP in memory", e);
        }
        return out.toByteArray();
    }

    /** "CA de Bar-le-Duc - Sud Meuse" → "ca-de-bar-le-duc-sud-meuse" (ASCII, safe in any archive tool). */
    static String slug(String name) {
        if (name == null) {
            return "epci";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "epci" : slug.substring(0, Math.min(slug.length(), 60));
    }
}
