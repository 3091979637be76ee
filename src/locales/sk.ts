import type { UiStrings } from './en.js';

/** Slovenčina */
const strings: UiStrings = {
  heading: 'Rozhodnutia o vašich údajoch',
  intro: {
    asker: '{{controller}} žiada o váš súhlas.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Svoj súhlas môžete kedykoľvek zmeniť alebo odvolať v časti „Nastavenia súkromia“ na tejto stránke, a to rovnako jednoducho, ako ste ho udelili.',
    policy: 'Prečítajte si úplné zásady ochrany osobných údajov',
    decide_one: 'Rozhodnite o {{count}} účele. Nič nie je povolené, kým to sami nezvolíte.',
    decide_few: 'Rozhodnite o každom z týchto {{count}} účelov. Nič nie je povolené, kým to sami nezvolíte.',
    decide_many: 'Rozhodnite o každom z týchto {{count}} účelov. Nič nie je povolené, kým to sami nezvolíte.',
    decide_other: 'Rozhodnite o každom z týchto {{count}} účelov. Nič nie je povolené, kým to sami nezvolíte.',
  },
  purpose: {
    necessary: 'Vždy zapnuté',
    necessaryNote:
      'Potrebné pre službu, o ktorú ste požiadali. Nezakladá sa na vašom súhlase, preto tu nie je prepínač.',
    separate: 'Vyžaduje váš samostatný súhlas',
    allow: 'Povoliť',
    dataCategories: 'Používané údaje',
    recipients: 'Zdieľané s',
    retention: 'Doba uchovávania',
  },
  language: {
    notice: 'Tento text nie je k dispozícii v požadovanom jazyku ({{wanted}}). Zobrazuje sa v jazyku: {{shown}}.',
    menu: 'Jazyk',
    changed: 'Formulár sa teraz zobrazuje v jazyku: {{language}}.',
  },
  recipients: {
    show: 'Kto dostáva tieto údaje',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Čo znamená „{{term}}“?',
  },
  preferences: {
    open: 'Nastavenia súkromia',
    heading: 'Vaše nastavenia súkromia',
    current: 'Nižšie sú zobrazené vaše aktuálne voľby. Ak chcete odvolať súhlas, vypnite účel a uložte zmeny.',
    granted: 'Povolené',
    refused: 'Nepovolené',
    forget: 'Vymazať moje voľby',
  },
  reask: {
    intro: 'Od vášho posledného rozhodnutia sa niečo zmenilo, preto sa pýtame znova:',
    policy: 'zásady ochrany osobných údajov majú novú verziu',
    clause_one: 'zmenilo sa znenie {{count}} účelu, s ktorým ste súhlasili',
    clause_few: 'zmenilo sa znenie {{count}} účelov, s ktorými ste súhlasili',
    clause_many: 'zmenilo sa znenie {{count}} účelu, s ktorým ste súhlasili',
    clause_other: 'zmenilo sa znenie {{count}} účelov, s ktorými ste súhlasili',
    added_one: 'pribudol {{count}} nový účel',
    added_few: 'pribudli {{count}} nové účely',
    added_many: 'pribudlo {{count}} nového účelu',
    added_other: 'pribudlo {{count}} nových účelov',
    expired_one: 'vaše posledné rozhodnutie je staršie ako {{count}} deň',
    expired_few: 'vaše posledné rozhodnutie je staršie ako {{count}} dni',
    expired_many: 'vaše posledné rozhodnutie je staršie ako {{count}} dňa',
    expired_other: 'vaše posledné rozhodnutie je staršie ako {{count}} dní',
    gpc: 'váš prehliadač teraz odosiela signál Global Privacy Control, ktorý odmieta predaj alebo zdieľanie vašich údajov',
  },
  gpc: {
    note: 'Nepovolené, pretože váš prehliadač odosiela signál Global Privacy Control. Stále to však môžete povoliť sami.',
  },
  receipt: {
    heading: 'Vaše potvrdenia o súhlase',
    download: 'Stiahnuť moje potvrdenia (JSON)',
    none: 'Zatiaľ tu nie sú žiadne potvrdenia.',
    decidedOn: 'Dátum rozhodnutia: {{date}}',
    action: 'Úkon',
    selfSigned: 'Podpísané týmto prehliadačom. Dokazuje, že záznam nebol zmenený, nie však to, kto ho vytvoril.',
    hostSigned: 'Podpísané kľúčom stránky.',
    verified: 'Podpis je overený',
    notVerified: 'Podpis sa nepodarilo overiť',
    textShown: 'Jazyk zobrazeného textu: {{language}}',
    needsHttps: 'Potvrdenia vyžadujú zabezpečenú stránku (HTTPS); vaše voľby však platia.',
  },
  placeholder: {
    blocked: 'Tento obsah je zablokovaný, kým nepovolíte „{{purpose}}“.',
    allow: 'Povoliť „{{purpose}}“',
  },
  actions: {
    rejectAll: 'Odmietnuť všetko',
    save: 'Uložiť moje voľby',
    acceptAll: 'Prijať všetko',
    group: 'Vaše rozhodnutie',
    withdraw: 'Odvolať',
    acceptAllExcludes_one: '„Prijať všetko“ nezahŕňa: {{purposes}}. O tomto účele treba rozhodnúť samostatne vyššie.',
    acceptAllExcludes_few:
      '„Prijať všetko“ nezahŕňa: {{purposes}}. O každom z týchto účelov treba rozhodnúť samostatne vyššie.',
    acceptAllExcludes_many:
      '„Prijať všetko“ nezahŕňa: {{purposes}}. O každom z týchto účelov treba rozhodnúť samostatne vyššie.',
    acceptAllExcludes_other:
      '„Prijať všetko“ nezahŕňa: {{purposes}}. O každom z týchto účelov treba rozhodnúť samostatne vyššie.',
    close: 'Zavrieť bez rozhodnutia',
  },
  status: {
    saved: 'Vaše voľby sú uložené. Kedykoľvek ich môžete zmeniť.',
    loading: 'Načítava sa formulár súhlasu…',
  },
  errors: {
    invalidConfig: 'Tento formulár súhlasu nemožno zobraziť, pretože je nesprávne nastavený. Nič sa nezaznamenalo.',
    loadFailed: 'Tento formulár súhlasu sa nepodarilo načítať. Nič sa nezaznamenalo.',
  },
};

export default strings;
