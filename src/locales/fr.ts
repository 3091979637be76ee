import type { UiStrings } from './en.js';

/** Français */
const strings: UiStrings = {
  heading: 'Vos choix concernant vos données',
  intro: {
    asker: '{{controller}} vous demande votre consentement.',
    contact: 'Contact : {{contact}}',
    withdraw:
      'Vous pouvez modifier ou retirer votre consentement à tout moment depuis « Choix de confidentialité » sur ce site, aussi facilement que vous l’avez donné.',
    policy: 'Lire la politique de confidentialité complète',
    decide_one: 'Décidez pour {{count}} finalité. Rien n’est autorisé tant que vous ne l’avez pas choisi.',
    decide_many:
      'Décidez pour chacune de ces {{count}} finalités. Rien n’est autorisé tant que vous ne l’avez pas choisi.',
    decide_other:
      'Décidez pour chacune de ces {{count}} finalités. Rien n’est autorisé tant que vous ne l’avez pas choisi.',
  },
  purpose: {
    necessary: 'Toujours actif',
    necessaryNote:
      'Nécessaire au service que vous avez demandé. Ce traitement ne repose pas sur votre consentement, il n’y a donc pas d’interrupteur.',
    separate: 'Nécessite votre consentement distinct',
    allow: 'Autoriser',
    dataCategories: 'Données utilisées',
    recipients: 'Partagées avec',
    retention: 'Durée de conservation',
  },
  language: {
    notice: 'Ce texte n’est pas disponible en {{wanted}}. Il est affiché en {{shown}}.',
    menu: 'Langue',
    changed: 'Le formulaire de consentement s’affiche désormais en {{language}}.',
  },
  recipients: {
    show: 'Qui reçoit ces données',
    contact: 'Contact',
  },
  glossary: {
    explain: 'Que signifie « {{term}} » ?',
  },
  preferences: {
    open: 'Choix de confidentialité',
    heading: 'Vos choix de confidentialité',
    current:
      'Vos choix actuels sont indiqués ci-dessous. Pour retirer votre consentement, désactivez une finalité et enregistrez.',
    granted: 'Autorisé',
    refused: 'Non autorisé',
    forget: 'Oublier mes choix',
  },
  reask: {
    intro: 'Quelque chose a changé depuis votre dernière décision, nous vous posons donc à nouveau la question :',
    policy: 'une nouvelle version de la politique de confidentialité est disponible',
    clause_one: 'le texte de {{count}} finalité que vous aviez acceptée a changé',
    clause_many: 'le texte de {{count}} finalités que vous aviez acceptées a changé',
    clause_other: 'le texte de {{count}} finalités que vous aviez acceptées a changé',
    added_one: '{{count}} nouvelle finalité a été ajoutée',
    added_many: '{{count}} nouvelles finalités ont été ajoutées',
    added_other: '{{count}} nouvelles finalités ont été ajoutées',
    expired_one: 'votre dernière décision date de plus de {{count}} jour',
    expired_many: 'votre dernière décision date de plus de {{count}} jours',
    expired_other: 'votre dernière décision date de plus de {{count}} jours',
    gpc: 'votre navigateur envoie désormais un signal Global Privacy Control, qui refuse la vente ou le partage de vos données',
  },
  gpc: {
    note: 'Non autorisé, car votre navigateur envoie un signal Global Privacy Control. Vous pouvez tout de même l’autoriser vous-même.',
  },
  receipt: {
    heading: 'Vos reçus de consentement',
    download: 'Télécharger mes reçus (JSON)',
    none: 'Aucun reçu pour le moment.',
    decidedOn: 'Décidé le {{date}}',
    action: 'Action',
    selfSigned: 'Signé par ce navigateur. Cela prouve que l’enregistrement n’a pas été modifié, mais pas qui l’a créé.',
    hostSigned: 'Signé avec la clé du site.',
    verified: 'Signature vérifiée',
    notVerified: 'La signature n’a pas pu être vérifiée',
    textShown: 'Texte affiché en {{language}}',
    needsHttps: 'Les reçus nécessitent une page sécurisée (HTTPS) ; vos choix sont tout de même pris en compte.',
  },
  placeholder: {
    blocked: 'Ce contenu est bloqué tant que vous n’autorisez pas « {{purpose}} ».',
    allow: 'Autoriser « {{purpose}} »',
  },
  actions: {
    rejectAll: 'Tout refuser',
    save: 'Enregistrer mes choix',
    acceptAll: 'Tout accepter',
    group: 'Votre décision',
    withdraw: 'Retirer',
    acceptAllExcludes_one:
      '« Tout accepter » n’inclut pas {{purposes}} : cette finalité nécessite un choix distinct ci-dessus.',
    acceptAllExcludes_many:
      '« Tout accepter » n’inclut pas {{purposes}} : chacune de ces finalités nécessite un choix distinct ci-dessus.',
    acceptAllExcludes_other:
      '« Tout accepter » n’inclut pas {{purposes}} : chacune de ces finalités nécessite un choix distinct ci-dessus.',
    close: 'Fermer sans décider',
  },
  status: {
    saved: 'Vos choix sont enregistrés. Vous pouvez les modifier à tout moment.',
    loading: 'Chargement du formulaire de consentement…',
  },
  errors: {
    invalidConfig:
      'Ce formulaire de consentement ne peut pas être affiché, car il est mal configuré. Rien n’a été enregistré.',
    loadFailed: 'Ce formulaire de consentement n’a pas pu être chargé. Rien n’a été enregistré.',
  },
};

export default strings;
