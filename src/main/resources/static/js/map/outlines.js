// Département and EPCI outlines drawn over the choropleth: the background of a map without base
// tiles. Not interactive, so clicks reach the territories below.

const STYLES = {
  departement: { weight: 2.2, color: '#1f2a37', fill: false },
  epci: { weight: 1, color: '#3d4653', fill: false },
};
/** Groupings (TVS, CPTS...) drawn over the communes: dashed, so they read apart from the EPCI. */
const GROUPING_STYLE = { weight: 2, color: '#7a1f5c', dashArray: '6 4', fill: false };

export class Outlines {
  constructor(map) {
    this.map = map;
    this.drawn = {};
  }

  /** Draws a level's contours (null removes them); the same data object is not redrawn. */
  draw(level, data) {
    const drawn = this.drawn[level];
    if (drawn && drawn.data === data) return;
    drawn?.layer?.remove();
    const layer = data ? L.geoJSON(data, { interactive: false, style: STYLES[level] ?? GROUPING_STYLE }).addTo(this.map) : null;
    this.drawn[level] = { data, layer };
  }
}
