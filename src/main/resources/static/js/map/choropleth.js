// The choropleth layer: contours of the chosen level coloured by class; a tooltip with the name
// and a click that selects the territory. Restyling (new indicator or class method) reuses the
// drawn shapes.
import { el } from './dom.js';
import { NO_DATA } from './palette.js';

const BASE = { weight: 0.6, color: '#ffffff', opacity: 1, fillOpacity: 0.85 };
const SELECTED = { weight: 3, color: '#ff7f00' };

export class Choropleth {
  constructor(map, onSelect) {
    this.map = map;
    this.onSelect = onSelect;
    this.layer = null;
    this.colourOf = () => NO_DATA;
    this.selected = null;
    this.data = null;
  }

  /** Draws new contours (a GeoJSON FeatureCollection with properties code and name). */
  draw(data) {
    this.data = data;
    if (this.layer) this.layer.remove();
    this.layer = L.geoJSON(data, {
      style: (feature) => this.style(feature),
      onEachFeature: (feature, layer) => {
        layer.bindTooltip(() => el('span', { text: feature.properties.name }), { sticky: true });
        layer.on('click', () => this.onSelect(feature.properties.code));
      },
    }).addTo(this.map);
    this.layer.bringToBack();
  }

  /** New colours: colourOf(code) gives a fill colour. */
  restyle(colourOf) {
    this.colourOf = colourOf;
    if (this.layer) this.layer.setStyle((feature) => this.style(feature));
    this.raiseSelected();
  }

  select(code) {
    this.selected = code;
    if (this.layer) this.layer.setStyle((feature) => this.style(feature));
    this.raiseSelected();
  }

  /** The bounds of a drawn territory, or null when it is not in the drawn contours. */
  boundsOf(code) {
    const found = this.layer?.getLayers().find((l) => l.feature.properties.code === code);
    return found ? found.getBounds() : null;
  }

  style(feature) {
    const code = feature.properties.code;
    return { ...BASE, fillColor: this.colourOf(code), ...(code === this.selected ? SELECTED : {}) };
  }

  raiseSelected() {
    this.layer?.getLayers().filter((l) => l.feature.properties.code === this.selected)
      .forEach((l) => l.bringToFront());
  }
}
