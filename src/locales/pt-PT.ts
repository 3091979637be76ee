import type { UiStrings } from './en.js';

/** Português (Portugal) */
const strings: UiStrings = {
  heading: 'As suas escolhas sobre os seus dados',
  intro: {
    asker: '{{controller}} pede o seu consentimento.',
    contact: 'Contacto: {{contact}}',
    withdraw:
      'Pode alterar ou retirar o seu consentimento a qualquer momento em «Escolhas de privacidade» neste site, com a mesma facilidade com que o deu.',
    policy: 'Leia a política de privacidade completa',
    decide_one: 'Decida sobre {{count}} finalidade. Nada é permitido até que o escolha.',
    decide_many: 'Decida sobre cada uma destas {{count}} finalidades. Nada é permitido até que o escolha.',
    decide_other: 'Decida sobre cada uma destas {{count}} finalidades. Nada é permitido até que o escolha.',
  },
  purpose: {
    necessary: 'Sempre ativo',
    necessaryNote:
      'Necessário para o serviço que pediu. Não depende do seu consentimento, por isso não há interruptor.',
    separate: 'Requer o seu consentimento separado',
    allow: 'Permitir',
    dataCategories: 'Dados utilizados',
    recipients: 'Partilhados com',
    retention: 'Conservados durante',
  },
  language: {
    notice: 'Este texto não está disponível em {{wanted}}. É apresentado em {{shown}}.',
    menu: 'Idioma',
    changed: 'O formulário é agora apresentado em {{language}}.',
  },
  recipients: {
    show: 'Quem recebe estes dados',
    contact: 'Contacto',
  },
  glossary: {
    explain: 'O que significa «{{term}}»?',
  },
  preferences: {
    open: 'Escolhas de privacidade',
    heading: 'As suas escolhas de privacidade',
    current:
      'As suas escolhas atuais são apresentadas abaixo. Para retirar o seu consentimento, desative uma finalidade e guarde.',
    granted: 'Permitido',
    refused: 'Não permitido',
    forget: 'Esquecer as minhas escolhas',
  },
  reask: {
    intro: 'Algo mudou desde a sua última decisão, por isso voltamos a perguntar:',
    policy: 'a política de privacidade tem uma nova versão',
    clause_one: 'o texto de {{count}} finalidade que aceitou foi alterado',
    clause_many: 'o texto de {{count}} finalidades que aceitou foi alterado',
    clause_other: 'o texto de {{count}} finalidades que aceitou foi alterado',
    added_one: 'foi adicionada {{count}} nova finalidade',
    added_many: 'foram adicionadas {{count}} novas finalidades',
    added_other: 'foram adicionadas {{count}} novas finalidades',
    expired_one: 'a sua última decisão tem mais de {{count}} dia',
    expired_many: 'a sua última decisão tem mais de {{count}} dias',
    expired_other: 'a sua última decisão tem mais de {{count}} dias',
    gpc: 'o seu navegador envia agora um sinal Global Privacy Control, que recusa a venda ou a partilha dos seus dados',
  },
  gpc: {
    note: 'Não permitido porque o seu navegador envia um sinal Global Privacy Control. Pode, ainda assim, permiti-lo por sua iniciativa.',
  },
  receipt: {
    heading: 'Os seus comprovativos de consentimento',
    download: 'Transferir os meus comprovativos (JSON)',
    none: 'Ainda não há comprovativos.',
    decidedOn: 'Decidido em {{date}}',
    action: 'Ação',
    selfSigned: 'Assinado por este navegador. Prova que o registo não foi alterado, mas não quem o fez.',
    hostSigned: 'Assinado com a chave do site.',
    verified: 'Assinatura verificada',
    notVerified: 'Não foi possível verificar a assinatura',
    textShown: 'Texto apresentado em {{language}}',
    needsHttps: 'Os comprovativos requerem uma página segura (HTTPS); as suas escolhas continuam a ser válidas.',
  },
  placeholder: {
    blocked: 'Este conteúdo está bloqueado até que permita «{{purpose}}».',
    allow: 'Permitir «{{purpose}}»',
  },
  actions: {
    rejectAll: 'Rejeitar tudo',
    save: 'Guardar as minhas escolhas',
    acceptAll: 'Aceitar tudo',
    group: 'A sua decisão',
    withdraw: 'Retirar',
    acceptAllExcludes_one: '«Aceitar tudo» não inclui {{purposes}}: requer uma escolha própria acima.',
    acceptAllExcludes_many: '«Aceitar tudo» não inclui {{purposes}}: cada uma requer uma escolha própria acima.',
    acceptAllExcludes_other: '«Aceitar tudo» não inclui {{purposes}}: cada uma requer uma escolha própria acima.',
    close: 'Fechar sem decidir',
  },
  status: {
    saved: 'As suas escolhas foram guardadas. Pode alterá-las a qualquer momento.',
    loading: 'A carregar o formulário de consentimento…',
  },
  errors: {
    invalidConfig:
      'Não é possível apresentar este formulário de consentimento porque está mal configurado. Nada foi registado.',
    loadFailed: 'Não foi possível carregar este formulário de consentimento. Nada foi registado.',
  },
};

export default strings;
