/**
 * Plain questions as data: the ideas a question may carry (each with the words that say it) and the
 * intents that pick a command from them, with example questions for the help card and README. The
 * exact grammar (parse.ts) is not here; read-question.ts reads a question with these tables.
 */
import type { Language } from '../i18n/languages.js';

/**
 * The words (lower case, apostrophes dropped: "don't" is "dont", "n'utilisent" is "nutilisent") that say
 * one idea, in every language the bot answers in: a question is read whatever the reader's language;
 * several words are a phrase. Commands themselves stay English.
 */
export const CONCEPTS = {
  copilot: ['copilot', 'copilots', 'co-pilot', 'microsoft 365 copilot', 'm365 copilot', 'copilot chat', 'копилот'],
  /** Asking for a figure: how many, how much, the adoption. */
  count: [
    'how many', 'how much', 'number of', 'count', 'adoption', 'adopted', 'usage', 'uptake', 'summary', 'overview', 'stats', 'statistics', 'rate', 'percentage', 'share', 'total',
    'сводка', 'сводку', 'сколько', 'обзор', 'статистика', 'использование',
    'riepilogo', 'quanti', 'quante', 'panoramica', 'statistiche', 'utilizzo', 'adozione',
    'zusammenfassung', 'übersicht', 'wie viele', 'statistik', 'nutzung',
    'résumé', 'combien', 'aperçu', 'statistiques', 'utilisation',
    'resumen', 'cuántos', 'cuantos', 'cuántas', 'estadísticas', 'uso', 'adopción',
  ],
  /** Asking for names: who, which, a list. */
  who: ['who', 'whom', 'whose', 'which', 'list', 'names', 'кто', 'список', 'chi', 'elenco', 'wer', 'liste', 'qui', 'quién', 'quien', 'quiénes', 'lista'],
  people: [
    'people', 'users', 'user', 'persons', 'employees', 'staff', 'colleagues',
    'пользователи', 'пользователей', 'utenti', 'persone', 'benutzer', 'nutzer', 'personen', 'utilisateurs', 'personnes', 'usuarios', 'personas',
  ],
  inactive: [
    'inactive', 'unused', 'idle', 'dormant', 'reclaim', 'reclaimable', 'not using', 'not use', 'not used', 'not active', 'never used',
    'never use', 'never active', 'dont use', 'doesnt use', 'arent using', 'isnt using', 'havent used', 'hasnt used', 'stopped using',
    'no activity', 'without activity', 'nobody uses', 'no one uses', 'use nothing', 'uses nothing', 'used nothing', 'using nothing',
    'неактивные', 'неактивных', 'неиспользуемые', 'неиспользуемых', 'не используют', 'не пользуются', 'inattivi', 'inattive', 'inutilizzati', 'inutilizzate', 'non usano', 'non utilizzano',
    'inaktiv', 'inaktive', 'inaktiven', 'ungenutzt', 'ungenutzte', 'ungenutzten', 'nicht genutzt',
    'inactifs', 'inactives', 'inutilisés', 'inutilisées', 'nutilisent pas', 'inactivos', 'inactivas', 'sin uso', 'no usan',
  ],
  cost: [
    'cost', 'costs', 'costing', 'spend', 'spending', 'spent', 'waste', 'wasted', 'wasting', 'pay', 'paying', 'paid', 'money', 'price', 'expensive',
    'стоимость', 'стоят', 'затраты', 'расходы', 'costo', 'costi', 'costano', 'spesa', 'kosten', 'kostet', 'ausgaben',
    'coût', 'coûts', 'coûtent', 'dépenses', 'coste', 'costes', 'cuestan', 'gasto',
  ],
  licences: [
    'licence', 'licences', 'license', 'licenses', 'licensed', 'licensing', 'sku', 'skus', 'subscription', 'subscriptions',
    'лицензии', 'лицензий', 'licenze', 'lizenzen', 'licencias',
  ],
  seats: ['seat', 'seats', 'места', 'мест', 'postazioni', 'arbeitsplätze', 'sièges', 'puestos'],
  trend: [
    'trend', 'trends', 'trending', 'over time', 'per day', 'daily', 'by day', 'each day', 'history', 'growth', 'growing', 'changed', 'change', 'evolution',
    'тренд', 'динамика', 'динамику', 'andamento', 'tendenza', 'verlauf', 'entwicklung', 'tendance', 'évolution', 'tendencia', 'evolución',
  ],
  activations: [
    'activations', 'activation', 'activated', 'activate', 'installs', 'installed', 'install', 'installations',
    'активации', 'активаций', 'attivazioni', 'aktivierungen', 'activaciones',
  ],
  office: ['office', 'office apps', 'microsoft office', 'microsoft 365 apps', 'm365 apps'],
  groups: ['group', 'groups', 'microsoft 365 groups', 'm365 groups', 'office 365 groups', 'группы', 'групп', 'gruppi', 'gruppen', 'groupes', 'grupos'],
  status: [
    'status', 'freshness', 'fresh', 'refreshed', 'up to date', 'how old', 'last updated', 'data source',
    'статус', 'свежесть данных', 'stato dei dati', 'datenstand', 'état des données', 'estado de los datos',
  ],
  /** The whole tenant's workloads at once; "microsoft 365 apps", "… copilot" and "… groups" are longer phrases of their own. */
  microsoft365: [
    'microsoft 365', 'm365', 'office 365', 'o365', 'workload', 'workloads', 'service', 'services', 'every workload', 'all workloads',
    'сервисы', 'сервисов', 'servizi', 'dienste', 'diensten', 'servicios',
  ],
  teams: [
    'teams', 'microsoft teams', 'meeting', 'meetings', 'chat', 'chats', 'call', 'calls', 'calling', 'channel messages',
    'встречи', 'встреч', 'звонки', 'звонков', 'riunioni', 'chiamate', 'besprechungen', 'anrufe', 'réunions', 'appels', 'reuniones', 'llamadas',
  ],
  email: [
    'email', 'emails', 'e-mail', 'mail', 'mails', 'mailbox', 'mailboxes', 'exchange', 'inbox',
    'почта', 'почты', 'почту', 'письма', 'писем', 'posta', 'e-mails', 'postfach', 'postfächer', 'courriel', 'courriels', 'messagerie', 'correo', 'correos',
  ],
  onedrive: ['onedrive', 'onedrives', 'one drive'],
  sharepoint: [
    'sharepoint', 'share point', 'site', 'sites', 'intranet', 'page views',
    'сайты', 'сайтов', 'просмотры страниц', 'siti', 'websites', 'seitenaufrufe', 'pages vues', 'sitios',
  ],
  /** The apps of the Microsoft 365 Apps report and the platforms it tells apart ("office" alone asks for activations). */
  apps: [
    'word', 'excel', 'powerpoint', 'onenote', 'desktop', 'mobile', 'web', 'platform', 'platforms', 'desktop apps', 'mobile apps', 'web apps',
    'мобильных', 'мобильные', 'piattaforme', 'mobil', 'plattformen', 'plateformes', 'móvil', 'escritorio', 'plataformas',
  ],
  /** Asking for the file rather than the card: the question then runs `csv <command>`. */
  export: ['csv', 'export', 'download', 'spreadsheet', 'выгрузить', 'скачать', 'esporta', 'scarica', 'exportieren', 'herunterladen', 'exporter', 'télécharger', 'exportar', 'descargar'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type Concept = keyof typeof CONCEPTS;

/** One way to recognise an intent: every concept of `all` is in the question and none of `none`. */
export type IntentPattern = { readonly all: readonly Concept[]; readonly none?: readonly Concept[] };

export type QuestionIntent = {
  /** The command's words, without a period (`copilot inactive`); the question's period is added to them. */
  readonly command: string;
  /** Any one pattern that fits selects the intent; a question two intents fit is not guessed. */
  readonly patterns: readonly IntentPattern[];
  /** Questions that run this command, in each language: the first is shown in help, all in the README, and each one tested. */
  readonly examples: Readonly<Record<Language, readonly string[]>>;
};

/** The ideas that name what a question is about: a question naming none of them asks about the tenant as a whole. */
const SUBJECTS: readonly Concept[] = [
  'copilot', 'groups', 'activations', 'office', 'licences', 'cost', 'seats', 'status', 'teams', 'email', 'onedrive', 'sharepoint', 'apps',
];

/** The ideas that name one workload: a question about one of them is that workload's, not the tenant's. */
const WORKLOAD_SUBJECTS: readonly Concept[] = ['teams', 'email', 'onedrive', 'sharepoint', 'apps'];

/** The intents, one per command a question may run (`csv …` is any of them with an export word). */
export const QUESTION_INTENTS: readonly QuestionIntent[] = [
  {
    command: 'copilot summary',
    patterns: [
      { all: ['copilot'], none: ['count', 'who', 'people', 'inactive', 'cost', 'licences', 'seats', 'trend', 'groups', 'activations', 'office', 'status'] },
      { all: ['copilot', 'count'], none: ['who', 'inactive', 'cost', 'licences', 'seats', 'trend', 'groups', 'activations', 'office', 'status'] },
    ],
    examples: {
      en: ['how many people use copilot', 'copilot last month'],
      ru: ['сводка copilot за 30 дней', 'сколько пользователей copilot'],
      it: ['riepilogo copilot D30', 'quanti utenti copilot'],
      de: ['copilot Zusammenfassung D30', 'wie viele Nutzer copilot'],
      fr: ['résumé copilot D30', 'combien d’utilisateurs copilot'],
      es: ['resumen copilot D30', 'cuántos usuarios copilot'],
    },
  },
  {
    command: 'copilot users',
    patterns: [
      { all: ['copilot', 'who'], none: ['count', 'inactive', 'cost', 'trend', 'groups'] },
      { all: ['copilot', 'people'], none: ['count', 'inactive', 'cost', 'licences', 'seats', 'trend', 'groups', 'activations'] },
    ],
    examples: {
      en: ['who uses copilot', 'list copilot users this quarter'],
      ru: ['кто пользуется copilot', 'список пользователей copilot за 90 дней'],
      it: ['chi usa copilot', 'elenco utenti copilot D90'],
      de: ['wer nutzt copilot', 'Liste der copilot Nutzer D90'],
      fr: ['qui utilise copilot', 'liste des utilisateurs copilot D90'],
      es: ['quién usa copilot', 'lista de usuarios copilot D90'],
    },
  },
  {
    command: 'copilot inactive',
    patterns: [
      { all: ['copilot', 'inactive'], none: ['cost'] },
      // Seats are Copilot's: the licence answers count "seats" of Copilot, "licences" of every SKU.
      { all: ['seats', 'inactive'], none: ['cost', 'groups'] },
    ],
    examples: {
      en: ['who is not using copilot', 'inactive copilot seats this quarter'],
      ru: ['неактивные пользователи copilot', 'неактивные места copilot за 90 дней'],
      it: ['utenti copilot inattivi', 'postazioni copilot inattive D90'],
      de: ['inaktive copilot Nutzer', 'ungenutzte copilot Arbeitsplätze D90'],
      fr: ['utilisateurs copilot inactifs', 'sièges copilot inutilisés D90'],
      es: ['usuarios copilot inactivos', 'puestos copilot sin uso D90'],
    },
  },
  {
    command: 'copilot trend',
    patterns: [
      { all: ['trend', 'copilot'], none: ['inactive', 'cost', 'groups', 'activations'] },
      { all: ['trend', 'count'], none: ['inactive', 'cost', 'groups', 'activations'] },
    ],
    examples: {
      en: ['copilot usage over time', 'how has copilot adoption changed in half a year'],
      ru: ['динамика copilot за 90 дней', 'тренд copilot'],
      it: ['andamento copilot D90', 'tendenza copilot'],
      de: ['copilot Verlauf D90', 'Entwicklung copilot'],
      fr: ['évolution copilot D90', 'tendance copilot'],
      es: ['evolución copilot D90', 'tendencia copilot'],
    },
  },
  {
    command: 'copilot licenses',
    patterns: [
      { all: ['licences', 'copilot'], none: ['who', 'groups', 'activations', 'office', 'trend'] },
      { all: ['cost', 'copilot'], none: ['groups', 'activations', 'trend'] },
      { all: ['cost', 'seats'], none: ['groups', 'activations', 'trend', 'licences'] },
      { all: ['seats', 'count'], none: ['who', 'groups', 'trend', 'licences'] },
    ],
    examples: {
      en: ['what do unused copilot seats cost', 'how many copilot seats do we have'],
      ru: ['сколько стоят неиспользуемые лицензии copilot', 'лицензии copilot'],
      it: ['quanto costano le licenze copilot inutilizzate', 'licenze copilot'],
      de: ['was kosten ungenutzte copilot Lizenzen', 'Lizenzen für copilot'],
      fr: ['combien coûtent les licences copilot inutilisées', 'licences copilot'],
      es: ['cuánto cuestan las licencias copilot sin uso', 'licencias copilot'],
    },
  },
  {
    // "Licences" without Copilot are every licence the tenant pays for, as `licenses` typed is.
    command: 'licenses',
    patterns: [
      { all: ['licences'], none: ['copilot', 'seats', 'who', 'people', 'groups', 'activations', 'office', 'trend'] },
    ],
    examples: {
      en: ['what do unused licences cost', 'how many licences do we have', 'how much are we wasting on licences this quarter'],
      ru: ['сколько стоят неиспользуемые лицензии', 'все лицензии'],
      it: ['quanto costano le licenze inutilizzate', 'tutte le licenze'],
      de: ['was kosten ungenutzte Lizenzen', 'alle Lizenzen'],
      fr: ['combien coûtent les licences inutilisées', 'toutes les licences'],
      es: ['cuánto cuestan las licencias sin uso', 'todas las licencias'],
    },
  },
  {
    command: 'inactive users',
    patterns: [
      { all: ['people', 'inactive'], none: ['copilot', 'seats', 'groups', 'activations', 'office', 'cost', ...WORKLOAD_SUBJECTS] },
      { all: ['who', 'inactive'], none: ['copilot', 'seats', 'groups', 'activations', 'office', 'cost', ...WORKLOAD_SUBJECTS] },
    ],
    examples: {
      en: ['who has a licence and uses nothing', 'which users were inactive this quarter'],
      ru: ['какие пользователи неактивные', 'список неактивных пользователей'],
      it: ['quali utenti sono inattivi', 'chi sono gli utenti inattivi'],
      de: ['welche Benutzer sind inaktiv', 'wer ist inaktiv'],
      fr: ['quels utilisateurs sont inactifs', 'qui sont les utilisateurs inactifs'],
      es: ['qué usuarios están inactivos', 'quiénes son los usuarios inactivos'],
    },
  },
  {
    command: 'activations',
    patterns: [
      { all: ['activations'], none: ['copilot', 'groups'] },
      { all: ['office'], none: ['copilot', 'groups'] },
    ],
    examples: {
      en: ['how many office activations', 'who installed office'],
      ru: ['сколько активаций office', 'активации office'],
      it: ['quante attivazioni di office', 'attivazioni office'],
      de: ['wie viele office Aktivierungen', 'Aktivierungen office'],
      fr: ['combien d’activations office', 'activations office'],
      es: ['cuántas activaciones de office', 'activaciones office'],
    },
  },
  {
    command: 'groups',
    patterns: [{ all: ['groups'], none: ['inactive'] }],
    examples: {
      en: ['how many groups are active', 'groups last week'],
      ru: ['группы за 7 дней', 'сколько активных групп'],
      it: ['gruppi D7', 'quanti gruppi attivi'],
      de: ['Gruppen D7', 'wie viele Gruppen aktiv'],
      fr: ['combien de groupes actifs', 'activité des groupes sur 7 jours'],
      es: ['cuántos grupos activos', 'actividad de los grupos en 7 días'],
    },
  },
  {
    command: 'groups inactive',
    patterns: [{ all: ['groups', 'inactive'] }],
    examples: {
      en: ['which groups are not used', 'inactive groups this quarter'],
      ru: ['неактивные группы', 'неактивные группы за 90 дней'],
      it: ['gruppi inattivi', 'gruppi inattivi D90'],
      de: ['inaktive Gruppen', 'inaktive Gruppen D90'],
      fr: ['quels groupes sont inactifs', 'groupes inactifs depuis 90 jours'],
      es: ['qué grupos están inactivos', 'grupos inactivos en los últimos 90 días'],
    },
  },
  {
    command: 'usage',
    patterns: [
      { all: ['microsoft365'], none: [...SUBJECTS, 'inactive'] },
      // "usage last month", "how many people are active": a count of nothing in particular is the whole tenant's.
      { all: ['count'], none: [...SUBJECTS, 'inactive', 'trend', 'who'] },
    ],
    examples: {
      en: ['how many people use microsoft 365', 'which workloads are used this quarter', 'usage last month'],
      ru: ['сколько пользователей microsoft 365', 'использование сервисов за 90 дней'],
      it: ['quanti utenti microsoft 365', 'utilizzo dei servizi D90'],
      de: ['wie viele Nutzer microsoft 365', 'Nutzung der Dienste D90'],
      fr: ['combien d’utilisateurs microsoft 365', 'utilisation des services D90'],
      es: ['cuántos usuarios microsoft 365', 'uso de los servicios D90'],
    },
  },
  {
    command: 'teams',
    patterns: [{ all: ['teams'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'email', 'onedrive', 'sharepoint', 'apps'] }],
    examples: {
      en: ['how many people use teams', 'who uses teams the most'],
      ru: ['сколько пользователей teams', 'звонки teams за 7 дней'],
      it: ['quanti utenti teams', 'riunioni teams D7'],
      de: ['wie viele Nutzer teams', 'teams Besprechungen D7'],
      fr: ['combien d’utilisateurs teams', 'réunions teams D7'],
      es: ['cuántos usuarios teams', 'reuniones teams D7'],
    },
  },
  {
    command: 'email',
    patterns: [{ all: ['email'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'teams', 'onedrive', 'sharepoint', 'apps'] }],
    examples: {
      en: ['how much email was sent last week', 'who reads the most mail'],
      ru: ['сколько писем отправлено за 7 дней', 'кто получает больше всех писем'],
      it: ['quante email inviate D7', 'chi legge più posta'],
      de: ['wie viele E-Mails gesendet D7', 'wer liest die meisten E-Mails'],
      fr: ['combien de courriels envoyés D7', 'qui lit le plus de courriels'],
      es: ['cuántos correos enviados D7', 'quién lee más correo'],
    },
  },
  {
    command: 'onedrive',
    patterns: [{ all: ['onedrive'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'teams', 'email', 'sharepoint', 'apps'] }],
    examples: {
      en: ['who uses onedrive the most', 'how much onedrive storage is used'],
      ru: ['кто больше всех пользуется onedrive', 'хранилище onedrive за 30 дней'],
      it: ['chi usa di più onedrive', 'spazio onedrive D30'],
      de: ['wer nutzt onedrive am meisten', 'onedrive Speicher D30'],
      fr: ['qui utilise le plus onedrive', 'stockage onedrive D30'],
      es: ['quién usa más onedrive', 'almacenamiento onedrive D30'],
    },
  },
  {
    command: 'sharepoint',
    patterns: [{ all: ['sharepoint'], none: ['copilot', 'groups', 'activations', 'licences', 'cost', 'seats', 'teams', 'email', 'onedrive', 'apps'] }],
    examples: {
      en: ['which sharepoint sites are not used', 'sharepoint page views last week'],
      ru: ['неиспользуемые сайты sharepoint', 'просмотры страниц sharepoint за 7 дней'],
      it: ['siti sharepoint inutilizzati', 'visualizzazioni sharepoint D7'],
      de: ['ungenutzte sharepoint Websites', 'sharepoint Seitenaufrufe D7'],
      fr: ['sites sharepoint inutilisés', 'pages vues sharepoint D7'],
      es: ['sitios sharepoint sin uso', 'visitas sharepoint D7'],
    },
  },
  {
    command: 'apps',
    patterns: [{ all: ['apps'], none: ['copilot', 'groups', 'activations', 'office', 'licences', 'cost', 'seats', 'teams', 'email', 'onedrive', 'sharepoint'] }],
    examples: {
      en: ['who uses word and excel', 'how many people use excel on mobile'],
      ru: ['кто пользуется word и excel', 'сколько пользователей excel на мобильных'],
      it: ['chi usa word ed excel', 'quanti utenti excel su mobile'],
      de: ['wer nutzt word und excel', 'wie viele Nutzer excel mobil'],
      fr: ['qui utilise word et excel', 'combien d’utilisateurs excel sur mobile'],
      es: ['quién usa word y excel', 'cuántos usuarios excel en el móvil'],
    },
  },
  {
    command: 'status',
    patterns: [{ all: ['status'] }],
    examples: {
      en: ['how fresh is the data', 'when was the data refreshed'],
      ru: ['свежесть данных', 'статус'],
      it: ['stato dei dati', 'stato dei dati del bot'],
      de: ['Datenstand', 'wie aktuell ist der Datenstand'],
      fr: ['état des données', 'état des données du bot'],
      es: ['estado de los datos', 'estado de los datos del bot'],
    },
  },
];

/** Words that name a stretch of time, in days (`month` is 30, or 28 under Copilot report v2), in every language. */
export const PERIOD_UNITS: Readonly<Record<string, number>> = {
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  month: 30,
  months: 30,
  quarter: 90,
  quarters: 90,
  year: 365,
  years: 365,
  день: 1, дня: 1, дней: 1, неделя: 7, недели: 7, неделю: 7, недель: 7, месяц: 30, месяца: 30, месяцев: 30, квартал: 90, квартала: 90, год: 365, года: 365, лет: 365,
  giorno: 1, giorni: 1, settimana: 7, settimane: 7, mese: 30, mesi: 30, trimestre: 90, trimestri: 90, anno: 365, anni: 365,
  tag: 1, tage: 1, tagen: 1, woche: 7, wochen: 7, monat: 30, monate: 30, monaten: 30, quartal: 90, jahr: 365, jahre: 365, jahren: 365,
  jour: 1, jours: 1, semaine: 7, semaines: 7, mois: 30, trimestres: 90, an: 365, ans: 365, année: 365, années: 365,
  día: 1, días: 1, dia: 1, dias: 1, semana: 7, semanas: 7, mes: 30, meses: 30, año: 365, años: 365,
};

/** Number words a period may be written with ("three months"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  six: 6,
  seven: 7,
  twelve: 12,
  thirty: 30,
  ninety: 90,
  три: 3, шесть: 6, un: 1, uno: 1, una: 1, tre: 3, sei: 6, ein: 1, eine: 1, einen: 1, drei: 3, sechs: 6, une: 1, trois: 3, tres: 3, seis: 6,
};

/** Words before a unit that mean one of it: "last week", "this quarter", "past month". */
export const PERIOD_LEAD_WORDS: readonly string[] = [
  'last', 'past', 'this', 'previous',
  'последний', 'последние', 'последнюю', 'прошлый', 'прошлую', 'этот', 'этом',
  'ultimo', 'ultima', 'ultimi', 'ultime', 'scorso', 'scorsa', 'questo', 'questa',
  'letzte', 'letzten', 'letzter', 'diese', 'dieses', 'diesem', 'diesen',
  'dernier', 'dernière', 'derniers', 'dernières', 'ce', 'cette',
  'último', 'última', 'últimos', 'últimas', 'este', 'esta', 'pasado', 'pasada',
];

/** Fixed phrases for a stretch of time, in days; 0 is all the data there is (ALL). */
export const PERIOD_PHRASES: Readonly<Record<string, number>> = {
  'half a year': 180,
  'half year': 180,
  'half-year': 180,
  quarter: 90,
  yesterday: 1,
  today: 1,
  'all time': 0,
  ever: 0,
  'since the beginning': 0,
  'since the start': 0,
  полгода: 180, 'всё время': 0, 'все время': 0, 'da sempre': 0, 'halbes jahr': 180, 'gesamter zeitraum': 0, 'depuis le début': 0, 'medio año': 180, 'desde el principio': 0,
};
