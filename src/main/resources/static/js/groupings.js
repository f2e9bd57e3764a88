// The groupings page: lists the groupings of a type with links to their report, and for ANALYST
// and ADMIN edits them: click communes on the map (toggle), draw a lasso (the communes whose
// contour centroid falls inside join; with Shift held, they leave), name EPCI whose communes all
// join, paste codes; save (POST or PUT with the CSRF token), edit, delete. Server strings reach the
// DOM through textContent only. #groupings[data-state] tells the browser test where it stands, and
// data-lasso holds the last lasso drawn ([[lat, lng]...]) so the test can check the selection.
import { contourCentroid, inside, Lasso } from './lasso.js';
import { api } from './map/api.js';

const root = document.getElementById('groupings');
const base = root.dataset.base;
const canEdit = root.dataset.canEdit === 'true';
const $ = (id) => document.getElementById(id);
const map = L.map('grouping-map', { zoomSnap: 0.5, minZoom: 5, maxZoom: 14 });
const picked = new Set();
let communes = null;
let groupLayer = null;
/** Contour centroid [lng, lat] per commune code (see lasso.js). */
const centroids = new Map();

const PICKED = { weight: 1, color: '#7a1f5c', fillColor: '#c2185b', fillOpacity: 0.6 };
const PLAIN = { weight: 0.5, color: '#667085', fillColor: '#f2f4f7', fillOpacity: 0.4 };

function status(text, error = false) {
  if (!$('grouping-status')) return;
  $('grouping-status').textContent = text;
  $('grouping-status').classList.toggle('error', error);
}

function restyle() {
  communes?.eachLayer((layer) => layer.setStyle(picked.has(layer.feature.properties.code) ? PICKED : PLAIN));
  if ($('grouping-count')) $('grouping-count').textContent = String(picked.size);
}

async function drawCommunes() {
  const data = await api.layer('commune', 9);
  communes = L.geoJSON(data, {
    style: PLAIN,
    onEachFeature: (feature, layer) => {
      const code = feature.properties.code;
      centroids.set(code, contourCentroid(feature.geometry));
      layer.on('add', () => layer.getElement()?.setAttribute('data-code', code));
      layer.bindTooltip(() => `${feature.properties.name} (${code})`);
      layer.on('click', () => {
        if (!canEdit || lasso?.isOn()) return;
        if (picked.has(code)) picked.delete(code); else picked.add(code);
        restyle();
      });
    },
  }).addTo(map);
  map.fitBounds(communes.getBounds());
}

/** Adds (or, removing, takes out) the communes whose contour centroid is inside the lasso. */
function lassoed(ring, removing) {
  let changed = 0;
  centroids.forEach((point, code) => {
    if (point == null || !inside(point, ring) || picked.has(code) !== removing) return;
    if (removing) picked.delete(code); else picked.add(code);
    changed++;
  });
  root.dataset.lasso = JSON.stringify(ring);
  restyle();
  status(`Lasso : ${changed} commune(s) ${removing ? 'retirée(s)' : 'ajoutée(s)'}.`);
}

const lasso = canEdit ? new Lasso(map, lassoed) : null;

function toggleLasso() {
  const on = lasso.toggle();
  $('grouping-lasso').setAttribute('aria-pressed', String(on));
  $('grouping-lasso').textContent = on ? 'Terminer le lasso' : 'Dessiner un lasso';
}

async function request(method, path, body) {
  const token = $('csrf-token');
  const response = await fetch(`${base}${path}`, {
    method, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [token.dataset.header]: token.value },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) {
    const error = await response.json().catch(() => null);
    throw new Error(error?.message ?? `HTTP ${response.status}`);
  }
  return response.status === 204 ? null : response.json();
}

function item(group) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = `${base}reports/${encodeURIComponent(group.type.toLowerCase())}/${encodeURIComponent(group.code)}`;
  link.textContent = `${group.name} (${group.code})`;
  const count = document.createElement('span');
  count.textContent = ` : ${group.communes.length} communes${group.partial ? ', partiel' : ''}`
    + (group.createdBy ? `, saisi par ${group.createdBy}` : `, ${group.source}`);
  li.append(link, count);
  if (canEdit) {
    const edit = document.createElement('button');
    edit.type = 'button';
    edit.textContent = 'Modifier';
    edit.addEventListener('click', () => startEdit(group));
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Supprimer';
    remove.addEventListener('click', () => removeGroup(group));
    li.append(' ', edit, ' ', remove);
  }
  return li;
}

async function refreshList() {
  const type = $('grouping-type').value;
  const groups = await api.groupings(type);
  $('grouping-list').replaceChildren(...groups.map(item));
  groupLayer?.remove();
  const shapes = await api.layer(type, 9).catch(() => null);
  groupLayer = shapes ? L.geoJSON(shapes, { interactive: false,
    style: { weight: 2, color: '#7a1f5c', dashArray: '6 4', fill: false } }).addTo(map) : null;
  root.dataset.state = 'listed';
}

function startEdit(group) {
  $('grouping-previous').value = group.code;
  $('grouping-form-title').textContent = `Modifier ${group.name}`;
  $('grouping-code').value = group.code;
  $('grouping-name').value = group.name;
  $('grouping-epcis').value = '';
  $('grouping-paste').value = '';
  picked.clear();
  group.communes.forEach((c) => picked.add(c));
  restyle();
}

function reset() {
  $('grouping-previous').value = '';
  $('grouping-form-title').textContent = 'Nouveau regroupement';
  ['grouping-code', 'grouping-name', 'grouping-epcis', 'grouping-paste'].forEach((id) => { $(id).value = ''; });
  picked.clear();
  restyle();
}

async function save(event) {
  event.preventDefault();
  const type = $('grouping-type').value;
  const previous = $('grouping-previous').value;
  const body = {
    type, code: $('grouping-code').value, name: $('grouping-name').value,
    communes: [...picked, $('grouping-paste').value], epcis: [$('grouping-epcis').value],
  };
  status('Enregistrement…');
  try {
    const saved = previous
      ? await request('PUT', `api/groupings/${encodeURIComponent(type)}/${encodeURIComponent(previous)}`, body)
      : await request('POST', 'api/groupings', body);
    status(`${saved.name} enregistré : ${saved.communes.length} communes.`);
    root.dataset.saved = saved.code;
    reset();
    await refreshList();
  } catch (e) {
    status(e.message, true);
  }
}

async function removeGroup(group) {
  if (!window.confirm(`Supprimer ${group.name} ?`)) return;
  try {
    await request('DELETE', `api/groupings/${encodeURIComponent($('grouping-type').value)}/${encodeURIComponent(group.code)}`);
    status(`${group.name} supprimé.`);
    await refreshList();
  } catch (e) {
    status(e.message, true);
  }
}

async function start() {
  $('grouping-type').addEventListener('change', () => refreshList().catch((e) => status(e.message, true)));
  if (canEdit) {
    $('grouping-form').addEventListener('submit', save);
    $('grouping-reset').addEventListener('click', reset);
    $('grouping-lasso').addEventListener('click', toggleLasso);
  }
  await drawCommunes();
  await refreshList();
  root.dataset.ready = 'true';
}

start().catch((e) => status(`Erreur : ${e.message}`, true));
