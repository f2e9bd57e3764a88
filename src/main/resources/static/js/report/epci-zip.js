// The département page's "ZIP of the EPCI reports": starts the build (POST with the CSRF token),
// polls its status every 400 ms, shows "n / N rapports" in a progress bar, then downloads the
// file. <section id="epci-zip" data-state="..."> tells the browser test where it stands.
const box = document.getElementById('epci-zip');
const button = document.getElementById('epci-zip-start');
const progress = document.getElementById('epci-zip-progress');
const status = document.getElementById('epci-zip-status');
const token = document.getElementById('csrf-token');

function show(s) {
  box.dataset.state = s.state;
  progress.hidden = false;
  progress.max = Math.max(1, s.total);
  progress.value = s.done;
  if (s.state === 'done') {
    status.textContent = `${s.total} rapports prêts : téléchargement du ZIP.`;
  } else if (s.state === 'failed') {
    status.textContent = `Échec de la préparation (${s.error}). Réessayez.`;
  } else {
    status.textContent = `Préparation : ${s.done} / ${s.total} rapports…`;
  }
}

async function poll(url) {
  const answer = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
  const s = await answer.json();
  show(s);
  if (s.state === 'running') {
    setTimeout(() => poll(url).catch(fail), 400);
  } else {
    button.disabled = false;
    if (s.state === 'done') window.location.assign(box.dataset.download);
  }
}

function fail(error) {
  box.dataset.state = 'failed';
  status.textContent = `Échec de la préparation (${error.message}).`;
  button.disabled = false;
}

button.addEventListener('click', async () => {
  button.disabled = true;
  status.textContent = 'Préparation…';
  try {
    const answer = await fetch(box.dataset.start, {
      method: 'POST', headers: { Accept: 'application/json', [token.dataset.header]: token.value },
    });
    if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
    show(await answer.json());
    await poll(box.dataset.start);
  } catch (error) {
    fail(error);
  }
});
