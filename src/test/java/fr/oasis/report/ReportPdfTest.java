package fr.oasis.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The printed report, read back with PDFBox: what a reader sees (text, pages, images, fonts),
 * checked on the hand-built EPCI report and on a hostile one. The EPCI PDF is also left in
 * {@code target/report-samples/} to be looked at.
 */
class ReportPdfTest {
    private static byte[] epciPdf;
    private static String epciText;

    @BeforeAll
    static void render() throws IOException {
        epciPdf = ReportPdf.render(ReportFixtures.epci(), ReportFixtures.epciShapes(),
                ReportFixtures.departementOutline());
        Files.createDirectories(Path.of("target/report-samples"));
        Files.write(Path.of("target/report-samples/epci.pdf"), epciPdf);
        epciText = text(epciPdf);
    }

    @Test
    void titleBlockNamesTheTerritoryTheLevelAndTheDate() {
        assertThat(epciText).contains(ReportFixtures.EPCI_NAME)
                .contains("Intercommunalité (EPCI) · SIREN 200067000 · 25 communes")
                .contains("Rapport établi le 12 mars 2025 à 14h05"); // 13:05 UTC is 14:05 in Paris
    }

    @Test
    void everyTableComparesWithTheReferencesByNameAndGivesTheGap() {
        assertThat(epciText).contains("Indicateur Territoire Bas-Rhin Grand Est Écart au département");
        // one compact table per theme with headline figures: demography, ages, households (care is empty,
        // practitioners has no density in this fixture), and the GP table of accessibility
        assertThat(occurrences(epciText, "Territoire Bas-Rhin Grand Est Écart au département")).isEqualTo(4);
    }

    @Test
    void figuresShowTheirValuesReferencesSourceAndMillesime() {
        assertThat(epciText)
                // a count has no gap: comparing an EPCI's population with a département's means nothing
                .contains("Population municipale (hab.) 24 512 1 140 939 5 562 651 —")
                .contains("Densité de population (hab./km²) 81,4 238 97,1 -66 %")
                // the note is called by its number; a negative reference keeps its sign; a rate's gap is in points
                .contains("Évolution annuelle moyenne 2015–2021 1 (%) 0,3 0,4 -0,1 -0,1 pt")
                .contains("APL aux médecins généralistes 3 (consultations/an/hab.) 2,87 3,41 3,12 -16 %")
                .contains("Source : INSEE, recensement de la population, millésime 2021")
                .contains("Source : DREES, SNIIRAM ; calcul Oasis (APL), millésime 2023");
    }

    @Test
    void secretAndMissingValuesShowADashNeverZero() {
        assertThat(epciText).contains("Taux de pauvreté 2 (%) Source : INSEE, Filosofi, millésime 2021 — 12,9 14,6 —")
                .contains("Taux de chômage des 15–64 ans (%) Source : INSEE, recensement de la population, millésime"
                        + " 2021 7,9 9,8 — -1,9 pt")
                .contains("Notes Taux de variation annuel moyen. Valeur couverte par le secret statistique.");
    }

    @Test
    void emptySectionKeepsItsTitleAndSaysWhy() {
        assertThat(epciText).contains("Recours aux soins et prévention Pas de donnée importée pour ce thème")
                .contains("Ce qui manque Recours aux soins et prévention : " + ReportFixtures.CARE_EMPTY);
    }

    @Test
    void summaryChartsTablesAndSourcesAreThere() {
        assertThat(epciText).contains("En bref")
                .contains("28,7 % des habitants ont ≥ 60 ans")
                .contains("secret statistique – « non diffusé »")
                .contains("Pyramide des âges", "Communes selon l’APL aux médecins généralistes",
                        "Professionnels pour 10 000 habitants")
                .contains("Professionnels par profession et classe d’âge")
                .contains("Profession < 40 ans 40–59 ans ≥ 60 ans Total")
                .contains("Chirurgiens-dentistes 2 4 — 7")
                .contains("Sages-femmes 1 1 0 2");
        String sources = epciText.substring(epciText.lastIndexOf("Sources"));
        assertThat(sources).contains("INSEE, recensement de la population, millésime 2021",
                "INSEE, Filosofi, millésime 2021", "DREES, SNIIRAM ; calcul Oasis (APL), millésime 2023",
                "ANS, RPPS, millésime 2024");
    }

    @Test
    void pagesAreA4AndNumberedXOfY() throws IOException {
        try (PDDocument doc = Loader.loadPDF(epciPdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isBetween(2, 6);
            for (int p = 1; p <= pages; p++) {
                assertThat(epciText).contains("page " + p + " / " + pages);
            }
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void mapAndChartsAreEmbeddedImages() throws IOException {
        assertThat(images(epciPdf)).isEqualTo(1 + 3); // thumbnail + pyramid, histogram, bar chart
        byte[] withoutMap = ReportPdf.render(ReportFixtures.epci(), List.of(), null);
        assertThat(images(withoutMap)).isEqualTo(3);
    }

    @Test
    void onlyTheEmbeddedFontIsUsed() throws IOException {
        try (PDDocument doc = Loader.loadPDF(epciPdf)) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSansCondensed");
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void hostileTextIsPrintedAsTextAndLongNamesWrap() throws IOException {
        TerritoryReport hostile = ReportFixtures.hostile();
        String xhtml = ReportPdf.xhtml(ReportDocuments.of(hostile, null, true));
        assertThat(xhtml).doesNotContain("<script>").doesNotContain("<b>gras")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        byte[] pdf = ReportPdf.render(hostile, null, null);
        String text = text(pdf);
        assertThat(text).contains("<script>alert('x')</script> & <b>gras</b>")
                .contains(ReportFixtures.HOSTILE_FORMULA)
                .contains("xxxxxxxxxxxxxxxxxxxx");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(1, 12); // 3,000 characters wrap, not run off the page
        }
    }

    @Test
    void nothingOutsideTheDocumentIsFetched(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path png = tmp.resolve("outside.png");
        Files.write(png, MapThumbnail.png(List.of(ReportFixtures.square(7, 48, 0.1)), null, 20, 20));
        String base64 = java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p><img src=\"%s\"/></body></html>";
        assertThat(images(ReportPdf.pdf(page.formatted("data:image/png;base64," + base64)))).isEqualTo(1);
        assertThat(images(ReportPdf.pdf(page.formatted(png.toUri())))).isZero(); // a file: URI is refused
    }

    /** Extracted text with every run of white space as one space, so that wrapped cells still match. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\\u00A0\\u202F]+", " ");
        }
    }

    private static int images(byte[] pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
