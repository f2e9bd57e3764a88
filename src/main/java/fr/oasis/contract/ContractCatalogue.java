package fr.oasis.contract;

import fr.oasis.security.SecurityAudit;
import fr.oasis.security.UserAccounts;
import fr.oasis.territory.TerritoryLevel;
import fr.oasis.territory.TerritoryQueries;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contracts and who may change them. Anyone signed in reads. Administrators create and
 * delete contracts and name their editors; editors and administrators change a contract's
 * content. Every change is checked by {@link ContractRules} (nothing is stored when one rule
 * fails) and audited in {@code contract_change} with the whole contract before and after, and as
 * one line of the security audit log. Thread-safe; each change is one transaction.
 */
@Service
public class ContractCatalogue {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final ContractStore store;
    private final TerritoryQueries territories;
    private final UserAccounts accounts;
    private final SecurityAudit audit;
    private final ContractSnapshots snapshots;
    private final ContractContext context;

    ContractCatalogue(ContractStore store, TerritoryQueries territories, UserAccounts accounts, SecurityAudit audit,
                      ContractSnapshots snapshots, ContractContext context) {
        this.snapshots = snapshots;
        this.context = context;
        this.store = store;
        this.territories = territories;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Contract> all() {
        return store.all();
    }

    /** @throws NoSuchElementException for an unknown id */
    @Transactional(readOnly = true)
    public Contract get(long id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("aucun contrat n° " + id));
    }

    /** Whether {@code user} may change contract {@code c}: an ADMIN or one of its editors. */
    public static boolean canEdit(Contract c, Authentication user) {
        return user != null && (isAdmin(user) || c.editors().contains(user.getName()));
    }

    /** Stores a new contract (ADMIN only); editors are those of {@code c}, when they are accounts. */
    @Transactional
    public Contract create(Contract c, Authentication user) {
        requireAdmin(user, "créer un contrat");
        c = referenced(c);
        check(c);
        checkEditors(c.editors());
        Contract clean = c.normalized();
        long id = store.insert(clean, user.getName());
        Contract stored = get(id);
        snapshots.freeze(stored, user.getName(), "création du contrat");
        store.recordChange(id, user.getName(), "CREATED", "Contrat créé : " + stored.name(), null, json(stored));
        audit.record(user.getName(), "CONTRACT_CREATED", "contrat " + id + " : " + stored.name(), null);
        return stored;
    }

    /** Replaces the content of contract {@code id} (editors are kept: see {@link #setEditors}). */
    @Transactional
    public Change update(long id, Contract c, Authentication user) {
        return replace(id, c, user, "UPDATED");
    }

    /** The import path: same as {@link #update}, audited as a spreadsheet import. */
    @Transactional
    Change replace(long id, Contract c, Authentication user, String type) {
        Contract before = get(id);
        requireEditor(before, user);
        c = referenced(c);
        check(c);
        Contract clean = c.normalized();
        List<String> lines = ContractDiff.lines(before, clean);
        if (!lines.isEmpty()) {
            store.replace(id, clean, user.getName());
        }
        Contract after = get(id);
        Contract.Perimeter was = before.perimeter();
        Contract.Perimeter is = after.perimeter();
        if (!java.util.Objects.equals(was.level(), is.level()) || !java.util.Objects.equals(was.code(), is.code())
                || !was.communes().equals(is.communes())) {
            snapshots.freeze(after, user.getName(), "périmètre modifié");
        } else if (!java.util.Objects.equals(before.signedOn(), after.signedOn())) {
            snapshots.freeze(after, user.getName(), "date de signature " + (before.signedOn() == null ? "renseignée"
                    : "modifiée"));
        } else if (snapshots.find(id).isEmpty()) {
            snapshots.freeze(after, user.getName(), "IMPORTED".equals(type) ? "import du classeur (aucun chiffre figé "
                    + "auparavant)" : "modification du contrat (aucun chiffre figé auparavant)");
        }
        if (!lines.isEmpty()) {
            store.recordChange(id, user.getName(), type, String.join("\n", lines), json(before), json(after));
            audit.record(user.getName(), "CONTRACT_" + type, "contrat " + id + " : " + lines.size() + " modification(s)",
                    null);
        }
        return new Change(after, lines);
    }

    /**
     * Loads back a workbook written by {@link #workbook} (actions and indicator values replace the
     * contract's; everything else is kept). All or nothing: any problem, named by sheet, line and
     * column, refuses the whole file and leaves the contract as it was.
     *
     * @throws InvalidContractException listing every problem
     */
    @Transactional
    public Change importWorkbook(long id, java.io.InputStream xlsx, Authentication user) {
        Contract current = get(id);
        requireEditor(current, user);
        List<Contract.Action> actions = ContractWorkbookReader.read(xlsx, current);
        return replace(id, current.withActions(actions), user, "IMPORTED");
    }

    /** The contract's actions and indicator values as a workbook to fill offline. */
    @Transactional(readOnly = true)
    public byte[] workbook(long id) {
        return ContractWorkbook.render(get(id));
    }

    /**
     * Freezes the perimeter's figures as the data give them now ("Figer les chiffres actuels"),
     * replacing those frozen before; editors and ADMINs only; audited with both sets of figures.
     */
    @Transactional
    public void freezeFigures(long id, Authentication user) {
        Contract c = get(id);
        requireEditor(c, user);
        java.util.Optional<ContractSnapshots.Snapshot> before = snapshots.find(id);
        ContractSnapshots.Snapshot after = snapshots.freeze(c, user.getName(), "figés à la demande");
        store.recordChange(id, user.getName(), "FIGURES", "Chiffres du périmètre figés à nouveau (" + after.figures().size()
                + " chiffres, données " + after.dataVersions() + ")", before.map(JSON::writeValueAsString).orElse(null),
                JSON.writeValueAsString(after));
        audit.record(user.getName(), "CONTRACT_FIGURES_FROZEN", "contrat " + id + " : " + after.figures().size()
                + " chiffres", null);
    }

    /** The perimeter's figures at signature (frozen) and today, for the page, the PDF and the XLSX. */
    @Transactional(readOnly = true)
    ContractFigures figures(long id) {
        return figures(get(id));
    }

    ContractFigures figures(Contract c) {
        return ContractFigures.of(context.of(c), snapshots.find(c.id()).orElse(null));
    }

    /** Names the accounts allowed to change the contract (ADMIN only). */
    @Transactional
    public Contract setEditors(long id, List<String> usernames, Authentication user) {
        requireAdmin(user, "désigner les éditeurs d'un contrat");
        Contract before = get(id);
        checkEditors(usernames);
        store.editors(id, usernames);
        Contract after = get(id);
        store.recordChange(id, user.getName(), "EDITORS", "Éditeurs : " + String.join(", ", before.editors()) + " → "
                + String.join(", ", after.editors()), json(before), json(after));
        audit.record(user.getName(), "CONTRACT_EDITORS", "contrat " + id + " : " + String.join(", ", after.editors()),
                null);
        return after;
    }

    @Transactional
    public void delete(long id, Authentication user) {
        requireAdmin(user, "supprimer un contrat");
        Contract before = get(id);
        store.delete(id);
        store.recordChange(id, user.getName(), "DELETED", "Contrat supprimé : " + before.name(), json(before), null);
        audit.record(user.getName(), "CONTRACT_DELETED", "contrat " + id + " : " + before.name(), null);
    }

    /** The audited changes of a contract, newest first. */
    @Transactional(readOnly = true)
    public List<ContractChange> changes(long id) {
        return store.changes(id);
    }

    /**
     * A stored change: the contract after it and what changed, in French (empty when the new
     * content equals the stored one: nothing is written then).
     */
    public record Change(Contract contract, List<String> lines) {
    }

    /**
     * The perimeter as a reference: level key in lower case ("CLS" is "cls"), and the stored
     * territory's name when none is given (left blank when the territory is unknown: the rules say so).
     */
    private Contract referenced(Contract c) {
        Contract.Perimeter p = c.perimeter();
        if (p == null || !p.isTerritory()) {
            return c;
        }
        String level = p.level().strip().toLowerCase(java.util.Locale.ROOT);
        String name = p.name();
        if (name == null || name.isBlank()) {
            try {
                name = territories.find(TerritoryLevel.fromKey(level), p.code()).map(t -> t.name()).orElse(name);
            } catch (IllegalArgumentException e) {
                // unknown level: ContractRules names the field
            }
        }
        return c.withPerimeter(new Contract.Perimeter(level, p.code() == null ? null : p.code().strip(), p.communes(),
                name));
    }

    private void check(Contract c) {
        ContractRules.check(c, new ContractRules.Territories() {
            @Override
            public boolean exists(String level, String code) {
                try {
                    return territories.find(TerritoryLevel.fromKey(level), code).isPresent();
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }

            @Override
            public List<String> levels() {
                return territories.summary().entrySet().stream().filter(e -> e.getValue() > 0).map(java.util.Map.Entry::getKey)
                        .toList();
            }

            @Override
            public boolean communeExists(String code) {
                return territories.find(TerritoryLevel.COMMUNE, code).isPresent();
            }
        });
    }

    private void checkEditors(List<String> usernames) {
        List<String> unknown = usernames.stream().filter(u -> u == null || !accounts.exists(u)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidContractException(List.of("contrat, champ « éditeurs » : compte(s) inconnu(s) " + unknown));
        }
    }

    private static void requireEditor(Contract c, Authentication user) {
        if (!canEdit(c, user)) {
            throw new AccessDeniedException("seuls les éditeurs de ce contrat et les administrateurs le modifient");
        }
    }

    private static void requireAdmin(Authentication user, String what) {
        if (user == null || !isAdmin(user)) {
            throw new AccessDeniedException("seul un administrateur peut " + what);
        }
    }

    private static boolean isAdmin(Authentication user) {
        return user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    static String json(Contract c) {
        return JSON.writeValueAsString(c);
    }
}
