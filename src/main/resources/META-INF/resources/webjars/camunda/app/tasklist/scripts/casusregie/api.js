// casusregie: shared helpers of the project's Tasklist plugins. They read the project's API
// (/api, beside the web apps) in the user's Tasklist session: GET with X-Requested-With.
// Everything is rendered with textContent, never as HTML, so nothing a user wrote can run.

const appRoot = document.querySelector('base').getAttribute('app-root');
const apiRoot = new URL(appRoot + '/../api/', window.location.href);

export async function lees(path) {
  const response = await fetch(new URL(path, apiRoot), {
    credentials: 'same-origin',
    headers: { 'Accept': 'application/json', 'X-Requested-With': 'casusregie-tasklist' }
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(body.detail || 'Het ophalen is mislukt (' + response.status + ').');
  }
  return body;
}

/**
 * A file from the project's API (a letter as PDF), read in the session as lees does: the
 * content and the file name the server gives it. A plain link would not send X-Requested-With.
 */
export async function bestand(path) {
  const response = await fetch(new URL(path, apiRoot), {
    credentials: 'same-origin',
    headers: { 'Accept': 'application/pdf, application/problem+json', 'X-Requested-With': 'casusregie-tasklist' }
  });
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.detail || 'Het ophalen is mislukt (' + response.status + ').');
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  const naam = (/filename="?([^";]+)"?/.exec(disposition) || [])[1] || 'brief.pdf';
  return { inhoud: await response.blob(), naam };
}

/** Offers a fetched file to the user as a download, under its own name. */
export function bewaar({ inhoud, naam }) {
  const url = URL.createObjectURL(inhoud);
  const link = el('a', { href: url, download: naam, style: { display: 'none' } });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

let woordenlijst;

/** The Dutch words for stored codes, fetched once: woord('aanpak', 'REGULIER') is "Reguliere aanpak". */
export async function woorden() {
  woordenlijst = woordenlijst || lees('woorden');
  const lijst = await woordenlijst;
  return (soort, code) => {
    if (code === null || code === undefined || code === '') {
      return '';
    }
    const woordenVanSoort = lijst[soort] || {};
    return woordenVanSoort[code] || String(code);
  };
}

const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** "3 maart 2026" for an ISO date or date-time, '' for none. */
export function datum(iso) {
  if (!iso) {
    return '';
  }
  const [jaar, maand, dag] = iso.substring(0, 10).split('-').map(Number);
  return DATUM.format(new Date(jaar, maand - 1, dag));
}

export function jaNee(waarde) {
  return waarde === true ? 'ja' : waarde === false ? 'nee' : '';
}

/** An element with attributes (className, style object, other attributes) and children (strings become text). */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (name === 'className') {
      element.className = value;
    } else if (name === 'style') {
      Object.assign(element.style, value);
    } else if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value);
    }
  });
  children.flat(Infinity).forEach(child => {
    if (child !== null && child !== undefined && child !== '') {
      element.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
  });
  return element;
}

/** A table with a header row; rows are arrays of cells (strings or elements). */
export function tabel(koppen, rijen) {
  return el('table', { className: 'table table-condensed casusregie-tabel' },
    el('thead', {}, el('tr', {}, koppen.map(kop => el('th', {}, kop)))),
    el('tbody', {}, rijen.map(rij => el('tr', {}, rij.map(cel => el('td', {}, cel))))));
}

/** Label/value pairs in two columns, leaving out empty values. */
export function gegevens(paren) {
  return el('div', { className: 'casusregie-gegevens',
    style: { display: 'grid', gridTemplateColumns: 'minmax(10em, 16em) 1fr', gap: '0.25em 1em', marginBottom: '0.8em' } },
  paren.filter(([, waarde]) => waarde !== '' && waarde !== null && waarde !== undefined
      && !(Array.isArray(waarde) && waarde.length === 0))
    .map(([label, waarde]) => [el('div', { style: { fontWeight: 'bold' } }, label),
      el('div', { style: { whiteSpace: 'pre-wrap' } }, Array.isArray(waarde) ? waarde.join(', ') : waarde)]));
}
