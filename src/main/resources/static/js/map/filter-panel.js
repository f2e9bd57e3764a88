// The filter editor: value conditions (indicator, profession and variant when the indicator takes
// them, operator, number) and proximity conditions (professions, et/ou, km), combined by ET/OU.
// Built from /api/indicators (labels are server text: textContent only) and from the profession
// and variant options the page already renders.
import { el } from './dom.js';
import { OPERATORS, parseNumber } from './filter-model.js';

// The server's bounds on a proximity condition (accessibility.ProximityService MAX_PROFESSIONS, MAX_KM).
const NEAR_MAX_PROFESSIONS = 4;
const NEAR_MAX_KM = 5;
const OPERATOR_LABELS = { '<': '<  (inférieur à)', '<=': '≤  (inférieur ou égal à)', '>': '>  (supérieur à)',
  '>=': '≥  (supérieur ou égal à)' };

/** A labelled control: the label wraps it, so no id is needed. */
function field(label, control, className) {
  return el('label', { class: className ?? 'filter-field' }, el('span', { text: label }), control);
}

function select(role, options, value) {
  const node = el('select', { 'data-role': role },
    ...options.map((o) => el('option', { value: o.value, text: o.label })));
  if (value != null && options.some((o) => o.value === value)) node.value = value;
  return node;
}

/** Rejects a condition being read, with a French message for the status line. */
function invalid(message) {
  throw new Error(message);
}

export class FilterPanel {
  /**
   * @param form      the filter form (holds #filter-conditions, the add buttons and the ET/OU radios)
   * @param choices   {professions: [{value, label}], variants: [{value, label}]}
   */
  constructor(form, choices) {
    this.form = form;
    this.choices = choices;
    this.list = form.querySelector('#filter-conditions');
    this.catalogue = [];
    this.proximity = false;
    this.rows = [];
  }

  /** The indicators the level offers (from /api/indicators) and whether proximity applies. */
  setCatalogue(catalogue, level) {
    this.catalogue = catalogue ?? [];
    this.proximity = level === 'commune';
    this.form.querySelector('#filter-add-near').disabled = !this.proximity;
    this.form.querySelector('#filter-add-value').disabled = this.catalogue.length === 0;
  }

  /** Shows a filter (restored from the URL): its combine and one row per condition. */
  show(filter) {
    this.form.querySelector(`input[name="filter-combine"][value="${filter.combine}"]`).checked = true;
    this.rows.forEach((row) => row.node.remove());
    this.rows = [];
    filter.conditions.forEach((condition) => this.add(condition));
  }

  /** Adds a condition row ({kind} alone for an empty one) and returns its first control. */
  add(condition) {
    const row = condition.kind === 'near' ? this.nearRow(condition) : this.valueRow(condition);
    const remove = el('button', { type: 'button', class: 'filter-remove', text: 'Retirer' });
    row.node.append(remove);
    row.remove = remove;
    remove.addEventListener('click', () => this.remove(row));
    this.rows.push(row);
    this.list.append(row.node);
    this.renumber();
    return row.node.querySelector('select, input');
  }

  remove(row) {
    const index = this.rows.indexOf(row);
    row.node.remove();
    this.rows.splice(index, 1);
    this.renumber();
    const next = this.rows[Math.min(index, this.rows.length - 1)];
    (next?.node.querySelector('select') ?? this.form.querySelector('#filter-add-value')).focus();
  }

  renumber() {
    this.rows.forEach((row, i) => {
      row.legend.textContent = `Condition ${i + 1} : ${row.title}`;
      row.remove.setAttribute('aria-label', `Retirer la condition ${i + 1}`);
    });
  }

  /** The filter of the form: {combine, conditions}; throws with a message when a value is invalid. */
  read() {
    const combine = this.form.querySelector('input[name="filter-combine"]:checked')?.value ?? 'and';
    return { combine, conditions: this.rows.map((row, i) => row.read(`Condition ${i + 1}`)) };
  }

  valueRow(condition) {
    const known = this.catalogue.map((i) => ({ value: i.id, label: i.unit ? `${i.label} (${i.unit})` : i.label }));
    const indicator = select('indicator', known, condition?.indicator);
    const profession = select('profession', this.choices.professions, condition?.profession);
    const variant = select('variant', this.choices.variants, condition?.variant);
    const op = select('op', OPERATORS.map((o) => ({ value: o, label: OPERATOR_LABELS[o] })), condition?.op);
    const value = el('input', { type: 'text', inputmode: 'decimal', 'data-role': 'value', autocomplete: 'off',
      value: condition?.value != null ? String(condition.value).replace('.', ',') : null });
    const professionField = field('Profession', profession);
    const variantField = field('Praticiens pris en compte', variant);
    const parametersOf = () => this.catalogue.find((i) => i.id === indicator.value)?.parameters ?? [];
    const sync = () => {
      professionField.hidden = !parametersOf().includes('profession');
      variantField.hidden = !parametersOf().includes('variant');
    };
    indicator.addEventListener('change', sync);
    sync();
    const legend = el('legend');
    const node = el('fieldset', { class: 'filter-condition', 'data-kind': 'value' }, legend,
      field('Indicateur', indicator), professionField, variantField,
      el('div', { class: 'filter-inline' }, field('Opérateur', op), field('Valeur', value)));
    return {
      node, legend, title: 'critère',
      read: (name) => {
        if (!indicator.value) invalid(`${name} : choisissez un indicateur.`);
        const number = parseNumber(value.value);
        if (number == null) invalid(`${name} : la valeur doit être un nombre (par exemple 2,5).`);
        const parameters = parametersOf();
        return { kind: 'value', indicator: indicator.value, op: op.value, value: number,
          profession: parameters.includes('profession') ? profession.value : null,
          variant: parameters.includes('variant') ? variant.value : null };
      },
    };
  }

  nearRow(condition) {
    const chosen = new Set(condition?.professions ?? []);
    const professions = el('select', { multiple: true, size: 5, 'data-role': 'professions' },
      ...this.choices.professions.map((p) => el('option', { value: p.value, text: p.label, selected: chosen.has(p.value) })));
    const join = select('join', [{ value: 'or', label: 'au moins une (ou)' }, { value: 'and', label: 'toutes (et)' }],
      condition?.join);
    const km = el('input', { type: 'text', inputmode: 'decimal', 'data-role': 'km', autocomplete: 'off',
      value: String(condition?.km ?? 1).replace('.', ',') });
    const legend = el('legend');
    const node = el('fieldset', { class: 'filter-condition', 'data-kind': 'near' }, legend,
      el('p', { class: 'filter-hint', text: 'Point de référence de la commune à moins de … km d\'un professionnel.' }),
      field('Professions (Ctrl ou Maj pour plusieurs)', professions), field('Il faut', join),
      field('Distance (km)', km));
    return {
      node, legend, title: 'proximité',
      read: (name) => {
        if (!this.proximity) invalid(`${name} : la proximité ne s'applique qu'aux communes.`);
        const selected = [...professions.selectedOptions].map((o) => o.value);
        if (selected.length === 0) invalid(`${name} : choisissez au moins une profession.`);
        if (selected.length > NEAR_MAX_PROFESSIONS) invalid(`${name} : au plus ${NEAR_MAX_PROFESSIONS} professions.`);
        const distance = parseNumber(km.value);
        if (distance == null || distance <= 0) invalid(`${name} : la distance doit être un nombre positif de km.`);
        if (distance > NEAR_MAX_KM) invalid(`${name} : la distance est d'au plus ${NEAR_MAX_KM} km.`);
        return { kind: 'near', professions: selected, join: join.value, km: distance };
      },
    };
  }
}
