import type { UiStrings } from './en.js';

/** Suomi */
const strings: UiStrings = {
  heading: 'Tietojasi koskevat valintasi',
  intro: {
    asker: '{{controller}} pyytää suostumustasi.',
    contact: 'Yhteystiedot: {{contact}}',
    withdraw:
      'Voit muuttaa tai peruuttaa suostumuksesi milloin tahansa tämän sivuston kohdassa ”Tietosuoja-asetukset” yhtä helposti kuin annoit sen.',
    policy: 'Lue koko tietosuojaseloste',
    decide_one: 'Päätä {{count}} käyttötarkoituksesta. Mitään ei sallita ennen kuin valitset sen itse.',
    decide_other:
      'Päätä erikseen jokaisesta näistä {{count}} käyttötarkoituksesta. Mitään ei sallita ennen kuin valitset sen itse.',
  },
  purpose: {
    necessary: 'Aina käytössä',
    necessaryNote:
      'Tarvitaan pyytämääsi palveluun. Tämä ei perustu suostumukseesi, joten siinä ei ole valintakytkintä.',
    separate: 'Vaatii erillisen suostumuksesi',
    allow: 'Salli',
    dataCategories: 'Käytettävät tiedot',
    recipients: 'Vastaanottajat',
    retention: 'Säilytysaika',
  },
  language: {
    notice: 'Tätä tekstiä ei ole saatavilla haluamallasi kielellä ({{wanted}}). Tekstin kieli on {{shown}}.',
    menu: 'Kieli',
    changed: 'Suostumuslomakkeen kieli on nyt {{language}}.',
  },
  recipients: {
    show: 'Kuka saa nämä tiedot',
    contact: 'Yhteystiedot',
  },
  glossary: {
    explain: 'Mitä ”{{term}}” tarkoittaa?',
  },
  preferences: {
    open: 'Tietosuoja-asetukset',
    heading: 'Tietosuoja-asetuksesi',
    current:
      'Nykyiset valintasi näkyvät alla. Voit peruuttaa suostumuksesi kytkemällä käyttötarkoituksen pois päältä ja tallentamalla.',
    granted: 'Sallittu',
    refused: 'Ei sallittu',
    forget: 'Unohda valintani',
  },
  reask: {
    intro: 'Jokin on muuttunut edellisen päätöksesi jälkeen, joten kysymme uudelleen:',
    policy: 'tietosuojaselosteesta on uusi versio',
    clause_one: '{{count}} hyväksymäsi käyttötarkoituksen teksti on muuttunut',
    clause_other: '{{count}} hyväksymäsi käyttötarkoituksen tekstit ovat muuttuneet',
    added_one: '{{count}} uusi käyttötarkoitus on lisätty',
    added_other: '{{count}} uutta käyttötarkoitusta on lisätty',
    expired_one: 'edellinen päätöksesi on yli {{count}} päivän vanha',
    expired_other: 'edellinen päätöksesi on yli {{count}} päivää vanha',
    gpc: 'selaimesi lähettää nyt Global Privacy Control -signaalin, joka kieltää tietojesi myynnin tai jakamisen',
  },
  gpc: {
    note: 'Ei sallittu, koska selaimesi lähettää Global Privacy Control -signaalin. Voit silti sallia sen itse.',
  },
  receipt: {
    heading: 'Suostumuskuittisi',
    download: 'Lataa kuittini (JSON)',
    none: 'Kuitteja ei ole vielä.',
    decidedOn: 'Päätetty {{date}}',
    action: 'Toiminto',
    selfSigned:
      'Tämän selaimen allekirjoittama. Se todistaa, ettei merkintää ole muutettu, mutta ei sitä, kuka sen on tehnyt.',
    hostSigned: 'Allekirjoitettu sivuston avaimella.',
    verified: 'Allekirjoitus vahvistettu',
    notVerified: 'Allekirjoitusta ei voitu vahvistaa',
    textShown: 'Tekstin kieli: {{language}}',
    needsHttps: 'Kuitit edellyttävät suojattua (HTTPS) sivua. Valintasi ovat silti voimassa.',
  },
  placeholder: {
    blocked: 'Tämä sisältö on estetty, kunnes sallit käyttötarkoituksen ”{{purpose}}”.',
    allow: 'Salli ”{{purpose}}”',
  },
  actions: {
    rejectAll: 'Hylkää kaikki',
    save: 'Tallenna valintani',
    acceptAll: 'Hyväksy kaikki',
    group: 'Päätöksesi',
    withdraw: 'Peruuta',
    acceptAllExcludes_one:
      '”Hyväksy kaikki” ei koske käyttötarkoitusta {{purposes}}: siitä on päätettävä erikseen yllä.',
    acceptAllExcludes_other:
      '”Hyväksy kaikki” ei koske käyttötarkoituksia {{purposes}}: jokaisesta niistä on päätettävä erikseen yllä.',
    close: 'Sulje päättämättä',
  },
  status: {
    saved: 'Valintasi on tallennettu. Voit muuttaa niitä milloin tahansa.',
    loading: 'Ladataan suostumuslomaketta…',
  },
  errors: {
    invalidConfig:
      'Tätä suostumuslomaketta ei voida näyttää, koska sen asetukset ovat virheelliset. Mitään ei ole tallennettu.',
    loadFailed: 'Tätä suostumuslomaketta ei voitu ladata. Mitään ei ole tallennettu.',
  },
};

export default strings;
