import type { UiStrings } from './en.js';

/** Português (Brasil) */
const strings: UiStrings = {
  heading: 'Suas escolhas sobre seus dados',
  intro: {
    asker: '{{controller}} solicita o seu consentimento.',
    contact: 'Contato: {{contact}}',
    withdraw:
      'Você pode alterar ou revogar seu consentimento a qualquer momento em “Preferências de privacidade” neste site, com a mesma facilidade com que o deu.',
    policy: 'Leia a política de privacidade completa',
    decide_one: 'Decida sobre {{count}} finalidade. Nada é permitido até que você escolha.',
    decide_many: 'Decida sobre cada uma destas {{count}} finalidades. Nada é permitido até que você escolha.',
    decide_other: 'Decida sobre cada uma destas {{count}} finalidades. Nada é permitido até que você escolha.',
  },
  purpose: {
    necessary: 'Sempre ativo',
    necessaryNote:
      'Necessário para o serviço que você solicitou. Não depende do seu consentimento, por isso não há botão para ativar ou desativar.',
    separate: 'Requer seu consentimento separado',
    allow: 'Permitir',
    dataCategories: 'Dados usados',
    recipients: 'Compartilhado com',
    retention: 'Mantido por',
  },
  language: {
    notice: 'Este texto não está disponível em {{wanted}}. Ele está sendo exibido em {{shown}}.',
    menu: 'Idioma',
    changed: 'O aviso agora é exibido em {{language}}.',
  },
  recipients: {
    show: 'Quem recebe estes dados',
    contact: 'Contato',
  },
  glossary: {
    explain: 'O que significa “{{term}}”?',
  },
  preferences: {
    open: 'Preferências de privacidade',
    heading: 'Suas preferências de privacidade',
    current: 'Suas escolhas atuais aparecem abaixo. Para revogar seu consentimento, desative uma finalidade e salve.',
    granted: 'Permitido',
    refused: 'Não permitido',
    forget: 'Esquecer minhas escolhas',
  },
  reask: {
    intro: 'Algo mudou desde a sua última decisão, por isso perguntamos novamente:',
    policy: 'a política de privacidade tem uma nova versão',
    clause_one: 'o texto de {{count}} finalidade que você aceitou mudou',
    clause_many: 'o texto de {{count}} finalidades que você aceitou mudou',
    clause_other: 'o texto de {{count}} finalidades que você aceitou mudou',
    added_one: '{{count}} nova finalidade foi adicionada',
    added_many: '{{count}} novas finalidades foram adicionadas',
    added_other: '{{count}} novas finalidades foram adicionadas',
    expired_one: 'sua última decisão tem mais de {{count}} dia',
    expired_many: 'sua última decisão tem mais de {{count}} dias',
    expired_other: 'sua última decisão tem mais de {{count}} dias',
    gpc: 'seu navegador agora envia um sinal Global Privacy Control, que recusa a venda ou o compartilhamento dos seus dados',
  },
  gpc: {
    note: 'Não permitido porque seu navegador envia um sinal Global Privacy Control. Você ainda pode permitir por conta própria.',
  },
  receipt: {
    heading: 'Seus comprovantes de consentimento',
    download: 'Baixar meus comprovantes (JSON)',
    none: 'Ainda não há comprovantes.',
    decidedOn: 'Decidido em {{date}}',
    action: 'Ação',
    selfSigned: 'Assinado por este navegador. Comprova que o registro não foi alterado, mas não quem o criou.',
    hostSigned: 'Assinado pela chave do site.',
    verified: 'Assinatura verificada',
    notVerified: 'Não foi possível verificar a assinatura',
    textShown: 'Texto exibido em {{language}}',
    needsHttps: 'Os comprovantes exigem uma página segura (HTTPS); suas escolhas continuam valendo.',
  },
  placeholder: {
    blocked: 'Este conteúdo está bloqueado até que você permita “{{purpose}}”.',
    allow: 'Permitir “{{purpose}}”',
  },
  actions: {
    rejectAll: 'Rejeitar tudo',
    save: 'Salvar minhas escolhas',
    acceptAll: 'Aceitar tudo',
    group: 'Sua decisão',
    withdraw: 'Revogar',
    acceptAllExcludes_one:
      '“Aceitar tudo” não inclui {{purposes}}: essa finalidade precisa de uma escolha própria acima.',
    acceptAllExcludes_many: '“Aceitar tudo” não inclui {{purposes}}: cada uma precisa de uma escolha própria acima.',
    acceptAllExcludes_other: '“Aceitar tudo” não inclui {{purposes}}: cada uma precisa de uma escolha própria acima.',
    close: 'Fechar sem decidir',
  },
  status: {
    saved: 'Suas escolhas foram salvas. Você pode alterá-las a qualquer momento.',
    loading: 'Carregando o formulário de consentimento…',
  },
  errors: {
    invalidConfig:
      'Este formulário de consentimento não pode ser exibido porque está configurado incorretamente. Nada foi registrado.',
    loadFailed: 'Não foi possível carregar este formulário de consentimento. Nada foi registrado.',
  },
};

export default strings;
