// The territories a filter retains, outlined over the choropleth in their own pane (above the
// colours and the EPCI / département outlines, below tooltips), so the classes stay visible.

const PANE = 'filterMatches';
const OPTIONS = { pane: PANE, interactive: false, className: 'filter-match' };
const STYLE = { fill: false, weight: 3.5, color: '#e6007e', opacity: 1 };

export class MatchLayer {
  constructor(map) {
    this.map = map;
    map.createPane(PANE).style.zIndex = 450;
    this.codes = new Set();
    this.data = null;
    this.layer = null;
  }

  /** The matched codes (an empty set removes the outlines). */
  setCodes(codes) {
    this.codes = codes;
    this.redraw();
  }

  /** The drawn contours of the level (a GeoJSON FeatureCollection), when they change. */
  setData(data) {
    this.data = data;
    this.redraw();
  }

  redraw() {
    this.layer?.remove();
    this.layer = null;
    if (!this.data || this.codes.size === 0) return;
    this.layer = L.geoJSON(this.data, { ...OPTIONS, style: STYLE, filter: (feature) => this.codes.has(feature.properties.code) })
      .addTo(this.map);
  }
}
