package fr.oasis.gis;

import fr.oasis.territory.TerritoryLevel;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The collections of the OGC API: one per territory level (the grouping levels, TVS, CPTS...,
 * listed only while some group of theirs is stored), and the practitioners. Ids are part of the
 * public interface (QGIS projects store them): never rename one.
 *
 * @param level the territory level, null for {@link #PRACTITIONERS}
 */
enum OgcCollection {
    COMMUNES("communes", TerritoryLevel.COMMUNE, "Communes",
            "Contours des communes et indicateurs d'accès aux soins du catalogue Oasis"),
    EPCI("epci", TerritoryLevel.EPCI, "Intercommunalités (EPCI)",
            "Contours des EPCI et indicateurs agrégés de leurs communes"),
    DEPARTEMENTS("departements", TerritoryLevel.DEPARTEMENT, "Départements",
            "Contours des départements et indicateurs agrégés de leurs communes"),
    REGIONS("regions", TerritoryLevel.REGION, "Régions", "Contours des régions et indicateurs agrégés"),
    TVS("tvs", TerritoryLevel.TVS, "Territoires de vie-santé", grouping("des territoires de vie-santé")),
    CPTS("cpts", TerritoryLevel.CPTS, "CPTS", grouping("des communautés professionnelles territoriales de santé")),
    CLS("cls", TerritoryLevel.CLS, "Contrats locaux de santé", grouping("des contrats locaux de santé")),
    PETR("petr", TerritoryLevel.PETR, "PETR", grouping("des pôles d'équilibre territorial et rural")),
    BASSINS_VIE("bassin_vie", TerritoryLevel.BASSIN_VIE, "Bassins de vie", grouping("des bassins de vie")),
    PERIMETRES("perimetre", TerritoryLevel.PERIMETRE, "Périmètres", grouping("des périmètres saisis")),
    PRACTITIONERS("practitioners", null, "Professionnels de santé libéraux",
            "Lieux d'exercice du dernier millésime importé : profession, commune, classe d'âge ; sans identité");

    private final String id;
    private final TerritoryLevel level;
    private final String title;
    private final String description;

    OgcCollection(String id, TerritoryLevel level, String title, String description) {
        this.id = id;
        this.level = level;
        this.title = title;
        this.description = description;
    }

    String id() {
        return id;
    }

    TerritoryLevel level() {
        return level;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    private static String grouping(String whose) {
        return "Contours " + whose + " (dissous des communes membres) et indicateurs agrégés de leurs communes"
                + " selon la règle de chaque indicateur";
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(OgcCollection::id).toList();
    }

    /** @throws NoSuchElementException naming the parameter and the known ids */
    static OgcCollection fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("collectionId: unknown collection '" + id
                        + "' (expected one of " + String.join(", ", ids()) + ")"));
    }
}
