// "Exporter la carte": the current view (the page's shareable URL, kept up to date by
// url-state.js) drawn server-side as PNG or one-page PDF by /map/export.png|pdf. The links are
// rebuilt from window.location at each click, so they always match what is on screen.
const box = document.getElementById('map-export');
const button = document.getElementById('map-export-button');
const links = document.getElementById('map-export-links');

function refresh() {
  const query = window.location.search;
  document.getElementById('map-export-png').href = `${box.dataset.base}.png${query}`;
  document.getElementById('map-export-pdf').href = `${box.dataset.base}.pdf${query}`;
}

button.addEventListener('click', () => {
  refresh();
  links.hidden = !links.hidden;
  button.setAttribute('aria-expanded', String(!links.hidden));
});
links.addEventListener('click', refresh, true);
