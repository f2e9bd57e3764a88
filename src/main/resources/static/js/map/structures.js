// Care structures ("Structures de soins"): one toggle per stored type (MSP, centres de santé,
// urgences, maternités, pharmacies, laboratoires, établissements hospitaliers), each with its own
// symbol, its count, and a legend line giving the source and millésime. BPE structures are counted
// per commune and drawn at the commune's reference point (the popup says so: not an address);
// FINESS hospitals are at their own coordinates. Offered only when /api/structures/layer answers
// with at least one structure.
import { api } from './api.js';
import { el, formatNumber } from './dom.js';

/** The popup of one point: type, name or count, commune, how it is located, source. */
export function structurePopup(p) {
  const lines = [el('strong', { text: p.name ?? `${p.typeLabel} (${formatNumber(p.count)})` }),
    el('div', { text: p.name ? `${p.typeLabel} · ${p.facilityType ?? ''}` : `${formatNumber(p.count)} × ${p.typeLabel}` }),
    el('div', { text: `Commune : ${p.communeName ?? p.commune}` })];
  if (p.finess) lines.push(el('div', { text: `N° FINESS : ${p.finess}` }));
  lines.push(el('div', { class: 'note', text: p.atCommunePoint
    ? 'Dénombrement par commune, placé au chef-lieu (pas une adresse).'
    : 'Position de l\'établissement (coordonnées FINESS).' }));
  lines.push(el('div', { class: 'source', text: `Source : ${p.source}, millésime ${p.millesime}${p.demo ? ' — données de démonstration' : ''}` }));
  return el('div', { class: 'structure-popup' }, ...lines);
}

function marker(type) {
  return (feature, latlng) => {
    const p = feature.properties ?? {};
    const label = `${p.typeLabel}${p.count > 1 ? ` (${p.count})` : ''} : ${p.name ?? p.communeName ?? p.commune}`;
    const icon = L.divIcon({ className: '', iconSize: [22, 22],
      html: el('div', { class: `structure-icon ${type.type}`, 'aria-label': label }, type.symbol,
        p.count > 1 ? el('sup', { text: String(p.count) }) : null) });
    return L.marker(latlng, { icon, title: label, keyboard: true }).bindPopup(() => structurePopup(p));
  };
}

/**
 * Adds the "Structures de soins" toggles after `anchor` when structures are stored; returns
 * {type key → Leaflet layer} or null.
 */
export async function attachStructures(map, anchor) {
  let data;
  try {
    data = await api.structures();
  } catch {
    return null;
  }
  if (!data || !data.features?.length) return null;
  const layers = {};
  const rows = data.types.map((type) => {
    const features = data.features.filter((f) => f.properties.type === type.type);
    layers[type.type] = L.geoJSON({ type: 'FeatureCollection', features }, { pointToLayer: marker(type) });
    const box = el('input', { type: 'checkbox', id: `show-structure-${type.type}`, name: `structure-${type.type}`,
      'data-structure': type.type });
    box.addEventListener('change', () => {
      if (box.checked) layers[type.type].addTo(map); else layers[type.type].remove();
    });
    return el('li', {}, box, el('label', { for: box.id },
      el('span', { class: `structure-icon ${type.type}`, 'aria-hidden': 'true' }, type.symbol),
      ` ${type.label} (${formatNumber(type.total)})`),
    el('div', { class: 'source', text: `${type.source}, millésime ${type.millesime}`
      + `${type.located === 'commune-point' ? ' ; dénombrement par commune, au chef-lieu' : ' ; coordonnées FINESS'}`
      + `${type.demo ? ' — données de démonstration' : ''}` }));
  });
  const section = el('fieldset', { class: 'structure-toggles', id: 'structures-toggle' },
    el('legend', { text: 'Structures de soins' }), el('ul', { class: 'structure-legend', id: 'structure-legend' }, ...rows));
  anchor.after(section);
  return layers;
}
