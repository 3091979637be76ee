import type { UiStrings } from './en.js';

/** Polski */
const strings: UiStrings = {
  heading: 'Decyzje dotyczące danych osobowych',
  intro: {
    asker: '{{controller}} prosi o zgodę.',
    contact: 'Kontakt: {{contact}}',
    withdraw:
      'Zgodę można w każdej chwili zmienić lub wycofać w sekcji „Ustawienia prywatności” na tej stronie – równie łatwo, jak się ją wyraża.',
    policy: 'Pełna polityka prywatności',
    decide_one: 'Prosimy o decyzję w sprawie {{count}} celu. Nic nie jest dozwolone, dopóki się tego nie wybierze.',
    decide_few:
      'Prosimy o decyzję w sprawie każdego z tych {{count}} celów. Nic nie jest dozwolone, dopóki się tego nie wybierze.',
    decide_many:
      'Prosimy o decyzję w sprawie każdego z tych {{count}} celów. Nic nie jest dozwolone, dopóki się tego nie wybierze.',
    decide_other:
      'Prosimy o decyzję w sprawie każdego z tych {{count}} celów. Nic nie jest dozwolone, dopóki się tego nie wybierze.',
  },
  purpose: {
    necessary: 'Zawsze włączone',
    necessaryNote:
      'Niezbędne do świadczenia usługi, o którą poproszono. Nie opiera się na zgodzie, dlatego nie ma przełącznika.',
    separate: 'Wymaga odrębnej zgody',
    allow: 'Zezwól',
    dataCategories: 'Wykorzystywane dane',
    recipients: 'Odbiorcy danych',
    retention: 'Okres przechowywania',
  },
  language: {
    notice: 'Ten tekst nie jest dostępny w wybranym języku ({{wanted}}). Jest wyświetlany w języku: {{shown}}.',
    menu: 'Język',
    changed: 'Formularz jest teraz wyświetlany w języku: {{language}}.',
  },
  recipients: {
    show: 'Kto otrzymuje te dane',
    contact: 'Kontakt',
  },
  glossary: {
    explain: 'Co oznacza „{{term}}”?',
  },
  preferences: {
    open: 'Ustawienia prywatności',
    heading: 'Ustawienia prywatności',
    current: 'Poniżej widać obecne ustawienia. Aby wycofać zgodę, należy wyłączyć dany cel i zapisać zmiany.',
    granted: 'Dozwolone',
    refused: 'Niedozwolone',
    forget: 'Usuń zapisane wybory',
  },
  reask: {
    intro: 'Od ostatniej decyzji coś się zmieniło, dlatego pytamy ponownie:',
    policy: 'pojawiła się nowa wersja polityki prywatności',
    clause_one: 'zmienił się tekst {{count}} celu, na który wyrażono zgodę',
    clause_few: 'zmienił się tekst {{count}} celów, na które wyrażono zgodę',
    clause_many: 'zmienił się tekst {{count}} celów, na które wyrażono zgodę',
    clause_other: 'zmienił się tekst {{count}} celu, na który wyrażono zgodę',
    added_one: 'dodano {{count}} nowy cel',
    added_few: 'dodano {{count}} nowe cele',
    added_many: 'dodano {{count}} nowych celów',
    added_other: 'dodano {{count}} nowego celu',
    expired_one: 'ostatnia decyzja ma ponad {{count}} dzień',
    expired_few: 'ostatnia decyzja ma ponad {{count}} dni',
    expired_many: 'ostatnia decyzja ma ponad {{count}} dni',
    expired_other: 'ostatnia decyzja ma ponad {{count}} dnia',
    gpc: 'przeglądarka wysyła teraz sygnał Global Privacy Control, który odmawia zgody na sprzedaż lub udostępnianie danych',
  },
  gpc: {
    note: 'Niedozwolone, ponieważ przeglądarka wysyła sygnał Global Privacy Control. Nadal można samodzielnie na to zezwolić.',
  },
  receipt: {
    heading: 'Potwierdzenia zgody',
    download: 'Pobierz moje potwierdzenia (JSON)',
    none: 'Nie ma jeszcze żadnych potwierdzeń.',
    decidedOn: 'Data decyzji: {{date}}',
    action: 'Działanie',
    selfSigned:
      'Podpisane przez tę przeglądarkę. Dowodzi, że zapis nie został zmieniony, ale nie dowodzi, kto go utworzył.',
    hostSigned: 'Podpisane kluczem witryny.',
    verified: 'Podpis zweryfikowany',
    notVerified: 'Nie udało się zweryfikować podpisu',
    textShown: 'Język wyświetlonego tekstu: {{language}}',
    needsHttps: 'Potwierdzenia wymagają bezpiecznej strony (HTTPS); dokonane wybory pozostają jednak ważne.',
  },
  placeholder: {
    blocked: 'Ta treść jest zablokowana do czasu zezwolenia na „{{purpose}}”.',
    allow: 'Zezwól na „{{purpose}}”',
  },
  actions: {
    rejectAll: 'Odrzuć wszystkie',
    save: 'Zapisz moje wybory',
    acceptAll: 'Zaakceptuj wszystkie',
    group: 'Decyzja',
    withdraw: 'Wycofaj',
    acceptAllExcludes_one: '„Zaakceptuj wszystkie” nie obejmuje: {{purposes}}. Ten cel wymaga osobnego wyboru powyżej.',
    acceptAllExcludes_few:
      '„Zaakceptuj wszystkie” nie obejmuje: {{purposes}}. Każdy z tych celów wymaga osobnego wyboru powyżej.',
    acceptAllExcludes_many:
      '„Zaakceptuj wszystkie” nie obejmuje: {{purposes}}. Każdy z tych celów wymaga osobnego wyboru powyżej.',
    acceptAllExcludes_other:
      '„Zaakceptuj wszystkie” nie obejmuje: {{purposes}}. Każdy z tych celów wymaga osobnego wyboru powyżej.',
    close: 'Zamknij bez podejmowania decyzji',
  },
  status: {
    saved: 'Wybory zostały zapisane. Można je zmienić w dowolnym momencie.',
    loading: 'Wczytywanie formularza zgody…',
  },
  errors: {
    invalidConfig:
      'Nie można wyświetlić tego formularza zgody, ponieważ jest nieprawidłowo skonfigurowany. Nic nie zostało zapisane.',
    loadFailed: 'Nie udało się wczytać tego formularza zgody. Nic nie zostało zapisane.',
  },
};

export default strings;
