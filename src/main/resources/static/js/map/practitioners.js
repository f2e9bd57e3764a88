// Practitioner points: server-side clusters (property count) at low zoom, single practitioners
// (profession, commune, age class) beyond. Never any personal contact detail: only those
// properties are read. The layer is offered only when GET /api/practitioners exists.
import { api } from './api.js';
import { el, formatNumber } from './dom.js';
import { zoomClass } from './layers.js';

function clusterMarker(latlng, count) {
  const size = Math.round(22 + 8 * Math.log10(Math.max(1, count)));
  const label = `${formatNumber(count)} professionnels`;
  const icon = L.divIcon({
    className: '', iconSize: [size, size],
    html: el('div', { class: 'cluster-icon', style: `width:${size}px;height:${size}px`, 'aria-label': label },
      String(count)),
  });
  return L.marker(latlng, { icon, title: label, keyboard: true });
}

export function practitionerPopup(properties) {
  return el('div', { class: 'practitioner-popup' },
    el('strong', { text: properties.profession ?? 'Professionnel' }),
    el('div', { text: `Commune : ${properties.communeName ?? 'inconnue'}` }),
    el('div', { text: `Classe d'âge : ${properties.ageClass ?? 'non renseignée'}` }));
}

function point(feature, latlng) {
  const p = feature.properties ?? {};
  if (p.count != null) return clusterMarker(latlng, p.count);
  return L.circleMarker(latlng, { radius: 5, color: '#fff', weight: 1, fillColor: '#d95f02', fillOpacity: 0.9 })
    .bindPopup(() => practitionerPopup(p));
}

/** The Leaflet layer of a /api/practitioners answer. */
export function practitionerFeatures(data) {
  return L.geoJSON(data, { pointToLayer: point });
}

export class PractitionerLayer {
  constructor(map) {
    this.map = map;
    this.group = L.layerGroup();
    this.key = null;
  }

  /** Whether the endpoint answers (it may not be deployed yet). */
  async probe(profession) {
    try {
      return (await this.fetch(profession)) != null;
    } catch {
      return false;
    }
  }

  /** ageClass: one of the classes the API names ("60-64 ans"...), or empty for all ages. */
  fetch(profession, ageClass) {
    const b = this.map.getBounds();
    return api.practitioners(profession, Math.round(this.map.getZoom()),
      [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(4)), ageClass);
  }

  async show(profession, ageClass) {
    const key = `${profession}|${ageClass}|${zoomClass(this.map.getZoom())}|${this.map.getBounds().toBBoxString()}`;
    if (key === this.key) return;
    const data = await this.fetch(profession, ageClass);
    this.key = key;
    this.group.clearLayers();
    if (data) this.group.addLayer(practitionerFeatures(data));
    this.group.addTo(this.map);
  }

  hide() {
    this.group.remove();
    this.key = null;
  }
}
