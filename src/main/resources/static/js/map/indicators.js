// The indicators the map can draw from one /api/accessibility/{level} answer, and their fixed
// reference thresholds ("Seuils fixes"):
// - APL, general practitioners: < 2.5 (under-served, the ZIP pool), 2.5–4, > 4 consultations
//   per year per standardised inhabitant (DREES readings; the national mean is about 4).
// - APL, other professions: Oasis has no national reference yet, so the thresholds are 50 %,
//   80 % and 120 % of the population-weighted mean of the level shown (ratio of sums).
// - Time to the nearest practitioner: 5, 10, 15, 20 and 30 minutes (20 min is the APL cut-off).
// - Population beyond 20 min: 1 (nobody), 100, 500 and 2,000 inhabitants.
// - Residents aged 75+ beyond 20 min: 1 (nobody), 20, 100 and 500 people.

const BEYOND_MINUTES = 20;

function beyond(field) {
  return (value, layer) => {
    const index = layer.thresholdsMinutes.indexOf(BEYOND_MINUTES);
    const counts = value[field];
    return index < 0 || counts == null ? null : counts[index];
  };
}

function aplReference(layer) {
  if (layer.profession === 'MG') return [2.5, 4];
  let weighted = 0;
  let population = 0;
  for (const v of layer.values) {
    weighted += v.apl * v.population;
    population += v.population;
  }
  const mean = population > 0 ? weighted / population : 0;
  return mean > 0 ? [0.5, 0.8, 1.2].map((f) => Number((f * mean).toPrecision(2))) : [];
}

export const INDICATORS = {
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
    higherIsBetter: false,
    fixed: () => [5, 10, 15, 20, 30],
    fixedNote: () => 'Seuils de 5 à 30 minutes ; 20 minutes est la limite de l\'APL.',
  },
  beyond20: {
    label: 'Habitants à plus de 20 minutes',
    value: beyond('populationBeyond'),
    unit: () => 'habitants',
    digits: 0,
    higherIsBetter: false,
    fixed: () => [1, 100, 500, 2000],
    fixedNote: () => 'Première classe : personne au-delà de 20 minutes.',
  },
  beyond20Aged75: {
    label: 'Personnes de 75 ans et plus à plus de 20 minutes',
    value: beyond('population75Beyond'),
    unit: () => 'personnes de 75 ans et plus',
    digits: 0,
    higherIsBetter: false,
    fixed: () => [1, 20, 100, 500],
    fixedNote: () => 'Première classe : personne au-delà de 20 minutes.',
    needsAges: true,
  },
};

/** Whether the layer carries what the indicator needs (75+ counts need census age bands). */
export function available(key, layer) {
  return !INDICATORS[key].needsAges || (layer != null && layer.values.some((v) => v.population75Beyond != null));
}
