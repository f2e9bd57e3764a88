package fr.oasis.accessibility.network;

import fr.oasis.importer.source.ChefLieuGeoJsonReader;
import fr.oasis.importer.source.DecoupageCommuneReader;
import fr.oasis.territory.record.CogCommune;
import fr.oasis.territory.record.ReferencePoint;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IGN town-hall points (chef-lieu) of the 2026 communes of Grand Est, from the real data
 * folder, as the road acceptance tests route them: {@code index} maps an INSEE code to its
 * position in {@code lon}/{@code lat}.
 */
record GrandEstTownHalls(Map<String, Integer> index, double[] lon, double[] lat) {

    static GrandEstTownHalls read(Path data) {
        Set<String> current = new DecoupageCommuneReader().read(data.resolve("decoupage-administratif/communes_grand_est.json"))
                .records().stream().filter(c -> c.type() == CogCommune.Type.CURRENT).map(CogCommune::code)
                .collect(Collectors.toSet());
        List<ReferencePoint> points = new ChefLieuGeoJsonReader()
                .read(data.resolve("chefs-lieux-comhisto/cheflieu_grand_est.geojson")).records().stream()
                .filter(p -> current.contains(p.communeCode())).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            index.put(points.get(i).communeCode(), i);
        }
        return new GrandEstTownHalls(index, points.stream().mapToDouble(ReferencePoint::lon).toArray(),
                points.stream().mapToDouble(ReferencePoint::lat).toArray());
    }
}
