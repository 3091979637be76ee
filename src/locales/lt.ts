import type { UiStrings } from './en.js';

/** Lietuvių */
const strings: UiStrings = {
  heading: 'Sprendimai dėl jūsų duomenų',
  intro: {
    asker: '{{controller}} prašo jūsų sutikimo.',
    contact: 'Kontaktai: {{contact}}',
    withdraw:
      'Sutikimą galite bet kada pakeisti arba atšaukti šios svetainės skiltyje „Privatumo nustatymai“ – taip pat lengvai, kaip jį davėte.',
    policy: 'Skaityti visą privatumo politiką',
    decide_one: 'Priimkite sprendimą dėl {{count}} tikslo. Nieko neleidžiama, kol patys to nepasirinksite.',
    decide_few:
      'Priimkite sprendimą dėl kiekvieno iš šių {{count}} tikslų. Nieko neleidžiama, kol patys to nepasirinksite.',
    decide_many:
      'Priimkite sprendimą dėl kiekvieno iš šių {{count}} tikslų. Nieko neleidžiama, kol patys to nepasirinksite.',
    decide_other:
      'Priimkite sprendimą dėl kiekvieno iš šių {{count}} tikslų. Nieko neleidžiama, kol patys to nepasirinksite.',
  },
  purpose: {
    necessary: 'Visada įjungta',
    necessaryNote: 'Būtina jūsų prašomai paslaugai teikti. Tai negrindžiama jūsų sutikimu, todėl jungiklio nėra.',
    separate: 'Reikia atskiro jūsų sutikimo',
    allow: 'Leisti',
    dataCategories: 'Naudojami duomenys',
    recipients: 'Gavėjai',
    retention: 'Saugojimo laikotarpis',
  },
  language: {
    notice: 'Šis tekstas nepateikiamas {{wanted}} kalba. Jis rodomas {{shown}} kalba.',
    menu: 'Kalba',
    changed: 'Forma dabar rodoma {{language}} kalba.',
  },
  recipients: {
    show: 'Kas gauna šiuos duomenis',
    contact: 'Kontaktai',
  },
  glossary: {
    explain: 'Ką reiškia „{{term}}“?',
  },
  preferences: {
    open: 'Privatumo nustatymai',
    heading: 'Jūsų privatumo nustatymai',
    current:
      'Toliau rodomi dabartiniai jūsų pasirinkimai. Norėdami atšaukti sutikimą, išjunkite tikslą ir išsaugokite.',
    granted: 'Leidžiama',
    refused: 'Neleidžiama',
    forget: 'Pamiršti mano pasirinkimus',
  },
  reask: {
    intro: 'Nuo jūsų paskutinio sprendimo kai kas pasikeitė, todėl klausiame dar kartą:',
    policy: 'yra nauja privatumo politikos versija',
    clause_one: 'pasikeitė {{count}} tikslo, kuriam davėte sutikimą, tekstas',
    clause_few: 'pasikeitė {{count}} tikslų, kuriems davėte sutikimą, tekstas',
    clause_many: 'pasikeitė {{count}} tikslo, kuriems davėte sutikimą, tekstas',
    clause_other: 'pasikeitė {{count}} tikslų, kuriems davėte sutikimą, tekstas',
    added_one: 'pridėtas {{count}} naujas tikslas',
    added_few: 'pridėti {{count}} nauji tikslai',
    added_many: 'pridėta {{count}} naujo tikslo',
    added_other: 'pridėta {{count}} naujų tikslų',
    expired_one: 'nuo jūsų paskutinio sprendimo praėjo daugiau nei {{count}} diena',
    expired_few: 'nuo jūsų paskutinio sprendimo praėjo daugiau nei {{count}} dienos',
    expired_many: 'nuo jūsų paskutinio sprendimo praėjo daugiau nei {{count}} dienos',
    expired_other: 'nuo jūsų paskutinio sprendimo praėjo daugiau nei {{count}} dienų',
    gpc: 'jūsų naršyklė dabar siunčia „Global Privacy Control“ signalą, kuris draudžia parduoti ar bendrinti jūsų duomenis',
  },
  gpc: {
    note: 'Neleidžiama, nes jūsų naršyklė siunčia „Global Privacy Control“ signalą. Vis tiek galite tai leisti patys.',
  },
  receipt: {
    heading: 'Jūsų sutikimų patvirtinimai',
    download: 'Atsisiųsti mano patvirtinimus (JSON)',
    none: 'Patvirtinimų dar nėra.',
    decidedOn: 'Sprendimo data: {{date}}',
    action: 'Veiksmas',
    selfSigned: 'Pasirašyta šios naršyklės. Tai įrodo, kad įrašas nebuvo pakeistas, bet ne tai, kas jį sukūrė.',
    hostSigned: 'Pasirašyta svetainės raktu.',
    verified: 'Parašas patikrintas',
    notVerified: 'Nepavyko patikrinti parašo',
    textShown: 'Tekstas rodytas {{language}} kalba',
    needsHttps: 'Patvirtinimams reikia saugaus (HTTPS) puslapio; jūsų pasirinkimai vis tiek galioja.',
  },
  placeholder: {
    blocked: 'Šis turinys užblokuotas, kol neleisite „{{purpose}}“.',
    allow: 'Leisti „{{purpose}}“',
  },
  actions: {
    rejectAll: 'Atmesti visus',
    save: 'Išsaugoti mano pasirinkimus',
    acceptAll: 'Priimti visus',
    group: 'Jūsų sprendimas',
    withdraw: 'Atšaukti',
    acceptAllExcludes_one:
      '„Priimti visus“ neapima: {{purposes}}. Dėl šio tikslo reikia apsispręsti atskirai aukščiau.',
    acceptAllExcludes_few:
      '„Priimti visus“ neapima: {{purposes}}. Dėl kiekvieno iš šių tikslų reikia apsispręsti atskirai aukščiau.',
    acceptAllExcludes_many:
      '„Priimti visus“ neapima: {{purposes}}. Dėl kiekvieno iš šių tikslų reikia apsispręsti atskirai aukščiau.',
    acceptAllExcludes_other:
      '„Priimti visus“ neapima: {{purposes}}. Dėl kiekvieno iš šių tikslų reikia apsispręsti atskirai aukščiau.',
    close: 'Uždaryti nepriėmus sprendimo',
  },
  status: {
    saved: 'Jūsų pasirinkimai išsaugoti. Juos galite bet kada pakeisti.',
    loading: 'Įkeliama sutikimo forma…',
  },
  errors: {
    invalidConfig: 'Šios sutikimo formos negalima parodyti, nes ji netinkamai sukonfigūruota. Nieko neįrašyta.',
    loadFailed: 'Nepavyko įkelti šios sutikimo formos. Nieko neįrašyta.',
  },
};

export default strings;
