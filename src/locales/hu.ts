import type { UiStrings } from './en.js';

/** Magyar */
const strings: UiStrings = {
  heading: 'Az Ön döntései az adatairól',
  intro: {
    asker: 'Az adatkezelő ({{controller}}) az Ön hozzájárulását kéri.',
    contact: 'Kapcsolat: {{contact}}',
    withdraw:
      'Hozzájárulását bármikor módosíthatja vagy visszavonhatja a webhely „Adatvédelmi beállítások” menüpontjában, ugyanolyan egyszerűen, ahogyan megadta.',
    policy: 'A teljes adatvédelmi tájékoztató elolvasása',
    decide_one: 'Döntsön az alábbi {{count}} célról. Semmi sincs engedélyezve, amíg Ön ki nem választja.',
    decide_other:
      'Döntsön külön-külön az alábbi {{count}} cél mindegyikéről. Semmi sincs engedélyezve, amíg Ön ki nem választja.',
  },
  purpose: {
    necessary: 'Mindig bekapcsolva',
    necessaryNote:
      'Az Ön által kért szolgáltatáshoz szükséges. Nem az Ön hozzájárulásán alapul, ezért nincs hozzá kapcsoló.',
    separate: 'Külön hozzájárulást igényel',
    allow: 'Engedélyezés',
    dataCategories: 'Felhasznált adatok',
    recipients: 'Címzettek',
    retention: 'Megőrzési idő',
  },
  language: {
    notice: 'Ez a szöveg nem érhető el {{wanted}} nyelven, ezért {{shown}} nyelven jelenik meg.',
    menu: 'Nyelv',
    changed: 'Az űrlap mostantól {{language}} nyelven jelenik meg.',
  },
  recipients: {
    show: 'Kik kapják meg ezeket az adatokat',
    contact: 'Kapcsolat',
  },
  glossary: {
    explain: 'Mit jelent ez a kifejezés: „{{term}}”?',
  },
  preferences: {
    open: 'Adatvédelmi beállítások',
    heading: 'Az Ön adatvédelmi beállításai',
    current:
      'Alább láthatók jelenlegi döntései. Hozzájárulása visszavonásához kapcsolja ki az adott célt, majd mentse a módosítást.',
    granted: 'Engedélyezve',
    refused: 'Nincs engedélyezve',
    forget: 'Döntéseim törlése',
  },
  reask: {
    intro: 'Legutóbbi döntése óta valami megváltozott, ezért ismét megkérdezzük:',
    policy: 'az adatvédelmi tájékoztatónak új változata jelent meg',
    clause_one: 'megváltozott {{count}} olyan cél szövege, amelyhez hozzájárult',
    clause_other: 'megváltozott {{count}} olyan cél szövege, amelyekhez hozzájárult',
    added_one: 'bekerült {{count}} új cél',
    added_other: 'bekerült {{count}} új cél',
    expired_one: 'legutóbbi döntése több mint {{count}} napja született',
    expired_other: 'legutóbbi döntése több mint {{count}} napja született',
    gpc: 'a böngészője mostantól Global Privacy Control jelzést küld, amely elutasítja az adatai eladását vagy megosztását',
  },
  gpc: {
    note: 'Nincs engedélyezve, mert a böngészője Global Privacy Control jelzést küld. Ön ettől függetlenül engedélyezheti.',
  },
  receipt: {
    heading: 'Az Ön hozzájárulási igazolásai',
    download: 'Igazolásaim letöltése (JSON)',
    none: 'Még nincsenek igazolások.',
    decidedOn: 'Döntés időpontja: {{date}}',
    action: 'Művelet',
    selfSigned:
      'Ez a böngésző írta alá. Ez igazolja, hogy a bejegyzést nem módosították, azt azonban nem, hogy ki hozta létre.',
    hostSigned: 'A webhely kulcsával aláírva.',
    verified: 'Az aláírás ellenőrizve',
    notVerified: 'Az aláírást nem sikerült ellenőrizni',
    textShown: 'A szöveg nyelve: {{language}}',
    needsHttps: 'Az igazolásokhoz biztonságos (HTTPS) oldal szükséges; döntései ettől függetlenül érvényesek.',
  },
  placeholder: {
    blocked: 'Ez a tartalom le van tiltva, amíg nem engedélyezi ezt a célt: „{{purpose}}”.',
    allow: '„{{purpose}}” engedélyezése',
  },
  actions: {
    rejectAll: 'Összes elutasítása',
    save: 'Döntéseim mentése',
    acceptAll: 'Összes elfogadása',
    group: 'Az Ön döntése',
    withdraw: 'Visszavonás',
    acceptAllExcludes_one:
      'Az „Összes elfogadása” gomb nem vonatkozik erre: {{purposes}}. Erről fent külön kell döntenie.',
    acceptAllExcludes_other:
      'Az „Összes elfogadása” gomb nem vonatkozik ezekre: {{purposes}}. Mindegyikről fent külön kell döntenie.',
    close: 'Bezárás döntés nélkül',
  },
  status: {
    saved: 'Döntéseit mentettük. Bármikor módosíthatja őket.',
    loading: 'A hozzájárulási űrlap betöltése…',
  },
  errors: {
    invalidConfig: 'Ez a hozzájárulási űrlap nem jeleníthető meg, mert hibásan van beállítva. Semmit sem rögzítettünk.',
    loadFailed: 'Ezt a hozzájárulási űrlapot nem sikerült betölteni. Semmit sem rögzítettünk.',
  },
};

export default strings;
