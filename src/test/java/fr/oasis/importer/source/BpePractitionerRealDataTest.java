package fr.oasis.importer.source;

import fr.oasis.importer.record.PractitionerRecord;
import fr.oasis.support.RealData;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Opt-in ({@code -Doasis.acceptance=true}): the real Grand Est BPE 2018 file against SOURCES.md. */
class BpePractitionerRealDataTest {

    @Test
    void grandEstGeneralPractitionersMatchPublishedTotals() {
        var file = RealData.folder().resolve("insee-bpe-2018-sante/bpe2018_sante_commune_grand_est.csv");
        BpePractitionerReader reader = new BpePractitionerReader();
        assertThat(reader.canRead(file)).isTrue();

        ReadResult<PractitionerRecord> result = reader.read(file);

        assertThat(result.itemsRead()).isEqualTo(11_126);
        assertThat(result.vintage()).isEqualTo(2018);
        Map<String, Long> byProfession = result.records().stream()
                .collect(Collectors.groupingBy(PractitionerRecord::professionKey, Collectors.counting()));
        assertThat(byProfession).containsEntry("MG", 5_108L).containsEntry("CD", 3_349L).containsEntry("SF", 575L)
                .containsEntry("INF", 6_941L).containsEntry("MK", 5_085L).containsEntry("PHARMA", 1_831L);
        Map<String, Long> gpByDepartement = result.records().stream().filter(r -> r.professionKey().equals("MG"))
                .collect(Collectors.groupingBy(r -> r.communeCode().substring(0, 2), TreeMap::new,
                        Collectors.counting()));
        assertThat(gpByDepartement).containsExactly(Map.entry("08", 240L), Map.entry("10", 220L),
                Map.entry("51", 518L), Map.entry("52", 154L), Map.entry("54", 740L), Map.entry("55", 156L),
                Map.entry("57", 856L), Map.entry("67", 1_245L), Map.entry("68", 656L), Map.entry("88", 323L));
    }
}
