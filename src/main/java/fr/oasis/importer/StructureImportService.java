package fr.oasis.importer;

import fr.oasis.importer.problem.ImportException;
import fr.oasis.structure.StructureRecord;
import fr.oasis.structure.StructureSite;
import fr.oasis.structure.StructureStore;
import fr.oasis.structure.StructureType;
import fr.oasis.territory.CommuneTable;
import fr.oasis.territory.Communes;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import fr.oasis.territory.TerritoryRecord;
import fr.oasis.territory.TerritoryView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Service;

/**
 * Places the care structures a manifest brings on the stored communes, in the manifest's
 * transaction: BPE counts by their commune code, re-keyed from an older COG through the one
 * resolver ({@link TerritoryQueries#communeResolver()}: 08079, 67014 of the BPE 2018) and drawn at
 * the commune's reference point; FINESS hospitals by the stored commune whose contour contains
 * their point. Counts of unknown commune codes and hospitals outside every stored commune are
 * excluded, counted and listed in the report (a file of a wider territory is not an error). The
 * structures of the types a source brings replace the stored ones of those types
 * ({@link StructureStore#replace}). Stateless.
 */
@Service
public class StructureImportService {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private final TerritoryQueries territories;
    private final Communes communes;
    private final StructureStore store;
    private final StandaloneImport standalone;

    StructureImportService(TerritoryQueries territories, Communes communes, StructureStore store,
                           StandaloneImport standalone) {
        this.territories = territories;
        this.communes = communes;
        this.store = store;
        this.standalone = standalone;
    }

    /**
     * Imports care structures outside a manifest (the demonstration), in one transaction of its
     * own, audited; a failure changes nothing.
     */
    public ImportReport importStructures(List<Input> inputs, String username) {
        return standalone.run(username, "care structures: " + inputs.stream().map(Input::source).distinct().toList(),
                fr.oasis.provenance.DataKind.STRUCTURES, report -> store(inputs, report));
    }

    /**
     * One source of a manifest, read.
     *
     * @param types the types the source's format carries (all of them are replaced, even with no row)
     */
    public record Input(String source, int millesime, boolean demo, Set<StructureType> types, List<StructureRecord> records) {
    }

    void store(List<Input> inputs, ImportReport report) {
        CommuneTable table = communes.table();
        CommuneKeys keys = CommuneKeys.of(territories, "care-structures", table.byCode()::containsKey);
        Locator locator = null;
        Set<StructureType> types = EnumSet.noneOf(StructureType.class);
        List<StructureSite> sites = new ArrayList<>();
        TreeSet<String> outside = new TreeSet<>();
        TreeSet<String> outsideFiles = new TreeSet<>();
        long excludedCounts = 0;
        for (Input input : inputs) {
            for (StructureType t : input.types()) {
                if (!types.add(t)) {
                    throw ImportException.of("care-structures", "", "type", "two sources bring " + t.pluralLabel()
                            + ": one manifest names one source per type");
                }
            }
            for (StructureRecord r : input.records()) {
                if (r.communeCode() != null) {
                    Optional<String> current = keys.current(r.communeCode(), r.origin());
                    if (current.isEmpty()) {
                        excludedCounts += r.count();
                        continue;
                    }
                    TerritoryView.CommunePoint point = table.byCode().get(current.get());
                    sites.add(new StructureSite(r.type(), point.code(), r.count(), point.lon(), point.lat(), true,
                            null, null, null, input.source(), input.millesime(), input.demo()));
                } else {
                    locator = locator == null ? new Locator(territories.all(TerritoryLevel.COMMUNE)) : locator;
                    String commune = locator.communeAt(r.lon(), r.lat());
                    if (commune == null || !table.byCode().containsKey(commune)) {
                        outside.add(r.finess() + " " + r.name());
                        outsideFiles.add(ImportReport.fileOf(r.origin()));
                        continue;
                    }
                    sites.add(new StructureSite(r.type(), commune, r.count(), r.lon(), r.lat(), false, r.name(),
                            r.facilityType(), r.finess(), input.source(), input.millesime(), input.demo()));
                }
            }
        }
        store.replace(types, sites);
        for (StructureType t : types) {
            report.count("care structures stored: " + t.key(), sites.stream().filter(s -> s.type() == t)
                    .mapToLong(StructureSite::count).sum());
        }
        keys.report(report, "care structure counts", "care structure");
        report.count("care structures excluded (commune code not stored)", excludedCounts);
        report.count("hospitals excluded (point outside every stored commune)", outside.size());
        report.unmatched("hospitals outside every stored commune (FINESS number and name)", List.copyOf(outside),
                outsideFiles);
    }

    /** Which stored commune contains a point: an R-tree of the contours' envelopes, then an exact test. */
    private static final class Locator {
        private final STRtree index = new STRtree();

        Locator(List<TerritoryRecord> communes) {
            for (TerritoryRecord c : communes) {
                if (c.geometry() != null) {
                    index.insert(c.geometry().getEnvelopeInternal(),
                            new Object[] {c.code(), PreparedGeometryFactory.prepare(c.geometry())});
                }
            }
            index.build();
        }

        String communeAt(double lon, double lat) {
            Point p = GEOMETRY.createPoint(new Coordinate(lon, lat));
            String found = null;
            for (Object o : index.query(p.getEnvelopeInternal())) {
                Object[] entry = (Object[]) o;
                if (((PreparedGeometry) entry[1]).covers(p)) {
                    // On a shared border the smaller code wins, so the answer does not depend on the index.
                    String code = (String) entry[0];
                    found = found == null || code.compareTo(found) < 0 ? code : found;
                }
            }
            return found;
        }
    }
}
