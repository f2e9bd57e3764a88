// DOM helpers. Text always goes through textContent or text nodes, never innerHTML: territory
// names and every other server string are data, not markup.

/** Creates an element. props: text, class, and plain attributes; children: nodes or strings. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

/** Replaces a node's children, skipping null ones (replaceChildren would write them as "null"). */
export function fill(node, ...children) {
  node.replaceChildren(...children.filter((c) => c != null));
  return node;
}

const numberFormats = new Map();

/** A number in French notation with at most `digits` decimals; "—" when missing. */
export function formatNumber(value, digits = 0) {
  if (value == null || !Number.isFinite(value)) return '—';
  if (!numberFormats.has(digits)) {
    numberFormats.set(digits, new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }));
  }
  return numberFormats.get(digits).format(value);
}

/** Calls fn after `ms` without a new call. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
