// casusregie: the case file (dossier) as a tab of Tasklist's task view, one click from every
// task of a case. It shows GET /api/taken/{taskId}/dossier, which applies the read rule of
// the case file (and records the read); a user who may not read it gets the server's answer.
import { bestand, bewaar, datum, el, gegevens, jaNee, lees, tabel, woorden } from './api.js';

function sectie(titel, ...inhoud) {
  return el('section', { className: 'casusregie-sectie', style: { marginBottom: '1.5em' } },
    el('h4', { style: { borderBottom: '1px solid #ddd', paddingBottom: '0.3em' } }, titel), ...inhoud);
}

function leeg(tekst) {
  return el('p', { className: 'text-muted' }, tekst);
}

/** A link that downloads a letter to the clients in the Tasklist session; a refusal shows beside it. */
function briefLink(nummer, brief) {
  const melding = el('span', { className: 'text-danger', style: { marginLeft: '0.5em' } });
  const link = el('a', { href: '#', onclick: event => {
    event.preventDefault();
    melding.textContent = '';
    bestand('casussen/' + encodeURIComponent(nummer) + '/brieven/' + encodeURIComponent(brief.id))
      .then(bewaar)
      .catch(fout => { melding.textContent = fout.message; });
  } }, 'Brief downloaden (PDF)');
  return el('span', {}, link, melding);
}

/** "gemiddeld 4,5, spreiding 3" for a round or a part with scores, '' without. */
function scoreSamenvatting(houder) {
  return houder.gemiddeldeScore !== null && houder.gemiddeldeScore !== undefined
    ? 'gemiddeld ' + houder.gemiddeldeScore.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
      + ', spreiding ' + houder.scoreSpreiding : '';
}

function tussenkop(tekst) {
  return el('h6', { style: { fontWeight: 'bold', fontSize: '1em', marginTop: '1em' } }, tekst);
}

function label(soort, tekst) {
  return el('span', { className: 'label label-' + soort, style: { marginRight: '0.4em' } }, tekst);
}

/** The parts in order, and the chair's deviation from the advised composition with its reason. */
function samenstelling(o, w) {
  const opzet = o.opzet || {};
  return el('div', { className: 'casusregie-samenstelling' }, tussenkop('Samenstelling'),
    o.delen.length ? el('ol', {}, o.delen.map(d => el('li', {}, w('segment', d.soort)))) : leeg('Nog niet vastgesteld.'),
    opzet.afwijkend ? el('p', {}, label('warning', 'wijkt af van advies'), opzet.reden || '') : null,
    gegevens([['OM nodig', jaNee(opzet.omNodig)], ['Stalking of intieme terreur', jaNee(opzet.stalkingOfTerreur)]]));
}

/** What the case director heard from the household before the meeting, and from each member. */
function voorbereiding(v, w) {
  if (!v) {
    return null;
  }
  return el('div', { className: 'casusregie-voorbereiding' }, tussenkop('Voorbereiding met de cliënten'),
    gegevens([['Wensen van de cliënten', v.wensen], ['Wat zij hopen dat het overleg oplevert', v.hoop],
      ['Cliënten aan tafel', w('deelnameClienten', v.deelname)], ['Vertrouwenspersoon', v.vertrouwenspersoon]]),
    v.leden.length ? tabel(['Gezinslid', 'Aan tafel', 'Wensen', 'Vertrouwenspersoon', 'Apart gehoord'],
      v.leden.map(l => [l.naam, w('deelname', l.deelname), l.wensen || '', l.vertrouwenspersoon || '', jaNee(l.apartGehoord)]))
      : null);
}

/** Each invited partner's information on its basis for sharing; a refused consent stands where the information would be. */
function bijdragen(o, w, naam) {
  if (o.bijdragen.length === 0) {
    return null;
  }
  const informatie = b => {
    if (!b.geleverdOp) {
      return el('span', { className: 'text-muted' }, 'Nog niets aangeleverd');
    }
    if (b.afgeschermd) {
      return el('span', { className: 'text-muted' }, 'Wat het OM aanlevert, lezen alleen het OM en de procesregisseur.');
    }
    return b.grondslag === 'GEWEIGERD'
      ? el('span', { className: 'casusregie-weigering' }, label('danger', 'toestemming geweigerd'), b.weigering || '')
      : b.informatie || '';
  };
  return el('div', { className: 'casusregie-bijdragen' }, tussenkop('Inbreng van de partners'),
    tabel(['Partner', 'Grondslag', 'Informatie', 'Aangeleverd'], o.bijdragen.map(b => [w('partner', b.partner),
      w('grondslag', b.grondslag), informatie(b), [datum(b.geleverdOp), naam(b.door)].filter(Boolean).join(', ')])));
}

function afspraken(lijst, w) {
  return el('div', {}, el('strong', {}, 'Afspraken en bodemeisen'),
    tabel(['Soort', 'Wie', 'Wat', 'Uiterlijk', 'Waarom', 'Status'],
      lijst.map(af => [af.bodemeis ? el('span', {}, label('danger', 'bodemeis'), w('soort', af.soort)) : w('soort', af.soort),
        af.bodemeis ? 'bewaakt door ' + w('partner', af.partner) : w('partner', af.partner), af.wat || '',
        datum(af.deadline), af.waarom || '', [w('afspraakstatus', af.status), af.toelichting || ''].filter(Boolean).join(': ')])));
}

/** One part of the meeting along BOB; an OM segment the reader may not read shows its place and kind only. */
function deel(d, w) {
  const inhoud = d.afgeschermd
    ? [leeg('Wat in het OM-deel is besproken, lezen alleen het OM en de procesregisseur.')]
    : [gegevens([['Beeldvorming', d.beeldvorming], ['Oordeel', d.oordeel], ['Nog zorgen over de veiligheid', jaNee(d.nogZorgen)],
      ['Minimaal nodig', d.minimaalNodig], ['Schaalscores', scoreSamenvatting(d)]]),
    d.scores.length ? tabel(['Deelnemer', 'Score', 'Toelichting'],
      d.scores.map(s => [w('partner', s.deelnemer), String(s.score), s.toelichting || ''])) : null,
    d.afspraken.length ? afspraken(d.afspraken, w) : null,
    d.vastgelegdOp ? null : leeg('Dit deel is nog niet vastgelegd.')];
  return el('div', { className: 'casusregie-deel', style: { margin: '0.8em 0', paddingLeft: '0.8em', borderLeft: '3px solid #ddd' } },
    tussenkop('Deel ' + d.volgorde + ': ' + w('segment', d.soort)), ...inhoud);
}

/** A meeting round in full: composition, preparation, contributions, its parts, and what was agreed for the next one. */
function overleg(o, w, naam, wie) {
  const kop = ['Ronde ' + o.ronde, 'fase ' + o.fase, o.datum ? 'overleg van ' + datum(o.datum) : '',
    o.vastgelegdOp ? 'vastgelegd ' + datum(o.vastgelegdOp) + ' door ' + wie(o.door, o.partner) : 'loopt nog'];
  return el('div', { className: 'casusregie-overleg', style: { marginBottom: '1.5em' } },
    el('h5', { style: { fontWeight: 'bold' } }, kop.filter(Boolean).join(' · ')),
    gegevens([['Cliënten aanwezig', jaNee(o.clientenAanwezig)], ['Nieuwe zorgen', jaNee(o.nieuweZorgen)],
      ['Schaalscores', scoreSamenvatting(o)]]),
    samenstelling(o, w), voorbereiding(o.voorbereiding, w), bijdragen(o, w, naam),
    o.delen.map(d => deel(d, w)),
    o.volgendOverleg || o.bijSchending ? el('div', {}, tussenkop('Samenwerkingsafspraken'),
      gegevens([['Volgend overleg', datum(o.volgendOverleg)], ['Als een bodemeis geschonden wordt', o.bijSchending]])) : null);
}

/** New incidents on the case, newest first, each with the chair's answer: an earlier meeting or why the next one stays. */
function incidenten(lijst, w, wie) {
  const antwoord = i => {
    if (!i.beslotenOp) {
      return el('span', { className: 'text-muted' }, i.voorTriage ? 'Gemeld vóór de triage: weegt mee in het triagebesluit'
        : 'Nog geen besluit van de voorzitter');
    }
    const besluit = i.vervroegdOverleg ? 'Overleg vervroegd naar ' + datum(i.vervroegdOverleg)
      : ['Volgend overleg blijft zoals gepland', i.vervroegingReden || ''].filter(Boolean).join(': ');
    return besluit + ' (' + [datum(i.beslotenOp), wie(i.beslotenDoor)].filter(Boolean).join(', ') + ')';
  };
  return sectie('Incidenten', (lijst || []).length === 0 ? leeg('Geen nieuwe incidenten gemeld.')
    : tabel(['Gemeld', 'Bron', 'Door', 'Wat er gebeurd is', 'Overleg'],
      lijst.map(i => [datum(i.gemeldOp), w('incidentbron', i.bron), wie(i.door, i.partner),
        el('span', { style: { whiteSpace: 'pre-line' } }, i.omschrijving || ''), antwoord(i)])));
}

/**
 * A probation on the case: the decision, period, supervisor and risk, each condition with its checks, each
 * breach with the OM's reaction, and the closing evaluation. A reader who may not read its details sees
 * only that it runs, until when and who supervises it.
 */
function proeftijd(p, w, wie) {
  const kop = el('h5', { style: { fontWeight: 'bold' } }, ['Proeftijd ' + p.nummer, w('proeftijdstatus', p.status),
    'van ' + datum(p.ingangsdatum) + ' tot ' + datum(p.einddatum), 'toezicht: ' + w('partner', p.toezichthouder)].join(' · '));
  if (p.afgeschermd) {
    return el('div', { className: 'casusregie-proeftijd', style: { marginBottom: '1.5em' } }, kop,
      leeg('De voorwaarden, controles en overtredingen lezen het OM, de toezichthouder, de procesregisseur en de casusregisseur.'));
  }
  const voorwaarde = id => p.voorwaarden.find(v => v.id === id);
  const voorwaardeTekst = v => v ? w('voorwaardeSoort', v.soort) + ': ' + v.omschrijving : 'Algemene voorwaarde: geen nieuw strafbaar feit';
  return el('div', { className: 'casusregie-proeftijd', style: { marginBottom: '1.5em' } }, kop,
    gegevens([['Beslissing', w('proeftijdSoort', p.soort)], ['Duur', p.duurMaanden + ' maanden'],
      ['Risico op herhaling', w('risico', p.risico)], ['Opgelegd', datum(p.opgelegdOp) + ' door ' + wie(p.opgelegdDoor, 'om')]]),
    tussenkop('Voorwaarden en controles'),
    p.voorwaarden.map(v => el('div', { className: 'casusregie-voorwaarde', style: { margin: '0.5em 0', paddingLeft: '0.8em', borderLeft: '3px solid #ddd' } },
      el('p', {}, v.vervallenOp ? label('default', 'vervallen ' + datum(v.vervallenOp)) : null, voorwaardeTekst(v)),
      v.controles.length === 0 ? leeg('Nog geen controle.') : tabel(['Controle', 'Uitkomst', 'Bevindingen', 'Door'],
        v.controles.map(c => [datum(c.op || c.geplandOp), c.uitkomst ? w('controle', c.uitkomst) : 'open',
          c.bevindingen || '', c.door ? wie(c.door, p.toezichthouder) : ''])))),
    tussenkop('Overtredingen en reacties van het OM'),
    p.overtredingen.length === 0 ? leeg('Geen overtredingen.') : tabel(['Gemeld', 'Voorwaarde', 'Wat er gebeurde', 'Reactie van het OM', 'Reden'],
      p.overtredingen.map(o => [datum(o.gemeldOp) + (o.gemeldVia === 'CONTROLE' ? ' (bij een controle)' : '') + ', ' + wie(o.gemeldDoor),
        voorwaardeTekst(voorwaarde(o.voorwaardeId)), o.wat,
        o.reactie ? el('span', {}, label(o.reactie === 'WAARSCHUWING' ? 'warning' : 'danger', w('omReactie', o.reactie)),
          datum(o.gereageerdOp)) : 'nog niet gegeven', o.reactieReden || ''])),
    p.geevalueerdOp ? el('div', {}, tussenkop('Evaluatie'), gegevens([['Verloop', w('evaluatieUitkomst', p.evaluatieUitkomst)],
      ['Evaluatie', p.evaluatie], ['Door', datum(p.geevalueerdOp) + ', ' + wie(p.geevalueerdDoor, p.toezichthouder)]])) : null);
}

/** "3 maart 2026, 14:30": an order ends at the time of day it was imposed. */
function datumTijd(iso) {
  return iso ? datum(iso) + (iso.length >= 16 ? ', ' + iso.substring(11, 16) : '') : '';
}

/** The restraining orders on the household: the ten days, the decision on extension, how it ended, and the help started. */
function huisverboden(lijst, w, wie) {
  const persoon = p => p ? p.naam + (p.geboortedatum ? ' (geboren ' + datum(p.geboortedatum) + ')' : '') : '';
  const huisverbod = h => {
    const besluit = h.verlengingsbesluit ? [w('verlengingsbesluit', h.verlengingsbesluit),
      h.verlengdTot ? 'tot ' + datumTijd(h.verlengdTot) : '', h.besluitReden || '',
      h.besluitDoor ? 'door ' + wie(h.besluitDoor, h.partner) + ', ' + datum(h.besluitOp) : ''].filter(Boolean).join(' · ')
      : (h.status === 'LOPEND' ? 'Nog niet genomen; uiterlijk ' + datumTijd(h.besluitUiterlijk) : 'Niet genomen');
    return el('div', { className: 'casusregie-huisverbod', style: { marginBottom: '1.2em' } },
      el('h5', { style: { fontWeight: 'bold' } }, ['Opgelegd ' + datumTijd(h.opgelegdOp), h.status === 'LOPEND'
        ? 'loopt tot ' + datumTijd(h.eindigtOp) : w('huisverbodStatus', h.status) + ' ' + datumTijd(h.beeindigdOp)].join(' · ')),
      gegevens([['Geregistreerd door', wie(h.opgelegdDoor, h.partner)],
        ['Uithuisgeplaatste', persoon(h.uithuisgeplaatste)],
        ['Achterblijvers', h.achterblijvers.map(persoon)],
        ['Besluit over verlenging', besluit],
        ['Ingetrokken', h.status === 'INGETROKKEN' ? [h.intrekkingReden || '', h.ingetrokkenDoor ? 'door ' + wie(h.ingetrokkenDoor) : '']
          .filter(Boolean).join(' · ') : ''],
        ['Op de agenda gezet', datumTijd(h.opAgendaOp)]]),
      tabel(['Hulp voor', 'Partner', 'Uitkomst', 'Wat is er gedaan', 'Vastgelegd'], h.hulp.map(hulp => [w('hulpVoor', hulp.voor),
        w('partner', hulp.partner), hulp.uitkomst ? w('hulpUitkomst', hulp.uitkomst) : el('span', { className: 'text-muted' }, 'Nog open'),
        hulp.toelichting || '', hulp.op ? datum(hulp.op) + ', ' + wie(hulp.door) : ''])));
  };
  return sectie('Huisverboden', lijst.length === 0 ? leeg('Geen huisverbod.') : lijst.map(huisverbod));
}

function render(dossier, w) {
  const naam = id => (id && dossier.namen && dossier.namen[id]) || id || '';
  const wie = (door, partner) => [naam(door), partner ? '(' + w('partner', partner) + ')' : ''].filter(Boolean).join(' ');
  const a = dossier.aanmelding;

  const kop = el('div', { className: 'casusregie-kop', style: { marginBottom: '1em' } },
    el('h3', { style: { marginTop: 0 } }, 'Casus ' + dossier.casusnummer),
    el('p', {}, [w('status', dossier.status), dossier.aanpak ? w('aanpak', dossier.aanpak) : '',
      dossier.fase ? 'fase ' + dossier.fase : '',
      dossier.casusregisseur ? 'casusregisseur ' + naam(dossier.casusregisseur) : '',
      'aangemeld ' + datum(dossier.aangemeldOp),
      dossier.afgeslotenOp ? 'afgesloten ' + datum(dossier.afgeslotenOp) : ''].filter(Boolean).join(' · ')),
    dossier.leesrecht === 'ZONDER_PERSOONSGEGEVENS'
      ? el('div', { className: 'alert alert-info' }, 'U leest dit dossier zonder persoonsgegevens: wie, wanneer en welke besluiten, niet wat er over het huishouden is geschreven.')
      : null);

  const huishouden = sectie('Huishouden',
    dossier.leden.length === 0 ? leeg('Geen gegevens van leden te zien.') : tabel(['Naam', 'Rol', 'Geboortedatum of leeftijd', 'Taal'],
      dossier.leden.map(lid => [lid.naam, w('rol', lid.rol),
        lid.geboortedatum ? datum(lid.geboortedatum) : (lid.leeftijd !== null ? lid.leeftijd + ' jaar' : ''),
        [lid.taal || '', lid.tolkNodig ? 'tolk nodig' : ''].filter(Boolean).join(', ')])));

  const huisverbodSectie = huisverboden(dossier.huisverboden || [], w, wie);

  const overleggen = sectie('Focusoverleggen',
    dossier.overleggen.length === 0 ? leeg('Nog geen focusoverleg gehouden.')
      : dossier.overleggen.map(o => overleg(o, w, naam, wie)));

  const uitkomst = b => {
    if (b.soort === 'CASUSREGIE') {
      return naam(b.uitkomst);
    }
    const [besluit, verwijzing] = String(b.uitkomst || '').split(' -> ');
    const woord = ['aanpak', 'overgang', 'uitkomst'].map(s => w(s, besluit)).find(x => x !== besluit) || besluit;
    return verwijzing ? woord + ': ' + w('verwijzing', verwijzing) : woord;
  };
  const advies = b => b.soort === 'CASUSREGIE' ? (b.advies ? 'was: ' + naam(b.advies) : '')
    : (['aanpak', 'overgang'].map(s => w(s, b.advies)).find(x => x !== b.advies) || b.advies || '');
  const besluiten = sectie('Besluiten',
    dossier.besluiten.length === 0 ? leeg('Nog geen besluiten.') : tabel(['Datum', 'Besluit', 'Advies', 'Uitkomst', 'Reden', 'Door'],
      dossier.besluiten.map(b => [datum(b.op), w('besluit', b.soort), advies(b),
        b.afwijkend ? el('span', {}, uitkomst(b) + ' ', el('span', { className: 'label label-warning' }, 'wijkt af van advies'))
          : uitkomst(b),
        b.reden || '', wie(b.door, b.partner)])));

  const aanmelding = sectie('Aanmelding', !a ? leeg('Geen aanmelding.') : gegevens([
    ['Aangemeld door', wie(a.door, a.partner)],
    ['Ontvangen', datum(a.ontvangenOp)],
    ['Acuut gevaar', jaNee(a.acuutGevaar)],
    ['Geweld hoofdreden', jaNee(a.geweldHoofdreden)],
    ['Patroon (jaren)', a.patroonJaren !== null ? String(a.patroonJaren) : ''],
    ['Vormen van geweld', a.geweldsvormen.map(c => w('geweldsvormen', c))],
    ['Leefgebieden met zorgen', a.leefgebieden.map(c => w('leefgebieden', c))],
    ['Strafrechtelijke maatregelen', a.strafrechtelijkeMaatregelen.map(c => w('strafrechtelijkeMaatregelen', c))],
    ['Civiele maatregelen', a.civieleMaatregelen.map(c => w('civieleMaatregelen', c))],
    ['Analyse van de aanmelder', a.analyse],
    ['Risicofactoren', a.risicofactoren],
    ['Krachten', a.krachten],
    ['Visie van de cliënten', a.visieClienten],
    ['Cliënten geïnformeerd', jaNee(a.clientenGeinformeerd)],
    ['Eerste hulp', [datum(a.eersteHulpDatum), a.eersteHulpOrganisatie || ''].filter(Boolean).join(', ')],
    ['Dreiging tegen professionals', jaNee(a.dreigingTegenProfessionals)],
    ['Zeer bedreigend, weinig bewijs', jaNee(a.zeerBedreigendWeinigBewijs)]]));

  const terugkoppelingen = sectie('Terugkoppeling aan cliënten',
    dossier.terugkoppelingen.length === 0 ? leeg('Nog geen terugkoppeling vastgelegd.') : tabel(['Datum', 'Soort', 'Hoe', 'Wat', 'Door'],
      dossier.terugkoppelingen.map(t => [datum(t.op), w('terugkoppeling', t.soort), w('terugkoppelingWijze', t.wijze),
        t.tekst || '', wie(t.door, t.partner)])));

  const brieven = sectie('Brieven aan de cliënten',
    (dossier.brieven || []).length === 0 ? leeg('Nog geen brief aan de cliënten gemaakt.') : tabel(['Overleg', 'Gemaakt op', 'Wordt vertaald in', ''],
      dossier.brieven.map(b => ['Ronde ' + b.ronde, datum(b.gemaaktOp), b.talen.join(', '),
        dossier.leesrecht === 'VOLLEDIG' ? briefLink(dossier.casusnummer, b) : ''])));

  const proeftijden = (dossier.proeftijden || []).length === 0 ? null : sectie('Proeftijd en voorwaarden',
    dossier.proeftijden.map(p => proeftijd(p, w, wie)));

  // Where the case came from the ZSM deepening meeting: its number, decision and the officer's explanation only.
  const vanZsm = (dossier.vanZsm || []).length === 0 ? null : sectie('Uit het ZSM-verdiepingsoverleg',
    tabel(['ZSM-zaak', 'Besloten op', 'Besluit', 'Toelichting van de officier', 'Door'],
      dossier.vanZsm.map(z => [z.zsmnummer, datum(z.op), w('zsmBesluit', z.besluit), z.toelichting || '', wie(z.door, 'om')])));

  const eerdere = sectie('Eerdere casussen van dit huishouden',
    dossier.eerdereCasussen.length === 0 ? leeg('Geen eerdere casussen.') : tabel(['Casus', 'Aanpak', 'Status', 'Aangemeld', 'Afgesloten', 'Afsluitplan'],
      dossier.eerdereCasussen.map(c => [c.casusnummer, w('aanpak', c.aanpak), w('status', c.status), datum(c.aangemeldOp),
        datum(c.afgeslotenOp), c.afsluitplan || ''])));

  return el('div', { className: 'casusregie-dossier', style: { padding: '0.5em 1em' } },
    kop, vanZsm, huishouden, incidenten(dossier.incidenten, w, wie), huisverbodSectie, overleggen, proeftijden, besluiten, aanmelding,
    terugkoppelingen, brieven, eerdere);
}

export default {
  id: 'casusregie-dossier',
  pluginPoint: 'tasklist.task.detail',
  priority: 900,
  properties: { label: 'Dossier' },
  render: (node, { taskId }) => {
    node.textContent = 'Dossier laden…';
    Promise.all([lees('taken/' + encodeURIComponent(taskId) + '/dossier'), woorden()])
      .then(([dossier, w]) => node.replaceChildren(render(dossier, w)))
      .catch(fout => node.replaceChildren(el('div', { className: 'alert alert-warning' }, fout.message)));
  }
};
