// Colour-blind-safe sequential colours: samples of the viridis ramp (anchors from the published
// matplotlib colour map, linearly interpolated between them). Dark always means worse access.

const VIRIDIS = ['#440154', '#414487', '#2a788e', '#22a884', '#7ad151', '#fde725'];
export const NO_DATA = '#c9c9c9';

function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function hex(channels) {
  return `#${channels.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function at(position) {
  const scaled = position * (VIRIDIS.length - 1);
  const low = Math.min(Math.floor(scaled), VIRIDIS.length - 2);
  const t = scaled - low;
  const [a, b] = [rgb(VIRIDIS[low]), rgb(VIRIDIS[low + 1])];
  return hex(a.map((c, i) => c + (b[i] - c) * t));
}

/**
 * k colours from dark to light. When a high value means worse access (travel time, people beyond
 * 20 min), the ramp is reversed so the worst class stays dark.
 */
export function colours(k, higherIsBetter) {
  const ramp = [];
  for (let i = 0; i < k; i++) ramp.push(at(k === 1 ? 0.5 : (0.9 * i) / (k - 1)));
  return higherIsBetter ? ramp : ramp.reverse();
}
