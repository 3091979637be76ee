import type { UiStrings } from './en.js';

/** Čeština */
const strings: UiStrings = {
  heading: 'Vaše rozhodnutí o vašich údajích',
  intro: {
    asker: '{{controller}} žádá o váš souhlas.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Svůj souhlas můžete kdykoli změnit nebo odvolat v části „Nastavení soukromí“ na tomto webu, a to stejně snadno, jako jste ho udělili.',
    policy: 'Přečíst celé zásady ochrany osobních údajů',
    decide_one: 'Rozhodněte o {{count}} účelu. Nic není povoleno, dokud to sami nezvolíte.',
    decide_few: 'Rozhodněte o každém z těchto {{count}} účelů. Nic není povoleno, dokud to sami nezvolíte.',
    decide_many: 'Rozhodněte o každém z těchto {{count}} účelu. Nic není povoleno, dokud to sami nezvolíte.',
    decide_other: 'Rozhodněte o každém z těchto {{count}} účelů. Nic není povoleno, dokud to sami nezvolíte.',
  },
  purpose: {
    necessary: 'Vždy zapnuto',
    necessaryNote:
      'Nezbytné pro službu, o kterou jste požádali. Nezávisí na vašem souhlasu, proto zde není žádný přepínač.',
    separate: 'Vyžaduje váš samostatný souhlas',
    allow: 'Povolit',
    dataCategories: 'Používané údaje',
    recipients: 'Sdíleno s',
    retention: 'Doba uchování',
  },
  language: {
    notice: 'Tento text není k dispozici ve vámi požadovaném jazyce ({{wanted}}). Zobrazuje se v jazyce: {{shown}}.',
    menu: 'Jazyk',
    changed: 'Formulář se nyní zobrazuje v jazyce: {{language}}.',
  },
  recipients: {
    show: 'Kdo tyto údaje dostává',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Co znamená „{{term}}“?',
  },
  preferences: {
    open: 'Nastavení soukromí',
    heading: 'Vaše nastavení soukromí',
    current: 'Níže jsou uvedeny vaše aktuální volby. Chcete-li souhlas odvolat, vypněte příslušný účel a volby uložte.',
    granted: 'Povoleno',
    refused: 'Nepovoleno',
    forget: 'Zapomenout mé volby',
  },
  reask: {
    intro: 'Od vašeho posledního rozhodnutí se něco změnilo, proto se ptáme znovu:',
    policy: 'vyšla nová verze zásad ochrany osobních údajů',
    clause_one: 'změnil se text {{count}} účelu, se kterým jste souhlasili',
    clause_few: 'změnil se text {{count}} účelů, se kterými jste souhlasili',
    clause_many: 'změnil se text {{count}} účelu, se kterými jste souhlasili',
    clause_other: 'změnil se text {{count}} účelů, se kterými jste souhlasili',
    added_one: 'byl přidán {{count}} nový účel',
    added_few: 'byly přidány {{count}} nové účely',
    added_many: 'bylo přidáno {{count}} nového účelu',
    added_other: 'bylo přidáno {{count}} nových účelů',
    expired_one: 'vaše poslední rozhodnutí je starší než {{count}} den',
    expired_few: 'vaše poslední rozhodnutí je starší než {{count}} dny',
    expired_many: 'vaše poslední rozhodnutí je starší než {{count}} dne',
    expired_other: 'vaše poslední rozhodnutí je starší než {{count}} dní',
    gpc: 'váš prohlížeč nyní odesílá signál Global Privacy Control, který odmítá prodej nebo sdílení vašich údajů',
  },
  gpc: {
    note: 'Nepovoleno, protože váš prohlížeč odesílá signál Global Privacy Control. Přesto to můžete sami povolit.',
  },
  receipt: {
    heading: 'Vaše potvrzení o souhlasu',
    download: 'Stáhnout má potvrzení (JSON)',
    none: 'Zatím zde nejsou žádná potvrzení.',
    decidedOn: 'Rozhodnuto {{date}}',
    action: 'Akce',
    selfSigned: 'Podepsáno tímto prohlížečem. Dokazuje, že záznam nebyl změněn, ne však to, kdo ho vytvořil.',
    hostSigned: 'Podepsáno klíčem tohoto webu.',
    verified: 'Podpis ověřen',
    notVerified: 'Podpis se nepodařilo ověřit',
    textShown: 'Jazyk zobrazeného textu: {{language}}',
    needsHttps: 'Potvrzení vyžadují zabezpečenou stránku (HTTPS); vaše volby přesto platí.',
  },
  placeholder: {
    blocked: 'Tento obsah je zablokován, dokud nepovolíte „{{purpose}}“.',
    allow: 'Povolit „{{purpose}}“',
  },
  actions: {
    rejectAll: 'Odmítnout vše',
    save: 'Uložit mé volby',
    acceptAll: 'Přijmout vše',
    group: 'Vaše rozhodnutí',
    withdraw: 'Odvolat',
    acceptAllExcludes_one: '„Přijmout vše“ nezahrnuje {{purposes}}: o tomto účelu je třeba rozhodnout zvlášť výše.',
    acceptAllExcludes_few: '„Přijmout vše“ nezahrnuje {{purposes}}: o každém z nich je třeba rozhodnout zvlášť výše.',
    acceptAllExcludes_many: '„Přijmout vše“ nezahrnuje {{purposes}}: o každém z nich je třeba rozhodnout zvlášť výše.',
    acceptAllExcludes_other: '„Přijmout vše“ nezahrnuje {{purposes}}: o každém z nich je třeba rozhodnout zvlášť výše.',
    close: 'Zavřít bez rozhodnutí',
  },
  status: {
    saved: 'Vaše volby jsou uloženy. Můžete je kdykoli změnit.',
    loading: 'Načítání formuláře souhlasu…',
  },
  errors: {
    invalidConfig: 'Tento formulář souhlasu nelze zobrazit, protože je nesprávně nastaven. Nic nebylo zaznamenáno.',
    loadFailed: 'Tento formulář souhlasu se nepodařilo načíst. Nic nebylo zaznamenáno.',
  },
};

export default strings;
