import type { UiStrings } from './en.js';

/** Español */
const strings: UiStrings = {
  heading: 'Sus decisiones sobre sus datos',
  intro: {
    asker: '{{controller}} solicita su consentimiento.',
    contact: 'Contacto: {{contact}}',
    withdraw:
      'Puede cambiar o retirar su consentimiento en cualquier momento desde «Opciones de privacidad» en este sitio, con la misma facilidad con que lo dio.',
    policy: 'Leer la política de privacidad completa',
    decide_one: 'Decida sobre {{count}} finalidad. No se permite nada hasta que usted lo elija.',
    decide_many: 'Decida sobre cada una de estas {{count}} finalidades. No se permite nada hasta que usted lo elija.',
    decide_other: 'Decida sobre cada una de estas {{count}} finalidades. No se permite nada hasta que usted lo elija.',
  },
  purpose: {
    necessary: 'Siempre activo',
    necessaryNote:
      'Necesario para el servicio que ha solicitado. No se basa en su consentimiento, por lo que no hay interruptor.',
    separate: 'Requiere su consentimiento por separado',
    allow: 'Permitir',
    dataCategories: 'Datos utilizados',
    recipients: 'Se comparten con',
    retention: 'Plazo de conservación',
  },
  language: {
    notice: 'Este texto no está disponible en {{wanted}}. Se muestra en {{shown}}.',
    menu: 'Idioma',
    changed: 'El formulario de consentimiento se muestra ahora en {{language}}.',
  },
  recipients: {
    show: 'Quién recibe estos datos',
    contact: 'Contacto',
  },
  glossary: {
    explain: '¿Qué significa «{{term}}»?',
  },
  preferences: {
    open: 'Opciones de privacidad',
    heading: 'Sus opciones de privacidad',
    current:
      'A continuación se muestran sus opciones actuales. Para retirar su consentimiento, desactive una finalidad y guarde los cambios.',
    granted: 'Permitido',
    refused: 'No permitido',
    forget: 'Olvidar mis opciones',
  },
  reask: {
    intro: 'Algo ha cambiado desde su última decisión, por lo que volvemos a preguntarle:',
    policy: 'hay una nueva versión de la política de privacidad',
    clause_one: 'ha cambiado el texto de {{count}} finalidad que usted aceptó',
    clause_many: 'ha cambiado el texto de {{count}} finalidades que usted aceptó',
    clause_other: 'ha cambiado el texto de {{count}} finalidades que usted aceptó',
    added_one: 'se ha añadido {{count}} finalidad nueva',
    added_many: 'se han añadido {{count}} finalidades nuevas',
    added_other: 'se han añadido {{count}} finalidades nuevas',
    expired_one: 'su última decisión tiene más de {{count}} día',
    expired_many: 'su última decisión tiene más de {{count}} días',
    expired_other: 'su última decisión tiene más de {{count}} días',
    gpc: 'su navegador ahora envía una señal Global Privacy Control, que rechaza la venta o el intercambio de sus datos',
  },
  gpc: {
    note: 'No permitido porque su navegador envía una señal Global Privacy Control. Aun así, puede permitirlo usted mismo.',
  },
  receipt: {
    heading: 'Sus comprobantes de consentimiento',
    download: 'Descargar mis comprobantes (JSON)',
    none: 'Todavía no hay comprobantes.',
    decidedOn: 'Decidido el {{date}}',
    action: 'Acción',
    selfSigned: 'Firmado por este navegador. Demuestra que el registro no se ha modificado, pero no quién lo creó.',
    hostSigned: 'Firmado con la clave del sitio.',
    verified: 'Firma verificada',
    notVerified: 'No se pudo verificar la firma',
    textShown: 'Texto mostrado en {{language}}',
    needsHttps: 'Los comprobantes requieren una página segura (HTTPS); sus opciones siguen siendo válidas.',
  },
  placeholder: {
    blocked: 'Este contenido está bloqueado hasta que permita «{{purpose}}».',
    allow: 'Permitir «{{purpose}}»',
  },
  actions: {
    rejectAll: 'Rechazar todo',
    save: 'Guardar mis opciones',
    acceptAll: 'Aceptar todo',
    group: 'Su decisión',
    withdraw: 'Retirar',
    acceptAllExcludes_one: '«Aceptar todo» no incluye {{purposes}}: requiere su propia elección más arriba.',
    acceptAllExcludes_many: '«Aceptar todo» no incluye {{purposes}}: cada una requiere su propia elección más arriba.',
    acceptAllExcludes_other: '«Aceptar todo» no incluye {{purposes}}: cada una requiere su propia elección más arriba.',
    close: 'Cerrar sin decidir',
  },
  status: {
    saved: 'Sus opciones se han guardado. Puede cambiarlas en cualquier momento.',
    loading: 'Cargando el formulario de consentimiento…',
  },
  errors: {
    invalidConfig:
      'Este formulario de consentimiento no se puede mostrar porque está mal configurado. No se ha registrado nada.',
    loadFailed: 'No se pudo cargar este formulario de consentimiento. No se ha registrado nada.',
  },
};

export default strings;
