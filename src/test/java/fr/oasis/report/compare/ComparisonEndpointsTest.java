package fr.oasis.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import fr.oasis.demo.DemoLoader;
import fr.oasis.support.UsesH2;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The comparison over HTTP on the demonstration territory: access rules, bad selections, and
 * the exports holding exactly the numbers of the JSON answer.
 */
@UsesH2
@SpringBootTest
@AutoConfigureMockMvc
class ComparisonEndpointsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TerritoryQueries territories;
    @Autowired
    DemoLoader demo;
    String codes;
    List<String> epcis;

    @BeforeEach
    void demonstration() {
        fr.oasis.support.DemoInDatabase.ensureTerritory(demo, territories);
        epcis = new ArrayList<>(territories.names(TerritoryLevel.EPCI).keySet());
        Collections.sort(epcis);
        codes = String.join(",", epcis.subList(0, 3));
    }

    private static MockHttpServletRequestBuilder viewer(MockHttpServletRequestBuilder request) {
        return request.with(user("viewer").roles("VIEWER"));
    }

    private DocumentContext json() throws Exception {
        String body = mvc.perform(viewer(get("/api/compare").param("level", "epci").param("codes", codes)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.parse(body);
    }

    @Test
    void anonymousVisitorsAreSentAway() throws Exception {
        mvc.perform(get("/api/compare").param("codes", codes)).andExpect(status().isUnauthorized());
        for (String page : List.of("/reports/compare", "/reports/compare.csv", "/reports/compare.xlsx")) {
            mvc.perform(get(page).param("codes", codes)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void badSelectionsAreExplained() throws Exception {
        String thirteen = codes + ",1,2,3,4,5,6,7,8,9,10";
        mvc.perform(viewer(get("/api/compare").param("codes", thirteen))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(containsString("2 à 12 territoires (13 demandés)")));
        mvc.perform(viewer(get("/reports/compare.csv").param("codes", thirteen))).andExpect(status().isBadRequest());
        mvc.perform(viewer(get("/api/compare").param("codes", epcis.get(0) + ",123456789")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value(containsString("123456789")));
        mvc.perform(viewer(get("/reports/compare.xlsx").param("codes", epcis.get(0) + ",123456789")))
                .andExpect(status().isNotFound());
        mvc.perform(viewer(get("/api/compare").param("level", "region").param("codes", "44,11")))
                .andExpect(status().isBadRequest());
        mvc.perform(viewer(get("/reports/compare").param("codes", thirteen))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("13 demandés")));
        mvc.perform(viewer(get("/reports/compare").param("codes", epcis.get(0) + ",123456789")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("123456789")));
    }

    @Test
    void thePageShowsTheTableWithLinksRanksAndExports() throws Exception {
        DocumentContext json = json();
        String firstName = json.read("$.territories[0].name");
        mvc.perform(viewer(get("/reports/compare").param("level", "epci").param("codes", codes)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"compare-table\"")))
                .andExpect(content().string(containsString(firstName.replace("'", "&#39;"))))
                .andExpect(content().string(containsString("href=\"/reports/epci/" + epcis.get(0) + "\"")))
                .andExpect(content().string(containsString("/ 8")))
                .andExpect(content().string(containsString("class=\"best\"")))
                .andExpect(content().string(containsString("Région de démonstration")))
                .andExpect(content().string(containsString("données de démonstration")))
                .andExpect(content().string(containsString("/reports/compare.xlsx?level=epci&amp;codes=")))
                .andExpect(content().string(containsString("id=\"nav-compare\"")));
        mvc.perform(viewer(get("/reports/compare").param("codes", epcis.get(0)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ajoutez au moins deux territoires")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"compare-table\""))));
    }

    @Test
    void csvParsedBackHoldsTheJsonValues() throws Exception {
        DocumentContext json = json();
        byte[] bytes = mvc.perform(viewer(get("/reports/compare.csv").param("level", "epci").param("codes", codes)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("oasis-comparaison-epci.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"Identifiant\";\"Indicateur\"");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(text.substring(1))).getRecords();
        List<String> keys = json.read("$.rows[*].key");
        assertThat(records).hasSize(keys.size() + 2); // header, rows, ranking note
        for (int r = 0; r < keys.size(); r++) {
            CSVRecord line = records.get(r + 1);
            assertThat(line.get(0)).isEqualTo(keys.get(r));
            for (int t = 0; t < 3; t++) {
                Double expected = number(json.read("$.rows[" + r + "].cells[" + t + "].value"));
                String cell = line.get(4 + 2 * t);
                assertThat(cell.isEmpty() ? null : Double.valueOf(cell.replace(',', '.'))).as(keys.get(r) + " " + t)
                        .isEqualTo(expected);
                assertThat(line.get(5 + 2 * t)).isEqualTo(orEmpty(json.read("$.rows[" + r + "].cells[" + t + "].rankLabel")));
            }
            Double reference = number(json.read("$.rows[" + r + "].references[0]"));
            assertThat(line.get(10).isEmpty() ? null : Double.valueOf(line.get(10).replace(',', '.'))).isEqualTo(reference);
            assertThat(line.get(11)).contains((String) json.read("$.rows[" + r + "].source"));
            assertThat(line.get(12)).isEqualTo(String.valueOf((Integer) json.read("$.rows[" + r + "].millesime")));
        }
        assertThat(records.get(records.size() - 1).get(0)).startsWith("Rang parmi les EPCI");
    }

    @Test
    void xlsxCellsHoldTheJsonValues() throws Exception {
        DocumentContext json = json();
        byte[] bytes = mvc.perform(viewer(get("/reports/compare.xlsx").param("level", "epci").param("codes", codes)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> keys = json.read("$.rows[*].key");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Comparaison");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue())
                    .isEqualTo(json.read("$.territories[0].name") + " (" + epcis.get(0) + ")");
            for (int r = 0; r < keys.size(); r++) {
                Row row = sheet.getRow(r + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(keys.get(r));
                for (int t = 0; t < 3; t++) {
                    Double expected = number(json.read("$.rows[" + r + "].cells[" + t + "].value"));
                    assertThat(numeric(row.getCell(4 + 2 * t))).as(keys.get(r) + " " + t).isEqualTo(expected);
                }
                assertThat(numeric(row.getCell(10))).isEqualTo(number(json.read("$.rows[" + r + "].references[0]")));
                assertThat(numeric(row.getCell(12))).isEqualTo(((Integer) json.read("$.rows[" + r + "].millesime"))
                        .doubleValue());
            }
        }
    }

    private static Double numeric(Cell cell) throws IOException {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private static Double number(Object json) {
        return json == null ? null : ((Number) json).doubleValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
