package fr.oasis.report;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.locationtech.jts.geom.Geometry;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A territorial report as an A4 PDF, the document a mayor reads: page one with the name, the
 * level, a locator map (the territory in its département), the key-figure tiles and "En bref";
 * one theme per report section (a compact table Territoire | références | Écart with a small gap
 * bar, its charts and tables; accessibility as one row per profession); and a last page
 * "Méthode et sources" holding every note once, numbered, the sources with their millésime and
 * what is missing. "page X / Y" in every footer. An EPCI's report is 6 to 10 pages.
 * <p>
 * <b>How.</b> {@link ReportDocuments} turns the report into French text and PNG images
 * ({@link ReportChartImage}, {@link MapThumbnail}), the same document the HTML page shows; the print template
 * {@code report/print.xhtml} places them; OpenHTMLtoPDF lays the XHTML out on PDFBox with the
 * embedded {@link ReportFonts} face (subset), so every French glyph renders on any machine.
 * <p>
 * <b>Why a standalone Thymeleaf engine.</b> The template is markup a designer can read, and
 * Thymeleaf escapes every text. The engine is Spring's ({@link SpringTemplateEngine}, SpEL, the
 * same expressions as the page templates; plain Thymeleaf would need OGNL, which is not on the
 * classpath) but it is not the application's bean: that one renders HTML mode from
 * {@code templates/}, while OpenHTMLtoPDF needs well-formed XML, which XML mode guarantees, and a
 * private engine keeps this class a pure function callable from tests, benchmarks and batch
 * code without a Spring context.
 * <p>
 * <b>Safety.</b> Nothing is fetched while rendering: the only resources allowed are
 * {@code data:} URIs produced here; fonts come from the classpath.
 * <p>
 * Thread-safe: the template engine is thread-safe and each call builds its own renderer.
 */
public final class ReportPdf {
    /** Map thumbnail size in pixels (shown 58 mm wide: about 200 dpi). */
    static final int MAP_PIXELS = 460;

    private static final SpringTemplateEngine TEMPLATES = printTemplates("report/");
    /** Glyph metrics of the embedded font, read once for all renders (the store is a ConcurrentHashMap). */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    static {
        // OpenHTMLtoPDF logs every load and layout step at INFO through its own JUL loggers.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private ReportPdf() {
    }

    /**
     * Renders the report.
     *
     * @param report         the report, as built by the report service
     * @param subjectShapes  the polygons of {@code report.subject().mapCodes()} (communes), WGS84
     *                       lon/lat; null or empty for no map thumbnail
     * @param contextOutline drawn in grey behind the territory (its département), or null
     * @return the PDF file
     * @throws IllegalArgumentException when a chart or a shape cannot be drawn (the message names it)
     */
    public static byte[] render(TerritoryReport report, List<? extends Geometry> subjectShapes,
                                Geometry contextOutline) {
        return pdf(xhtml(ReportDocuments.of(report, locator(subjectShapes, contextOutline), true)));
    }

    /** The locator map as PNG, or null without shapes. */
    static byte[] locator(List<? extends Geometry> subjectShapes, Geometry contextOutline) {
        return subjectShapes == null || subjectShapes.stream().allMatch(g -> g == null || g.isEmpty())
                ? null : MapThumbnail.locator(subjectShapes, contextOutline, MAP_PIXELS, MAP_PIXELS);
    }

    /** The filled print template (XHTML), before layout. */
    static String xhtml(ReportDocument view) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("r", view);
        return TEMPLATES.process("print", context);
    }

    /**
     * Lays out any print XHTML with the report's embedded fonts and resource rules (only
     * {@code data:} URIs), for other printed documents such as a contract's yearly assessment.
     */
    public static byte[] layout(String xhtml) {
        return pdf(xhtml);
    }

    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Oasis");
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(latinFont(document, ReportFonts.regularBytes())), ReportFonts.FAMILY,
                    400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(latinFont(document, ReportFonts.boldBytes())), ReportFonts.FAMILY,
                    700, FontStyle.NORMAL, true);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the report PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The embedded font without glyph substitution (GSUB). French needs none, and PDFBox applies
     * it to every string it writes: it took over a third of the PDF's time in a profile, and a
     * ligature glyph has no Unicode mapping in a subset font, so "fi" or "ti" could vanish from the
     * text layer that search, copy and screen readers use.
     */
    private static PDType0Font latinFont(PDDocument document, byte[] ttf) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    /**
     * A private XML-mode template engine (see the class comment) reading {@code folder*.xhtml}
     * from the classpath, for print templates that {@link #layout} then lays out.
     */
    public static SpringTemplateEngine printTemplates(String folder) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ReportPdf.class.getClassLoader());
        resolver.setPrefix(folder);
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
