/*
 * casusregie: Camunda Forms in Tasklist in Dutch.
 *
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, which has no translations: its date
 * picker (flatpickr) starts the week on Sunday with English month names, and its validation
 * messages ("Field is required.") and the few words it shows itself ("Select", "Search") are
 * English, fixed in its code. Tasklist creates the form without a hook for either. So:
 *
 * 1. Date picker: form-js creates each picker without a locale, so flatpickr uses its default
 *    locale. flatpickr registers itself as window.flatpickr when the library loads; this script
 *    runs before (index.html loads it ahead of Camunda's deferred scripts) and sets the Dutch
 *    locale as that default the moment it registers. Monday first, Dutch month and day names.
 * 2. Texts: form-js's own texts are a closed list (its Validator, its select and date inputs),
 *    so they are replaced by their Dutch text where they appear in a form, as form-js renders
 *    them. The form's own labels and descriptions are Dutch already. Texts that form-js
 *    renders again (after each change) are replaced again.
 *
 * After a Camunda upgrade (another form-js), DutchTasklistBrowserTest shows what changed.
 */
(function () {
  'use strict';

  // flatpickr's Dutch locale (flatpickr/dist/l10n/nl.js, MIT), as a default for every picker.
  var NL = {
    weekdays: {
      shorthand: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
      longhand: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sept', 'okt', 'nov', 'dec'],
      longhand: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
        'september', 'oktober', 'november', 'december']
    },
    firstDayOfWeek: 1,
    weekAbbreviation: 'wk',
    rangeSeparator: ' t/m ',
    scrollTitle: 'Scroll voor volgende / vorige',
    toggleTitle: 'Klik om te wisselen',
    amPM: ['AM', 'PM'],
    yearAriaLabel: 'Jaar',
    monthAriaLabel: 'Maand',
    hourAriaLabel: 'Uur',
    minuteAriaLabel: 'Minuut',
    time_24hr: true,
    ordinal: function (n) {
      return n === 1 || n === 8 || n >= 20 ? 'ste' : 'de';
    }
  };

  function dutchPicker(flatpickr) {
    if (flatpickr && flatpickr.l10ns && typeof flatpickr.localize === 'function') {
      flatpickr.l10ns.nl = NL;
      flatpickr.localize(NL);
    }
  }

  if (window.flatpickr) {
    dutchPicker(window.flatpickr);
  } else {
    var registered;
    Object.defineProperty(window, 'flatpickr', {
      configurable: true,
      get: function () { return registered; },
      set: function (flatpickr) {
        registered = flatpickr;
        dutchPicker(flatpickr);
      }
    });
  }

  // form-js 1.8.7's validation messages (Validator) and their Dutch text.
  var MESSAGES = [
    [/^Field is required\.$/, function () { return 'Dit veld is verplicht.'; }],
    [/^Field must have minimum length of (.+)\.$/, function (m) { return 'Vul minstens ' + m[1] + ' tekens in.'; }],
    [/^Field must have maximum length of (.+)\.$/, function (m) { return 'Vul hoogstens ' + m[1] + ' tekens in.'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'De waarde moet minstens ' + m[1] + ' zijn.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'De waarde mag hoogstens ' + m[1] + ' zijn.'; }],
    [/^Field must match pattern .*\.$/, function () { return 'De invoer heeft niet de gevraagde vorm.'; }],
    [/^Field must be a valid +international phone number\..*$/,
      function () { return 'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31201234567).'; }],
    [/^Field must be a valid email\.$/, function () { return 'Vul een geldig e-mailadres in.'; }],
    [/^Value is not a number\.$/, function () { return 'Vul een getal in.'; }],
    [/^Value is expected to be an integer\.$/, function () { return 'Vul een heel getal in.'; }],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/,
      function (m) { return 'Gebruik hoogstens ' + m[1] + ' cijfer(s) achter de komma.'; }],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
      function (m) { return 'Kies een geldige waarde; de dichtstbijzijnde zijn ' + m[1] + ' en ' + m[2] + '.'; }]
  ];

  function dutchMessage(text) {
    for (var i = 0; i < MESSAGES.length; i++) {
      var match = MESSAGES[i][0].exec(text);
      if (match) {
        return MESSAGES[i][1](match);
      }
    }
    return null;
  }

  // Changes form-js's own text node in place: form-js (Preact) keeps that node and updates it
  // when the text changes, so the element keeps one text, never an English one beside it.
  function setText(element, dutch) {
    element.childNodes.forEach(function (node) {
      if (dutch !== null && node.nodeType === Node.TEXT_NODE && node.nodeValue.trim() && node.nodeValue !== dutch) {
        node.nodeValue = dutch;
      }
    });
  }

  function translate(root) {
    root.querySelectorAll('.fjs-form-field-error li').forEach(function (item) {
      setText(item, dutchMessage(item.textContent.trim()));
    });
    root.querySelectorAll('.fjs-select-display.fjs-select-placeholder').forEach(function (display) {
      setText(display, display.textContent.trim() === 'Select' ? 'Maak een keuze' : null);
    });
    root.querySelectorAll('input[placeholder]').forEach(function (input) {
      var placeholder = input.getAttribute('placeholder');
      var dutch = placeholder === 'Search' ? 'Zoeken'
        // Date and time formats as form-js shows them in the browser's own format (dd-mm-yyyy,
        // hh:mm): Dutch letters.
        : placeholder.replace(/yyyy/g, 'jjjj').replace(/^hh:mm/, 'uu:mm');
      if (dutch !== placeholder) {
        input.setAttribute('placeholder', dutch);
      }
    });
    root.querySelectorAll('[title="Remove tag"]').forEach(function (button) {
      button.setAttribute('title', 'Verwijderen');
    });
  }

  var scheduled = false;
  var observer = new MutationObserver(function () {
    // Once per batch of changes, after form-js has rendered them.
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(function () {
        scheduled = false;
        document.querySelectorAll('.fjs-container').forEach(translate);
      });
    }
  });

  function observe() {
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
      attributeFilter: ['placeholder', 'class'] });
  }

  if (document.body) {
    observe();
  } else {
    document.addEventListener('DOMContentLoaded', observe);
  }
}());
