package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.Stop;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the four service CSV formats (UTF-8, comma-separated, header line; see
 * {@code docs/services.md}), each recognised by its exact header, and checks them together:
 * codes unique, kinds from their lists, communes stored, coordinates in range, 1 to 40
 * half-days a month per stop, every stop on a unit of the files. Every problem is French and
 * names the file, the line and the field; any problem refuses all files.
 * Not thread-safe: one instance per import.
 */
final class ServiceFiles {
    static final List<String> SITES = List.of("code", "nom", "type", "commune", "lon", "lat", "horaires", "professions",
            "gestionnaire");
    static final List<String> UNITS = List.of("code", "nom", "type", "operateur");
    static final List<String> STOPS = List.of("unite", "commune", "lieu", "demi_journees_par_mois", "horaires");
    static final List<String> INITIATIVES = List.of("code", "titre", "type", "date", "commune", "lieu", "public_touche");
    static final Set<String> SITE_KINDS = Set.of("cabine", "pharmacie", "ehpad", "salle-msp", "autre");
    static final Set<String> UNIT_KINDS = Set.of("bus-dentaire", "medicobus", "equipe-mobile", "bus-france-services",
            "autre");
    static final Set<String> INITIATIVE_KINDS = Set.of("depistage", "forum", "prevention", "autre");
    private static final int MAX_PROBLEMS = 100;

    private final Predicate<String> communeExists;
    private final String source;
    private final boolean demo;
    private final List<String> problems = new ArrayList<>();
    private final List<TeleconsultationSite> sites = new ArrayList<>();
    private final Map<String, String[]> units = new LinkedHashMap<>();
    private final Map<String, List<Stop>> stops = new LinkedHashMap<>();
    private final List<Initiative> initiatives = new ArrayList<>();

    ServiceFiles(Predicate<String> communeExists, String source, boolean demo) {
        this.communeExists = communeExists;
        this.source = source;
        this.demo = demo;
    }

    /** @throws InvalidServicesException listing every problem (up to 100) */
    Outreach.Catalogue read(List<Path> files) {
        for (Path file : files) {
            readFile(file);
        }
        stops.forEach((unit, list) -> {
            if (!units.containsKey(unit)) {
                problems.add("arrêts de l'unité « " + unit + " » : aucune unité mobile de ce code dans les fichiers");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidServicesException(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
        }
        List<MobileUnit> mobile = units.entrySet().stream().map(e -> new MobileUnit(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], stops.getOrDefault(e.getKey(), List.of()), source, demo)).toList();
        return new Outreach.Catalogue(sites, mobile, initiatives);
    }

    private void readFile(Path file) {
        String name = file.getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            List<String> expected = header.contains("demi_journees_par_mois") || header.contains("unite") ? STOPS
                    : header.contains("titre") ? INITIATIVES : header.contains("lon") ? SITES
                    : header.contains("operateur") ? UNITS : null;
            if (expected == null || !header.equals(expected)) {
                problems.add("fichier « " + name + " », ligne 1 : en-tête " + header + " non reconnu ; les formats sont "
                        + "sites de téléconsultation " + SITES + ", unités mobiles " + UNITS + ", arrêts " + STOPS
                        + ", initiatives " + INITIATIVES + " (ne renommez pas les colonnes)");
                return;
            }
            for (CSVRecord rec : parser) {
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                Line line = new Line(name, rec);
                if (rec.size() != expected.size()) {
                    problems.add(line.where("") + expected.size() + " valeurs attendues, " + rec.size() + " trouvées");
                    continue;
                }
                if (expected == SITES) {
                    site(line);
                } else if (expected == UNITS) {
                    unit(line);
                } else if (expected == STOPS) {
                    stop(line);
                } else {
                    initiative(line);
                }
                if (problems.size() > MAX_PROBLEMS) {
                    return;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add("fichier « " + name + " » illisible (UTF-8 et CSV séparé par des virgules attendus) : "
                    + e.getMessage());
        }
    }

    private void site(Line l) {
        String code = l.code();
        double lon = l.number("lon", -180, 180);
        double lat = l.number("lat", -90, 90);
        sites.add(new TeleconsultationSite(code, l.required("nom"), l.kind(SITE_KINDS), l.commune("commune"), lon, lat,
                l.optional("horaires"), l.optional("professions"), l.optional("gestionnaire"), source, demo));
        if (sites.stream().filter(s -> s.code().equals(code)).count() > 1) {
            problems.add(l.where("code") + "code « " + code + " » en double");
        }
    }

    private void unit(Line l) {
        String code = l.code();
        if (units.put(code, new String[] {l.required("nom"), l.kind(UNIT_KINDS), l.optional("operateur")}) != null) {
            problems.add(l.where("code") + "code « " + code + " » en double");
        }
    }

    private void stop(Line l) {
        int halfDays = (int) l.number("demi_journees_par_mois", 1, Outreach.MAX_HALF_DAYS_PER_MONTH);
        stops.computeIfAbsent(l.required("unite"), k -> new ArrayList<>()).add(new Stop(l.commune("commune"),
                l.optional("lieu"), halfDays, l.optional("horaires")));
    }

    private void initiative(Line l) {
        String code = l.code();
        LocalDate date = null;
        try {
            date = LocalDate.parse(l.required("date"));
        } catch (DateTimeParseException e) {
            problems.add(l.where("date") + "« " + l.value("date") + " » n'est pas une date AAAA-MM-JJ");
        }
        String reached = l.optional("public_touche");
        Integer count = reached == null ? null : (int) l.number("public_touche", 0, 10_000_000);
        initiatives.add(new Initiative(code, l.required("titre"), l.kind(INITIATIVE_KINDS), date, l.commune("commune"),
                l.optional("lieu"), count, source, demo));
        if (initiatives.stream().filter(i -> i.code().equals(code)).count() > 1) {
            problems.add(l.where("code") + "code « " + code + " » en double");
        }
    }

    /** One data line, located as "fichier « f », ligne N, champ « c » : ". */
    private final class Line {
        private final String file;
        private final CSVRecord rec;

        Line(String file, CSVRecord rec) {
            this.file = file;
            this.rec = rec;
        }

        String where(String field) {
            return "fichier « " + file + " », ligne " + (rec.getRecordNumber() + 1)
                    + (field.isEmpty() ? "" : ", champ « " + field + " »") + " : ";
        }

        String value(String field) {
            return rec.get(field).strip();
        }

        String optional(String field) {
            String v = value(field);
            if (v.length() > 300) {
                problems.add(where(field) + v.length() + " caractères, au plus 300");
            }
            return v.isEmpty() ? null : v;
        }

        String required(String field) {
            String v = optional(field);
            if (v == null) {
                problems.add(where(field) + "valeur obligatoire");
            }
            return v;
        }

        String code() {
            String v = value("code");
            if (!v.matches("[\\p{L}\\p{N}._-]{1,40}")) {
                problems.add(where("code") + "« " + v + " » : 1 à 40 lettres, chiffres, points, tirets");
            }
            return v;
        }

        String kind(Set<String> kinds) {
            String v = value("type");
            if (!kinds.contains(v)) {
                problems.add(where("type") + "« " + v + " » n'est pas dans la liste " + new java.util.TreeSet<>(kinds));
            }
            return v;
        }

        String commune(String field) {
            String v = value(field);
            if (!communeExists.test(v)) {
                problems.add(where(field) + "commune « " + v + " » inconnue des territoires chargés");
            }
            return v;
        }

        double number(String field, double min, double max) {
            String v = value(field);
            try {
                double d = Double.parseDouble(v);
                if (!(d >= min && d <= max)) {
                    problems.add(where(field) + v + (field.equals("demi_journees_par_mois") ? " demi-journées par mois, "
                            + "de " + (int) min + " à " + (int) max + " attendues" : " hors de " + min + " à " + max));
                }
                return d;
            } catch (NumberFormatException e) {
                problems.add(where(field) + "« " + v + " » n'est pas un nombre (point décimal)");
                return 0;
            }
        }
    }
}
