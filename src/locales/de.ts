import type { UiStrings } from './en.js';

/** Deutsch */
const strings: UiStrings = {
  heading: 'Ihre Entscheidungen zu Ihren Daten',
  intro: {
    asker: '{{controller}} bittet um Ihre Einwilligung.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Sie können Ihre Einwilligung jederzeit unter „Datenschutzeinstellungen“ auf dieser Website ändern oder widerrufen – genauso einfach, wie Sie sie erteilt haben.',
    policy: 'Vollständige Datenschutzerklärung lesen',
    decide_one: 'Entscheiden Sie über {{count}} Zweck. Nichts ist erlaubt, bevor Sie es selbst auswählen.',
    decide_other:
      'Entscheiden Sie über jeden dieser {{count}} Zwecke. Nichts ist erlaubt, bevor Sie es selbst auswählen.',
  },
  purpose: {
    necessary: 'Immer aktiv',
    necessaryNote:
      'Erforderlich für den Dienst, den Sie angefordert haben. Dies beruht nicht auf Ihrer Einwilligung, daher gibt es keinen Schalter.',
    separate: 'Erfordert Ihre gesonderte Einwilligung',
    allow: 'Erlauben',
    dataCategories: 'Verwendete Daten',
    recipients: 'Weitergegeben an',
    retention: 'Speicherdauer',
  },
  language: {
    notice: 'Dieser Text ist nicht auf {{wanted}} verfügbar. Er wird auf {{shown}} angezeigt.',
    menu: 'Sprache',
    changed: 'Die Einwilligungsabfrage wird jetzt auf {{language}} angezeigt.',
  },
  recipients: {
    show: 'Wer diese Daten erhält',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Was bedeutet „{{term}}“?',
  },
  preferences: {
    open: 'Datenschutzeinstellungen',
    heading: 'Ihre Datenschutzeinstellungen',
    current:
      'Unten sehen Sie Ihre aktuelle Auswahl. Um Ihre Einwilligung zu widerrufen, schalten Sie einen Zweck aus und speichern Sie.',
    granted: 'Erlaubt',
    refused: 'Nicht erlaubt',
    forget: 'Meine Auswahl vergessen',
  },
  reask: {
    intro: 'Seit Ihrer letzten Entscheidung hat sich etwas geändert, daher fragen wir erneut:',
    policy: 'es gibt eine neue Fassung der Datenschutzerklärung',
    clause_one: 'der Text von {{count}} Zweck, dem Sie zugestimmt haben, wurde geändert',
    clause_other: 'der Text von {{count}} Zwecken, denen Sie zugestimmt haben, wurde geändert',
    added_one: '{{count}} neuer Zweck wurde hinzugefügt',
    added_other: '{{count}} neue Zwecke wurden hinzugefügt',
    expired_one: 'Ihre letzte Entscheidung liegt mehr als {{count}} Tag zurück',
    expired_other: 'Ihre letzte Entscheidung liegt mehr als {{count}} Tage zurück',
    gpc: 'Ihr Browser sendet jetzt ein Global-Privacy-Control-Signal, das den Verkauf oder die Weitergabe Ihrer Daten ablehnt',
  },
  gpc: {
    note: 'Nicht erlaubt, weil Ihr Browser ein Global-Privacy-Control-Signal sendet. Sie können es trotzdem selbst erlauben.',
  },
  receipt: {
    heading: 'Ihre Einwilligungsnachweise',
    download: 'Meine Nachweise herunterladen (JSON)',
    none: 'Es gibt noch keine Nachweise.',
    decidedOn: 'Entschieden am {{date}}',
    action: 'Aktion',
    selfSigned:
      'Von diesem Browser signiert. Das beweist, dass der Eintrag nicht verändert wurde, aber nicht, wer ihn erstellt hat.',
    hostSigned: 'Mit dem Schlüssel der Website signiert.',
    verified: 'Signatur geprüft',
    notVerified: 'Signatur konnte nicht geprüft werden',
    textShown: 'Text angezeigt auf {{language}}',
    needsHttps: 'Nachweise erfordern eine sichere Seite (HTTPS); Ihre Auswahl gilt trotzdem.',
  },
  placeholder: {
    blocked: 'Dieser Inhalt ist blockiert, bis Sie „{{purpose}}“ erlauben.',
    allow: '„{{purpose}}“ erlauben',
  },
  actions: {
    rejectAll: 'Alle ablehnen',
    save: 'Meine Auswahl speichern',
    acceptAll: 'Alle akzeptieren',
    group: 'Ihre Entscheidung',
    withdraw: 'Widerrufen',
    acceptAllExcludes_one: '„Alle akzeptieren“ umfasst {{purposes}} nicht: Dafür ist oben eine eigene Auswahl nötig.',
    acceptAllExcludes_other:
      '„Alle akzeptieren“ umfasst {{purposes}} nicht: Für jeden dieser Zwecke ist oben eine eigene Auswahl nötig.',
    close: 'Schließen, ohne zu entscheiden',
  },
  status: {
    saved: 'Ihre Auswahl wurde gespeichert. Sie können sie jederzeit ändern.',
    loading: 'Das Einwilligungsformular wird geladen …',
  },
  errors: {
    invalidConfig:
      'Dieses Einwilligungsformular kann nicht angezeigt werden, weil es falsch eingerichtet ist. Es wurde nichts erfasst.',
    loadFailed: 'Dieses Einwilligungsformular konnte nicht geladen werden. Es wurde nichts erfasst.',
  },
};

export default strings;
