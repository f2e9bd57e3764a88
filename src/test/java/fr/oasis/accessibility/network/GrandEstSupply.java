package fr.oasis.accessibility.network;

import fr.oasis.importer.source.DecoupageCommuneReader;
import fr.oasis.tabular.DelimitedFile;
import fr.oasis.tabular.Dialect;
import fr.oasis.territory.record.CogCommune;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Population (decoupage-administratif, the COG's legal population) and BPE 2018 counts of one
 * equipment type (e.g. D201, general practitioners) per town hall of {@link GrandEstTownHalls},
 * from the real data folder. A BPE line on a commune merged since 2018 goes to the current
 * commune that absorbed it (its former codes, or the parent of an associated or delegated
 * commune); lines that match no town hall are counted in {@code unplaced}.
 */
record GrandEstSupply(double[] population, double[] count, int unplaced) {

    static GrandEstSupply read(Path data, GrandEstTownHalls halls, String equipment) throws Exception {
        List<CogCommune> communes = new DecoupageCommuneReader()
                .read(data.resolve("decoupage-administratif/communes_grand_est.json")).records();
        int n = halls.lon().length;
        double[] population = new double[n];
        Map<String, Integer> current = new HashMap<>(halls.index());
        for (CogCommune c : communes) {
            Integer i = halls.index().get(c.code());
            if (c.type() == CogCommune.Type.CURRENT && i != null) {
                population[i] = c.population() == null ? 0 : c.population();
                c.formerCodes().forEach(former -> current.putIfAbsent(former, i));
            }
        }
        for (CogCommune c : communes) {
            if (c.type() != CogCommune.Type.CURRENT && c.parentCode() != null && halls.index().containsKey(c.parentCode())) {
                current.putIfAbsent(c.code(), halls.index().get(c.parentCode()));
            }
        }
        double[] count = new double[n];
        int unplaced = 0;
        try (DelimitedFile csv = DelimitedFile.open(data.resolve("insee-bpe-2018-sante/bpe2018_sante_commune_grand_est.csv"),
                Dialect.SEMICOLON)) {
            csv.require("DEPCOM", "TYPEQU", "NB_EQUIP");
            int commune = csv.column("DEPCOM");
            int type = csv.column("TYPEQU");
            int number = csv.column("NB_EQUIP");
            while (csv.next()) {
                if (!csv.text(type).equals(equipment)) {
                    continue;
                }
                Integer i = current.get(csv.text(commune));
                if (i == null) {
                    unplaced += (int) csv.number(number);
                } else {
                    count[i] += csv.number(number);
                }
            }
        }
        return new GrandEstSupply(population, count, unplaced);
    }
}
