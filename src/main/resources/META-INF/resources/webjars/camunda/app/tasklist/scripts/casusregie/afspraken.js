// casusregie: "Afspraken" in Tasklist's header: the agreements the user's organisation owns
// (GET /api/afspraken), open ones first by deadline, each with its case number.
import { datum, el, lees, tabel, woorden } from './api.js';

function sluiten(venster) {
  venster.remove();
}

/**
 * What is agreed, marked where it is a minimum condition the organisation guards, or was agreed in
 * the OM segment: then it is not for the clients or other partners.
 */
function wat(afspraak) {
  const label = (soort, tekst) => el('span', { className: 'label label-' + soort, style: { marginRight: '0.4em' } }, tekst);
  return el('span', {}, afspraak.bodemeis ? label('danger', 'bodemeis') : null,
    afspraak.uitOmDeel ? label('warning', 'uit het OM-deel: niet delen met cliënten of andere partners') : null, afspraak.wat);
}

async function toon() {
  const inhoud = el('div', {}, 'Afspraken laden…');
  const venster = el('div', { className: 'casusregie-afspraken-venster', role: 'dialog', 'aria-label': 'Afspraken van mijn organisatie',
    style: { position: 'fixed', inset: '0', background: 'rgba(0,0,0,0.4)', zIndex: '2000', overflow: 'auto' },
    onclick: event => event.target === venster && sluiten(venster) },
  el('div', { style: { background: '#fff', margin: '4em auto', maxWidth: '1100px', padding: '1.5em', borderRadius: '4px' } },
    el('button', { type: 'button', className: 'close', 'aria-label': 'Sluiten', onclick: () => sluiten(venster) }, '×'),
    el('h3', { style: { marginTop: 0 } }, 'Afspraken van mijn organisatie'),
    inhoud));
  document.body.appendChild(venster);
  try {
    const [afspraken, w] = await Promise.all([lees('afspraken'), woorden()]);
    const vandaag = new Date().toISOString().substring(0, 10);
    inhoud.replaceChildren(afspraken.length === 0
      ? el('p', { className: 'text-muted' }, 'Er staan geen afspraken op naam van uw organisatie.')
      : tabel(['Casus', 'Wie', 'Wat', 'Uiterlijk', 'Waarom', 'Status', 'Afgesproken'],
        afspraken.map(a => [a.casusnummer + ' (ronde ' + a.ronde + ')', w('partner', a.partner), wat(a),
          a.status === 'OPEN' && a.deadline < vandaag
            ? el('span', {}, datum(a.deadline) + ' ', el('span', { className: 'label label-danger' }, 'verlopen'))
            : datum(a.deadline),
          a.waarom, w('afspraakstatus', a.status), datum(a.afgesprokenOp)])));
  } catch (fout) {
    inhoud.replaceChildren(el('div', { className: 'alert alert-warning' }, fout.message));
  }
}

export default {
  id: 'casusregie-afspraken',
  pluginPoint: 'tasklist.navbar.action',
  priority: 300,
  render: node => {
    node.appendChild(el('a', { href: '', className: 'casusregie-afspraken-knop',
      onclick: event => { event.preventDefault(); toon(); } }, 'Afspraken'));
  }
};
