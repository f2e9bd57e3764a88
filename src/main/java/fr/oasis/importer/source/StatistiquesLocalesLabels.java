package fr.oasis.importer.source;

import fr.oasis.importer.source.ObservatoireSeriesReader.SeriesIndicator;
import fr.oasis.indicator.store.Aggregation;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the column labels of an INSEE "Statistiques locales" export mean (the label without its
 * year): the indicator id, French label, unit and aggregation rule. {@link #KNOWN} lists the
 * labels of the exports Oasis uses (the Grand Est département export of
 * {@code ../shared/data/insee-statistiques-locales}); other labels get a derived id and a guessed
 * unit ("(en nombre)" = a count, summed; "Taux …" or "Part …" = a percentage, not aggregated; else
 * no unit, not aggregated), which the reader reports in a warning. Rates and medians are NONE: the
 * export has no numerators, so a wider territory's value is only the published one. Stateless.
 */
final class StatistiquesLocalesLabels {
    /** Label as INSEE writes it (spaces normalised), in file order of the Grand Est export. */
    static final Map<String, SeriesIndicator> KNOWN = known(
            count("Médecin généraliste (en nombre)", "bpegp", "Médecins généralistes (BPE)", "médecins"),
            none("Taux de pauvreté", "poverty", "Taux de pauvreté", "%"),
            count("Bassin de natation (en nombre)", "bpepools", "Bassins de natation (BPE)", "bassins"),
            count("Salles multisports (gymnases) (en nombre)", "bpegyms", "Salles multisports (BPE)", "salles"),
            count("Urgences (en nombre)", "bpeemergency", "Services d'urgences (BPE)", "services"),
            count("Infirmier (en nombre)", "bpenurses", "Infirmiers (BPE)", "infirmiers"),
            count("Pharmacie (en nombre)", "bpepharmacies", "Pharmacies (BPE)", "pharmacies"),
            count("Chirurgien dentiste (en nombre)", "bpedentists", "Chirurgiens-dentistes (BPE)", "dentistes"),
            none("Espérance de vie des femmes à la naissance", "lifewomen", "Espérance de vie des femmes à la naissance",
                    "ans"),
            none("Espérance de vie des hommes à la naissance", "lifemen", "Espérance de vie des hommes à la naissance",
                    "ans"),
            none("Médiane du niveau de vie", "livingmedian", "Médiane du niveau de vie", "€"),
            none("Densité de population (historique depuis 1876)", "popdensity", "Densité de population (INSEE)",
                    "hab./km²"),
            none("Taux brut de mortalité", "deathrate", "Taux brut de mortalité (état civil)", "‰"),
            none("Taux de mortalité standardisé des 0 à 64 ans", "mortality064",
                    "Taux de mortalité standardisé des 0 à 64 ans", "‰"),
            none("Part des diplômés d'un BAC+5 ou plus dans la pop. non scolarisée de 15 ans ou +", "diplbac5",
                    "Part des diplômés d'un bac+5 ou plus (15 ans ou plus non scolarisés)", "%"),
            none("Part des non ou peu diplômés dans la pop. non scolarisée de 15 ans ou +", "diplnone",
                    "Part des non ou peu diplômés (15 ans ou plus non scolarisés)", "%"),
            none("Part des diplômés d'un BAC+2 dans la pop. non scolarisée de 15 ans ou +", "diplbac2",
                    "Part des diplômés d'un bac+2 (15 ans ou plus non scolarisés)", "%"),
            none("Part des pers., dont le diplôme le plus élevé est un CAP ou un BEP, dans la pop. non scolarisée de 15"
                    + " ans ou +", "diplcapbep", "Part des diplômés d'un CAP ou BEP (15 ans ou plus non scolarisés)", "%"),
            none("Part des actifs occ 15 ans ou plus vélo pour travailler", "commutebike",
                    "Part des actifs occupés allant travailler à vélo", "%"),
            none("Part des actifs occ 15 ans ou plus voiture pour travailler", "commutecar",
                    "Part des actifs occupés allant travailler en voiture", "%"),
            none("Part des actifs occupés de 15 ans ou plus les transports en commun", "commutetransit",
                    "Part des actifs occupés allant travailler en transports en commun", "%"),
            count("Estimations de population", "popestimate", "Population (estimation INSEE au 1er janvier)", "hab."),
            // CartoSanté (same export shape), per territoire de vie-santé: density of GPs in private
            // practice, per 10,000 inhabitants, as CartoSanté computes it (not aggregable).
            none("Densité de généralistes lib.", "gpdensitytvs", "Densité de médecins généralistes libéraux (CartoSanté)",
                    "méd. pour 10 000 hab."));
    private static final Set<String> STOP_WORDS = Set.of("de", "des", "du", "la", "le", "les", "l", "d", "en", "et",
            "ou", "a", "au", "aux", "dans", "pour", "par", "un", "une", "nombre");

    private StatistiquesLocalesLabels() {
    }

    static boolean known(String label) {
        return KNOWN.containsKey(normalised(label));
    }

    /** The indicator of a label (without its year): the known one, else one derived from the words. */
    static SeriesIndicator indicator(String label) {
        String key = normalised(label);
        SeriesIndicator known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.endsWith("(en nombre)")) {
            return new SeriesIndicator(label, derivedId(key), key, "nombre", Aggregation.SUM, 1);
        }
        boolean share = lower.startsWith("taux") || lower.startsWith("part");
        return new SeriesIndicator(label, derivedId(key), key, share ? "%" : "", Aggregation.NONE, 1);
    }

    /** Lower-case ASCII letters and digits: the first four of each significant word, at most 32. */
    static String derivedId(String label) {
        String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                id.append(word, 0, Math.min(4, word.length()));
            }
        }
        String text = id.isEmpty() ? "indicator" : id.toString();
        return text.length() > 32 ? text.substring(0, 32) : text;
    }

    /** Runs of spaces as one: INSEE labels sometimes hold two. */
    private static String normalised(String label) {
        return label.strip().replaceAll("\\s+", " ");
    }

    private static SeriesIndicator count(String column, String id, String label, String unit) {
        return new SeriesIndicator(column, id, label, unit, Aggregation.SUM, 1);
    }

    private static SeriesIndicator none(String column, String id, String label, String unit) {
        return new SeriesIndicator(column, id, label, unit, Aggregation.NONE, 1);
    }

    private static Map<String, SeriesIndicator> known(SeriesIndicator... indicators) {
        Map<String, SeriesIndicator> map = new LinkedHashMap<>();
        List.of(indicators).forEach(i -> map.put(normalised(i.column()), i));
        return java.util.Collections.unmodifiableMap(map);
    }
}
