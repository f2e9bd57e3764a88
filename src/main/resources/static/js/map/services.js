// Services beyond practices ("Télémédecine et aller-vers"): teleconsultation sites (blue square),
// mobile-unit stops (orange circle, drawn at the commune's reference point) and initiatives
// (purple diamond), each with its own symbol, a popup with its schedule, and a small legend.
// The toggle is offered only when /api/services/layer answers with at least one service.
import { api } from './api.js';
import { el } from './dom.js';

export const SYMBOLS = {
  teleconsultation: { label: 'Site de téléconsultation', className: 'service-icon teleconsultation', text: 'T' },
  'mobile-stop': { label: "Arrêt d'unité mobile", className: 'service-icon mobile-stop', text: 'M' },
  initiative: { label: 'Initiative (dépistage, forum)', className: 'service-icon initiative', text: 'i' },
};

/** The popup of one service: its name, kind, commune, and schedule or date, all as text. */
export function servicePopup(p) {
  const lines = [el('strong', { text: p.name ?? 'Service' }),
    el('div', { text: `${SYMBOLS[p.category]?.label ?? p.category} · ${p.type ?? ''}` }),
    el('div', { text: `Commune : ${p.communeName ?? p.commune ?? 'inconnue'}` })];
  if (p.lieu) lines.push(el('div', { text: `Lieu : ${p.lieu}` }));
  if (p.horaires) lines.push(el('div', { text: `Horaires : ${p.horaires}` }));
  if (p.demiJourneesParMois != null) lines.push(el('div', { text: `${p.demiJourneesParMois} demi-journée(s) par mois` }));
  if (p.professions) lines.push(el('div', { text: `Professions : ${p.professions}` }));
  if (p.date) lines.push(el('div', { text: `Date : ${p.date}${p.publicTouche != null ? ` · ${p.publicTouche} personnes touchées` : ''}` }));
  lines.push(el('div', { class: 'source', text: `Source : ${p.source ?? 'inconnue'}${p.demo ? ' — données de démonstration' : ''}` }));
  return el('div', { class: 'service-popup' }, ...lines);
}

function marker(feature, latlng) {
  const p = feature.properties ?? {};
  const symbol = SYMBOLS[p.category] ?? SYMBOLS.initiative;
  const icon = L.divIcon({ className: '', iconSize: [20, 20],
    html: el('div', { class: symbol.className, 'aria-label': `${symbol.label} : ${p.name ?? ''}` }, symbol.text) });
  return L.marker(latlng, { icon, title: `${symbol.label} : ${p.name ?? ''}`, keyboard: true })
    .bindPopup(() => servicePopup(p));
}

/** Adds the "Télémédecine et aller-vers" toggle after `anchor` when services exist; returns the layer or null. */
export async function attachServices(map, anchor) {
  let data;
  try {
    data = await api.services();
  } catch {
    return null;
  }
  if (!data || !data.features?.length) return null;
  const layer = L.geoJSON(data, { pointToLayer: marker });
  const box = el('input', { type: 'checkbox', id: 'show-services', name: 'services' });
  const legend = el('ul', { class: 'service-legend', id: 'service-legend', hidden: true },
    ...Object.values(SYMBOLS).map((s) => el('li', {}, el('span', { class: s.className }, s.text), ` ${s.label}`)));
  const toggle = el('p', { class: 'toggle', id: 'services-toggle' }, box,
    el('label', { for: 'show-services', text: `Télémédecine et aller-vers (${data.features.length})` }));
  anchor.after(toggle, legend);
  box.addEventListener('change', () => {
    if (box.checked) layer.addTo(map); else layer.remove();
    legend.hidden = !box.checked;
  });
  return layer;
}
