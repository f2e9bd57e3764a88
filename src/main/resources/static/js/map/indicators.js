// The indicators the map can draw and their fixed reference thresholds ("Seuils fixes").
// Two sources: 'accessibility' indicators read one /api/accessibility/{level} answer (per
// profession and variant); 'territorial' ones read /api/indicators/{id}?level= (values
// [{code, name, population, value}]) and are offered only when /api/indicators?level= lists them.
// Accessibility:
// - APL, general practitioners: < 2.5 (under-served, the ZIP pool), 2.5–4, > 4 consultations
//   per year per standardised inhabitant (DREES readings; the national mean is about 4).
// - APL, other professions: Oasis has no national reference yet, so the thresholds are 50 %,
//   80 % and 120 % of the population-weighted mean of the level shown (ratio of sums).
// - Time to the nearest practitioner: 5, 10, 15, 20 and 30 minutes (20 min is the APL cut-off).
// - Population beyond 10, 20 or 30 min: 1 (nobody), 100, 500 and 2,000 inhabitants.
// - Residents aged 75+ beyond 10, 20 or 30 min: 1 (nobody), 20, 100 and 500 people.
// Times are by road when the layer's travelModel is 'road' (a stored road network), otherwise
// crow-fly distance × detour at a mean speed; titles and the legend say which.
// Territorial (census):
// - Population density: 20, 50, 100 and 500 inhabitants per km² (20: very sparse rural; 50 and
//   100 bracket INSEE's "peu dense" communes; 500: dense urban). Low density is drawn dark.
// - Share of residents aged 75+: 8, 10, 12 and 15 % (the national share is about 10 %).
// - Share of residents aged 60+: 20, 25, 30 and 35 % (the national share is about 27 %).
//   For both shares a high value (more needs) is drawn dark.
// Territorial (imported, offered only once /api/indicators lists them):
// - Median disposable income per consumption unit (INSEE Filosofi): 18,000, 20,000, 22,000 and
//   24,000 € (the national median of 2019 is about 22,000 €). A low income is drawn dark. Published
//   for communes, EPCI and départements only: a median is never aggregated.
// - Deprivation index F-EDI (Santé publique France, 2021): -2, 0, 2 and 4 (0 is the national mean of
//   the index; Grand Est communes: quartiles about -2.5, -0.5 and 1.6). High (more deprived) is dark.
// - Share of single-parent families (INSEE RP): 10, 15, 20 and 25 % (nationally about one family
//   in four with children under 25, 15-16 % of all families). High is dark.
// Indicative priority zones (classes computed by the server from the GP APL, thresholds as settings,
// default 2.5 and 4): 0 none, 1 "zone d'action complémentaire (indicative)", 2 "zone d'intervention
// prioritaire (indicative)"; always drawn with these three classes whatever the method, labelled
// indicative, the official zoning being the ARS's.
// Care structures: time to the nearest commune holding one (reference point to reference point,
// by road or crow-fly as the accessibility times): 10, 20, 30 and 45 minutes.
// share75 comes from census age bands, or, without them, from the published RP share of 75+
// (source line says which). Imported shares and indices are published for communes and
// départements; EPCI values are population-weighted means of the communes, flagged `estimated`
// per value: the card writes "(estimation)" and the legend counts them.
import { GROUPING_LEVELS } from './groupings.js';
// Generated from the one definition (fr.oasis.report.ClassRules), shared with the
// exported maps: the numbers above are explained here, defined there.
import { CLASS_RULES } from './class-rules.js';

const rule = (id) => CLASS_RULES.indicators[id];

export const VARIANT_LABELS = { all: 'tous les praticiens', 'under-65': 'praticiens de moins de 65 ans',
  'under-62': 'praticiens de moins de 62 ans' };

function beyondValue(field, minutes) {
  return (value, layer) => {
    const index = layer.thresholdsMinutes.indexOf(minutes);
    const counts = value[field];
    return index < 0 || counts == null ? null : counts[index];
  };
}

/** "par la route" or "à vol d'oiseau": how the layer's times were obtained. */
export function travelPhrase(layer) {
  return layer?.travelModel === 'road' ? 'par la route' : 'à vol d\'oiseau';
}

/** An indicator's title for a layer: times and populations beyond say how times were obtained. */
export function titleOf(indicator, layer) {
  return indicator.travel && layer ? `${indicator.label} ${travelPhrase(layer)}` : indicator.label;
}

function aplReference(layer) {
  if (layer.profession === 'MG') return CLASS_RULES.aplGp.slice();
  let weighted = 0;
  let population = 0;
  for (const v of layer.values) {
    weighted += v.apl * v.population;
    population += v.population;
  }
  const mean = population > 0 ? weighted / population : 0;
  return mean > 0 ? CLASS_RULES.aplMeanFractions.map((f) => Number((f * mean).toPrecision(2))) : [];
}

const ACCESSIBILITY = {
  source: 'accessibility',
  subtitle: (layer, choice) => `${layer.professionLabel}, ${VARIANT_LABELS[choice.variant]}`,
  provenances: (layer) => [layer.practitioners, layer.territories,
    layer.network ? { ...layer.network, role: 'Réseau routier' } : null],
};

function territorial(id, label, digits, note) {
  return {
    source: 'territorial', label, digits, higherIsBetter: rule(id).higherIsBetter,
    levels: ['commune', 'epci', 'departement', ...Object.keys(GROUPING_LEVELS)],
    value: (v) => v.value,
    unit: (layer) => layer.unit,
    fixed: () => rule(id).thresholds.slice(),
    fixedNote: () => note,
    subtitle: () => null,
    provenances: (layer) => [layer],
  };
}

const ACCESSIBILITY_INDICATORS = {
  apl: {
    label: 'APL (accessibilité potentielle localisée)',
    value: (v) => v.apl,
    unit: (layer) => layer.unit,
    digits: 2,
    higherIsBetter: true,
    fixed: aplReference,
    fixedNote: (layer) => (layer.profession === 'MG'
      ? 'Seuils DREES : moins de 2,5 = sous-dotation (zonage ZIP).'
      : 'Sans référence nationale : 50 %, 80 % et 120 % de la moyenne du niveau affiché.'),
  },
  nearest: {
    label: 'Temps d\'accès au professionnel le plus proche',
    value: (v) => v.nearestMinutes,
    unit: () => 'minutes',
    digits: 1,
    higherIsBetter: rule('nearest').higherIsBetter,
    travel: true,
    fixed: () => rule('nearest').thresholds.slice(),
    fixedNote: () => 'Seuils de 5 à 30 minutes ; 20 minutes est la limite de l\'APL.',
  },
  ...Object.fromEntries([10, 20, 30].flatMap((minutes) => [
    [`beyond${minutes}`, {
      label: `Habitants à plus de ${minutes} minutes`,
      value: beyondValue('populationBeyond', minutes),
      unit: () => 'habitants',
      digits: 0,
      higherIsBetter: rule(`beyond${minutes}`).higherIsBetter,
      travel: true,
      fixed: () => rule(`beyond${minutes}`).thresholds.slice(),
      fixedNote: () => `Première classe : personne au-delà de ${minutes} minutes.`,
    }],
    [`beyond${minutes}aged75`, {
      label: `Personnes de 75 ans et plus à plus de ${minutes} minutes`,
      value: beyondValue('population75Beyond', minutes),
      unit: () => 'personnes de 75 ans et plus',
      digits: 0,
      higherIsBetter: rule(`beyond${minutes}aged75`).higherIsBetter,
      travel: true,
      fixed: () => rule(`beyond${minutes}aged75`).thresholds.slice(),
      fixedNote: () => `Première classe : personne au-delà de ${minutes} minutes.`,
      needsAges: true,
    }],
  ])),
};

export const ZONE_LABELS = ['hors zone indicative', 'zone d\'action complémentaire (indicative)',
  'zone d\'intervention prioritaire (indicative)'];

const STRUCTURE_TIMES = {
  timemsp: 'une maison de santé (MSP)', timehealthcentre: 'un centre de santé', timeemergency: 'un service d\'urgences',
  timematernity: 'une maternité', timepharmacy: 'une pharmacie', timelaboratory: 'un laboratoire',
  timehospital: 'un établissement hospitalier',
};

export const INDICATORS = {
  ...Object.fromEntries(Object.entries(ACCESSIBILITY_INDICATORS).map(([key, i]) => [key, { ...ACCESSIBILITY, ...i }])),
  density: territorial('density', 'Densité de population', 0,
    'Seuils de 20 à 500 hab./km² ; en dessous de 50, commune peu dense.'),
  share75: territorial('share75', 'Part des 75 ans et plus', 1,
    'Seuils de 8 à 15 % ; la moyenne nationale est d\'environ 10 %.'),
  share60: territorial('share60', 'Part des 60 ans et plus', 1,
    'Seuils de 20 à 35 % ; la moyenne nationale est d\'environ 27 %.'),
  income: territorial('income', 'Revenu disponible médian par UC', 0,
    'Seuils de 18 000 à 24 000 € ; la médiane nationale 2019 est d\'environ 22 000 €.'),
  fedi: territorial('fedi', 'Indice de défavorisation sociale (F-EDI)', 2,
    'Seuils de -2 à 4 ; 0 est la moyenne nationale de l\'indice, plus il est élevé, plus le territoire est défavorisé.'),
  gpdensitytvs: territorial('gpdensitytvs', 'Densité de médecins généralistes libéraux (CartoSanté)', 1,
    'Seuils de 4 à 10 médecins pour 10 000 habitants ; la moyenne nationale 2021 est d\'environ 8,5.'),
  singleparent: territorial('singleparent', 'Part des familles monoparentales', 1,
    'Seuils de 10 à 25 % des familles.'),
  priorityzone: { ...territorial('priorityzone', 'Zonage indicatif (APL médecins généralistes)', 0,
    'Classement indicatif calculé par Oasis : le zonage officiel est arrêté par l\'ARS.'),
  categorical: ZONE_LABELS, unit: () => 'classe indicative (non officielle)' },
  ...Object.fromEntries(Object.entries(STRUCTURE_TIMES).map(([key, what]) => [key,
    territorial(key, `Temps d'accès à ${what} (de chef-lieu à chef-lieu)`, 1,
      'Seuils de 10 à 45 minutes ; temps jusqu\'à la commune la plus proche qui en compte une, par la route ou à vol d\'oiseau (voir la source).')])),
};

/**
 * Whether an indicator can be drawn: a territorial one must be listed by /api/indicators for the
 * level (listed: a Set of ids); 75+ counts need census age bands in the accessibility layer.
 */
export function available(key, accessibilityLayer, listed) {
  const indicator = INDICATORS[key];
  if (indicator.source === 'territorial') return listed.has(key);
  return !indicator.needsAges
    || (accessibilityLayer != null && accessibilityLayer.values.some((v) => v.population75Beyond != null));
}
