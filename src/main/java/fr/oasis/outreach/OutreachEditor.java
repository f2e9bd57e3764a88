package fr.oasis.outreach;

import fr.oasis.outreach.Outreach.Initiative;
import fr.oasis.outreach.Outreach.MobileUnit;
import fr.oasis.outreach.Outreach.TeleconsultationSite;
import fr.oasis.provenance.DataKind;
import fr.oasis.provenance.DataVersions;
import fr.oasis.provenance.ImportCompleted;
import fr.oasis.security.SecurityAudit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates, changes and deletes one service at a time (a teleconsultation site, a mobile unit with
 * its stops, an initiative) for the portal's forms and the JSON API. ANALYSTs and ADMINs only
 * (French 403 otherwise). Each change is checked by {@link ServiceRules} (nothing stored when one
 * fails: every problem named by field), stored in one transaction that moves the
 * {@link DataKind#SERVICES} data version (so the map, the reports and other instances show it at
 * once), audited in {@code outreach_change} with the item before and after as JSON and as one line
 * of the security audit log, then announced ({@link ImportCompleted}) so that the APL is recomputed
 * when mobile units count as supply. Thread-safe.
 */
@Service
public class OutreachEditor {
    static final String PORTAL_SOURCE = "saisie dans le portail Oasis";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final OutreachStore store;
    private final OutreachCatalogue catalogue;
    private final DataVersions versions;
    private final TransactionTemplate transactions;
    private final SecurityAudit audit;
    private final ApplicationEventPublisher events;

    OutreachEditor(OutreachStore store, OutreachCatalogue catalogue, DataVersions versions,
                   TransactionTemplate transactions, SecurityAudit audit, ApplicationEventPublisher events) {
        this.store = store;
        this.catalogue = catalogue;
        this.versions = versions;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
    }

    /** Whether {@code user} may change services: an ANALYST or an ADMIN. */
    public static boolean canEdit(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority())
                || "ROLE_ANALYST".equals(a.getAuthority()));
    }

    /**
     * Stores a new item ({@code code} null) or replaces item {@code code} of {@code kind}.
     *
     * @param fields the form's fields (CSV column names: {@code code}, {@code nom}, {@code type}…)
     * @param stops  for a unit, its stops' fields ({@code commune}, {@code lieu},
     *               {@code demi_journees_par_mois}, {@code horaires}); blank rows are ignored
     * @return the stored item
     * @throws InvalidServicesException every problem, naming the field (and the stop)
     * @throws NoSuchElementException   for an unknown {@code code}
     * @throws AccessDeniedException    for a VIEWER
     */
    public Object save(ServiceRow.Kind kind, String code, Map<String, String> fields,
                       List<Map<String, String>> stops, Authentication user) {
        requireEditor(user);
        String type = code == null ? "CREATED" : "UPDATED";
        Change change = transactions.execute(status -> {
            Object before = code == null ? null : find(kind, code).orElseThrow(() -> unknown(kind, code));
            Object after = checked(kind, code, fields, stops, before);
            if (code == null && find(kind, codeOf(after)).isPresent()) {
                throw new InvalidServicesException(List.of("champ « code » : le code « " + codeOf(after)
                        + " » est déjà celui d'un(e) autre " + label(kind)));
            }
            List<String> lines = ServiceDiff.lines(before, after);
            if (before != null && lines.isEmpty()) {
                return new Change(after, lines);
            }
            if (before != null) {
                store.delete(kind, code);
            }
            insert(after);
            versions.bump(DataKind.SERVICES);
            store.recordChange(user.getName(), type, kind, codeOf(after), String.join("\n", lines), json(before),
                    json(after));
            return new Change(after, lines);
        });
        if (!change.lines().isEmpty()) {
            announce(user, "SERVICE_" + type, kind, codeOf(change.item()), change.lines().size());
        }
        return change.item();
    }

    /** Deletes item {@code code} (a unit with its stops). */
    public void delete(ServiceRow.Kind kind, String code, Authentication user) {
        requireEditor(user);
        transactions.executeWithoutResult(status -> {
            Object before = find(kind, code).orElseThrow(() -> unknown(kind, code));
            store.delete(kind, code);
            versions.bump(DataKind.SERVICES);
            store.recordChange(user.getName(), "DELETED", kind, code, label(kind) + " supprimé(e) : " + code,
                    json(before), null);
        });
        announce(user, "SERVICE_DELETED", kind, code, 1);
    }

    /** The stored item of {@code kind} and {@code code}, if any. */
    public java.util.Optional<Object> find(ServiceRow.Kind kind, String code) {
        Outreach.Catalogue all = catalogue.all();
        List<?> items = switch (kind) {
            case SITE -> all.sites();
            case UNIT -> all.units();
            case INITIATIVE -> all.initiatives();
            case STOP -> throw new IllegalArgumentException("a stop is changed with its unit");
        };
        return items.stream().filter(i -> codeOf(i).equals(code)).map(i -> (Object) i).findFirst();
    }

    /** The audited changes made in the portal and the API, newest first. */
    public List<OutreachChange> changes(int limit) {
        return store.changes(limit);
    }

    /** French name of a kind, for messages and pages. */
    public static String label(ServiceRow.Kind kind) {
        return switch (kind) {
            case SITE -> "site de téléconsultation";
            case UNIT -> "unité mobile";
            case STOP -> "arrêt";
            case INITIATIVE -> "initiative";
        };
    }

    private Object checked(ServiceRow.Kind kind, String code, Map<String, String> fields,
                           List<Map<String, String>> stops, Object before) {
        Map<String, String> values = new java.util.LinkedHashMap<>(fields);
        List<String> problems = new ArrayList<>();
        if (code != null) {
            String given = values.getOrDefault("code", "").strip();
            if (!given.isEmpty() && !given.equals(code)) {
                problems.add("champ « code » : le code d'un(e) " + label(kind) + " ne se modifie pas (« " + code
                        + " ») ; supprimez et créez-en un(e) autre");
            }
            values.put("code", code);
        }
        String source = before == null ? PORTAL_SOURCE : edited(sourceOf(before));
        boolean demo = before != null && demoOf(before);
        ServiceRules rules = new ServiceRules(catalogue.communes(), problems);
        Object item = switch (kind) {
            case SITE -> rules.site(ServiceForms.row(kind, 0, values), source, demo);
            case INITIATIVE -> rules.initiative(ServiceForms.row(kind, 0, values), source, demo);
            case UNIT -> {
                ServiceRules.UnitHead head = rules.unit(ServiceForms.row(kind, 0, values));
                List<Outreach.Stop> list = ServiceForms.stopRows(head.code(), stops == null ? List.of() : stops)
                        .stream().map(rules::stop).toList();
                MobileUnit unit = new MobileUnit(head.code(), head.name(), head.kind(), head.operator(), list, source,
                        demo);
                ServiceRows.checkTotal(unit, problems);
                yield unit;
            }
            case STOP -> throw new IllegalArgumentException("a stop is changed with its unit");
        };
        if (!problems.isEmpty()) {
            throw new InvalidServicesException(problems);
        }
        return item;
    }

    private void insert(Object item) {
        if (item instanceof TeleconsultationSite s) {
            store.insert(s);
        } else if (item instanceof MobileUnit u) {
            store.insert(u);
        } else {
            store.insert((Initiative) item);
        }
    }

    private void announce(Authentication user, String type, ServiceRow.Kind kind, String code, int changes) {
        audit.record(user.getName(), type, label(kind) + " " + code + " : " + changes + " modification(s)", null);
        events.publishEvent(new ImportCompleted(DataKind.SERVICES));
    }

    private static void requireEditor(Authentication user) {
        if (!canEdit(user)) {
            throw new AccessDeniedException("seuls les analystes et les administrateurs modifient les services "
                    + "(votre rôle permet la lecture seule)");
        }
    }

    private static NoSuchElementException unknown(ServiceRow.Kind kind, String code) {
        return new NoSuchElementException("aucun(e) " + label(kind) + " de code « " + code + " »");
    }

    static String codeOf(Object item) {
        return item instanceof TeleconsultationSite s ? s.code() : item instanceof MobileUnit u ? u.code()
                : ((Initiative) item).code();
    }

    private static String sourceOf(Object item) {
        return item instanceof TeleconsultationSite s ? s.source() : item instanceof MobileUnit u ? u.source()
                : ((Initiative) item).source();
    }

    private static boolean demoOf(Object item) {
        return item instanceof TeleconsultationSite s ? s.demo() : item instanceof MobileUnit u ? u.demo()
                : ((Initiative) item).demo();
    }

    private static String edited(String source) {
        return source.contains("dans le portail") ? source
                : (source + " ; modifié dans le portail").length() > 200 ? PORTAL_SOURCE
                : source + " ; modifié dans le portail";
    }

    private static String json(Object item) {
        return item == null ? null : JSON.writeValueAsString(item);
    }

    private record Change(Object item, List<String> lines) {
    }
}
