package fr.oasis.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * Times the report exports on the hand-built EPCI report (not a test: it prints, never asserts).
 * Run after {@code ./mvnw -q -o test-compile}:
 * <pre>
 * ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) fr.oasis.report.ReportExportBench [runs [report.json]]
 * </pre>
 * Each export is warmed up, then run {@code runs} times (default 10); the mean and the best are
 * printed with the mean CPU time of the rendering thread (every export is single-threaded), and
 * the parts of the PDF (map, charts, template, layout) are timed separately.
 */
public final class ReportExportBench {
    /** CPU time of the rendering thread: the machine is shared, so wall time alone overstates the cost. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private ReportExportBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        // A report saved from the API (curl /api/reports/epci/999000001 > demo.json) times a real-sized one.
        TerritoryReport report = args.length > 1 ? tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(java.nio.file.Path.of(args[1]).toFile(), TerritoryReport.class) : ReportFixtures.epci();
        List<Geometry> shapes = ReportFixtures.epciShapes();
        Geometry context = ReportFixtures.departementOutline();
        long cold = System.nanoTime();
        long coldCpu = THREADS.getCurrentThreadCpuTime();
        ReportPdf.render(report, shapes, context);
        System.out.printf(Locale.ROOT, "first PDF (cold JVM)   wall %8.1f ms   CPU %8.1f ms%n",
                (System.nanoTime() - cold) / 1e6, (THREADS.getCurrentThreadCpuTime() - coldCpu) / 1e6);

        time("PDF, full", runs, () -> ReportPdf.render(report, shapes, context));
        time("  locator map", runs, () -> ReportPdf.locator(shapes, context));
        time("  document (charts)", runs, () -> ReportDocuments.of(report, null, true));
        ReportDocument view = ReportDocuments.of(report, ReportPdf.locator(shapes, context), true);
        time("  template", runs, () -> ReportPdf.xhtml(view));
        String xhtml = ReportPdf.xhtml(view);
        time("  layout + PDF", runs, () -> ReportPdf.pdf(xhtml));
        time("XLSX", runs, () -> ReportWorkbook.render(report));
        time("CSV", runs, () -> ReportCsv.render(report));
        System.out.printf(Locale.ROOT, "sizes: PDF %d kB, XLSX %d kB, CSV %d B%n",
                ReportPdf.render(report, shapes, context).length / 1024, ReportWorkbook.render(report).length / 1024,
                ReportCsv.render(report).length);
    }

    private static void time(String what, int runs, Supplier<Object> task) {
        for (int i = 0; i < 3; i++) {
            task.get();
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        long cpu = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            task.get();
            cpu += THREADS.getCurrentThreadCpuTime() - startCpu;
            long elapsed = System.nanoTime() - start;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        System.out.printf(Locale.ROOT, "%-22s mean %8.1f ms   best %8.1f ms   CPU mean %8.1f ms   (%d runs)%n",
                what, total / 1e6 / runs, best / 1e6, cpu / 1e6 / runs, runs);
    }
}
