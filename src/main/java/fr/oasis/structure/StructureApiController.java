package fr.oasis.structure;

import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/structures}: the stored care-structure types with their totals, source and
 * millésime; {@code /api/structures/layer}: the structures as GeoJSON points for the map. BPE
 * counts are one point per commune and type at the commune's reference point, with the count and
 * {@code atCommunePoint: true} (a commune-level location, not an address); FINESS hospitals are
 * at their own coordinates. Any signed-in role.
 */
@RestController
@RequestMapping("/api/structures")
class StructureApiController {
    private final StructureQueries structures;
    private final Communes communes;

    StructureApiController(StructureQueries structures, Communes communes) {
        this.structures = structures;
        this.communes = communes;
    }

    @GetMapping
    List<StructureView.TypeSummary> summary() {
        return structures.summary();
    }

    /** @param type optional type keys, comma-separated ({@code msp,emergency}); all by default */
    @GetMapping("/layer")
    Map<String, Object> layer(@RequestParam(required = false) List<String> type) {
        java.util.Set<StructureType> wanted = type == null || type.isEmpty()
                ? java.util.EnumSet.allOf(StructureType.class)
                : type.stream().map(StructureType::fromKey).collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(StructureType.class)));
        Map<String, TerritoryView.CommunePoint> points = communes.table().byCode();
        List<Map<String, Object>> features = new ArrayList<>();
        for (StructureSite s : structures.sites()) {
            if (!wanted.contains(s.type())) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", s.type().key());
            p.put("typeLabel", s.type().label());
            p.put("count", s.count());
            p.put("commune", s.communeCode());
            TerritoryView.CommunePoint point = points.get(s.communeCode());
            p.put("communeName", point == null ? null : point.name());
            p.put("atCommunePoint", s.atCommunePoint());
            p.put("name", s.name());
            p.put("facilityType", s.facilityType());
            p.put("finess", s.finess());
            p.put("source", s.source());
            p.put("millesime", s.millesime());
            p.put("demo", s.demo());
            features.add(Map.of("type", "Feature", "geometry", Map.of("type", "Point", "coordinates",
                    List.of(s.lon(), s.lat())), "properties", p));
        }
        return Map.of("type", "FeatureCollection", "types", structures.summary(), "features", features);
    }
}
