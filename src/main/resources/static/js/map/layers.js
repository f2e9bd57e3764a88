// GeoJSON contours of one level, fetched for the view (padded) and the zoom class the server
// simplifies for; a pan inside the fetched box at the same zoom class costs no request.
import { api } from './api.js';

/** Mirrors fr.oasis.territory.geo.ZoomClass.forZoom, below the national shapes of fr.oasis.map.NationalShapes. */
export function zoomClass(zoom) {
  if (zoom <= 6) return 'NATION';
  if (zoom <= 7) return 'REGION';
  if (zoom <= 9) return 'DEPARTEMENT';
  return zoom <= 11 ? 'EPCI' : 'DETAIL';
}

function bbox(bounds) {
  const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
  return [clamp(bounds.getWest(), 180), clamp(bounds.getSouth(), 90), clamp(bounds.getEast(), 180),
    clamp(bounds.getNorth(), 90)].map((v) => v.toFixed(4));
}

export class LayerSource {
  constructor(level) {
    this.level = level;
    this.zoomClass = null;
    this.bounds = null;
    this.data = null;
  }

  /** The contours covering the map's view (the same object until a new fetch was needed). */
  async load(map) {
    const zoom = Math.round(map.getZoom());
    const view = map.getBounds();
    if (this.data && this.zoomClass === zoomClass(zoom) && this.bounds.contains(view)) {
      return this.data;
    }
    const padded = view.pad(0.5);
    const data = await api.layer(this.level, zoom, bbox(padded));
    Object.assign(this, { zoomClass: zoomClass(zoom), bounds: padded, data });
    return data;
  }
}

/** The whole extent of a level (for the first view): its contours at the coarsest zoom class. */
export async function extent(level) {
  const data = await api.layer(level, 6);
  if (!data || data.features.length === 0) return null;
  const bounds = L.geoJSON(data).getBounds();
  return bounds.isValid() ? bounds : null;
}
