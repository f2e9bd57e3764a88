// A freehand lasso over a Leaflet map, written for the groupings editor (no plugin): while the
// mode is on, pressing the primary button and dragging draws a line; releasing closes it into a
// polygon and calls onLasso(latlngs, removing), removing being true when Shift was held at the
// start. Map dragging and box zoom are off while the mode is on, and clicks on layers are for the
// caller to ignore (isOn()). The polygon is in [lat, lng] pairs, tested planar in degrees: exact
// enough at the scale of communes.

/** Whether [lng, lat] lies inside the ring (array of [lat, lng]); even-odd rule. */
export function inside(point, ring) {
  const [x, y] = point;
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [yi, xi] = ring[i];
    const [yj, xj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

/**
 * The centroid [lng, lat] of a GeoJSON Polygon or MultiPolygon: that of the outer ring of its
 * largest part (a commune's islands do not pull it out of the main land); null when empty.
 */
export function contourCentroid(geometry) {
  const polygons = geometry?.type === 'Polygon' ? [geometry.coordinates]
    : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best = null;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let twiceArea = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      twiceArea += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (twiceArea !== 0 && (best == null || Math.abs(twiceArea) > best.size)) {
      best = { size: Math.abs(twiceArea), point: [cx / (3 * twiceArea), cy / (3 * twiceArea)] };
    }
  }
  return best?.point ?? null;
}

export class Lasso {
  constructor(map, onLasso) {
    this.map = map;
    this.onLasso = onLasso;
    this.on = false;
    this.points = null;
    this.line = null;
    const container = map.getContainer();
    container.addEventListener('pointerdown', (e) => this.start(e));
    container.addEventListener('pointermove', (e) => this.extend(e));
    container.addEventListener('pointerup', (e) => this.finish(e));
  }

  isOn() {
    return this.on;
  }

  toggle(on = !this.on) {
    this.on = on;
    if (on) {
      this.map.dragging.disable();
      this.map.boxZoom.disable();
    } else {
      this.map.dragging.enable();
      this.map.boxZoom.enable();
    }
    this.map.getContainer().classList.toggle('lasso-on', on);
    return on;
  }

  start(event) {
    if (!this.on || event.button !== 0) return;
    // No compatibility mousedown: Leaflet's handlers (box zoom, layer clicks' mousedown) stay quiet.
    event.preventDefault();
    this.removing = event.shiftKey;
    this.points = [this.map.mouseEventToLatLng(event)];
    this.line = L.polyline(this.points, { color: this.removing ? '#b42318' : '#1f4e79', weight: 2,
      dashArray: '4 3', interactive: false }).addTo(this.map);
  }

  extend(event) {
    if (!this.points) return;
    this.points.push(this.map.mouseEventToLatLng(event));
    this.line.setLatLngs(this.points);
  }

  finish(event) {
    if (!this.points) return;
    this.extend(event);
    const ring = this.points.map((p) => [p.lat, p.lng]);
    this.points = null;
    this.line.remove();
    this.line = null;
    if (ring.length >= 3) this.onLasso(ring, this.removing);
  }
}
