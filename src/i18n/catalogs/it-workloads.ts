import type { enWorkloads } from './en-workloads.js';

/** Italian (italiano), the workload answers and the digest's Workloads line; spread into `it`. */
export const itWorkloads = {
  // The card: its title and, for a report without rows, the only note, by the answer's kind.
  'workload.title':
    '{kind, select, usage {Utilizzo di Microsoft 365} teams {Microsoft Teams} email {Email} onedrive {OneDrive} sharepoint {SharePoint} licences {Licenze} inactiveUsers {Utenti inattivi} other {Microsoft 365 Apps}} · {period}',
  'workload.empty':
    'Nessun {kind, select, usage {utente} teams {utente Teams} email {utente di cassette postali} onedrive {account OneDrive} sharepoint {sito SharePoint} licences {utente} inactiveUsers {utente} other {utente di Microsoft 365 Apps}} nel report ({period}). Microsoft Graph ha inviato le intestazioni delle colonne del report e nessuna riga: questo tenant non ha dati di {kind, select, usage {Microsoft 365} teams {Teams} email {posta Exchange} onedrive {OneDrive} sharepoint {SharePoint} licences {Microsoft 365} inactiveUsers {Microsoft 365} other {Microsoft 365 Apps}} per il periodo (nessuna licenza, o non ancora usate), quindi non c’è nulla da contare.',

  // What the parts share: active of listed, sums, a list row, the lists' titles and notes.
  'workload.active': '{items, select, accounts {Account attivi} sites {Siti attivi} other {Utenti attivi}}',
  'workload.sumsNote':
    '{items, select, accounts {Somme su tutti gli account del report, eliminati inclusi.} sites {Somme su tutti i siti del report, eliminati inclusi.} other {Somme su tutti gli utenti del report, eliminati inclusi.}}',
  'workload.lastActive': '{date, select, none {mai attivo} other {ultima attività {date}}}',
  'workload.count':
    '{what, select, messages {{value, plural, one {# messaggio} other {# messaggi}}} meetings {{value, plural, one {# riunione} other {# riunioni}}} calls {{value, plural, one {# chiamata} other {# chiamate}}} sent {{value, plural, one {# inviato} other {# inviati}}} received {{value, plural, one {# ricevuto} other {# ricevuti}}} read {{value, plural, one {# letto} other {# letti}}} files {{value, plural, one {# file} other {# file}}} activeFiles {{value, plural, one {# file attivo} other {# file attivi}}} pageViews {{value, plural, one {# visualizzazione} other {# visualizzazioni}}} other {{value, plural, other {#}}}}',
  'workload.stored': '{size} archiviati',
  'workload.inactiveTitle': 'Inattivi da più tempo (prima i mai attivi)',
  'workload.allActive': 'Sono stati tutti attivi {period}.',
  'workload.activityIn': 'Attività {period}',
  'workload.hours': '{hours} ore',
  'workload.files': 'File',
  'workload.activeFiles': 'File attivi',
  'workload.storageUsed': 'Spazio usato',
  'workload.storageAllocated': 'Spazio allocato',
  'workload.largest': 'I più grandi',

  // usage
  'usage.anyWorkload': 'Qualsiasi servizio',
  'usage.noLicensed': 'nessun utente con licenza nel report',
  'usage.withAverage': '{share} · {average, number} in un giorno medio',
  'usage.perWorkload': 'Utenti attivi per servizio, sul totale degli utenti con licenza',
  'usage.note': 'Attivi: hanno usato il servizio almeno una volta {period}. Microsoft 365 Apps: sul totale degli utenti elencati nel suo report.',
  'usage.linksTitle': 'Ogni servizio in dettaglio',

  // teams
  'teams.licensed': 'Con licenza Teams',
  'teams.teamChatMessages': 'Messaggi nelle chat di team',
  'teams.privateChatMessages': 'Messaggi nelle chat private',
  'teams.channelPosts': 'Post nei canali',
  'teams.replies': 'Risposte',
  'teams.meetings': 'Riunioni',
  'teams.meetingsOrganized': 'Riunioni organizzate',
  'teams.calls': 'Chiamate',
  'teams.audio': 'Audio',
  'teams.video': 'Video',
  'teams.screenSharing': 'Condivisione schermo',
  'teams.averageDay': 'In un giorno medio',
  'teams.messages': 'Messaggi',
  'teams.averageNote': 'I conteggi giornalieri del tenant, in media su {days, plural, one {# giorno} other {# giorni}}.',
  'teams.mostActive': 'I più attivi (messaggi, riunioni e chiamate)',
  'teams.nobodyActive': 'Nessuno ha avuto attività in Teams {period}.',

  // email
  'email.mailIn': 'Posta {period}',
  'email.sent': 'Inviati',
  'email.received': 'Ricevuti',
  'email.read': 'Letti',
  'email.meetingsCreated': 'Riunioni create',
  'email.meetingsAnswered': 'Riunioni con risposta',
  'email.mostActive': 'I più attivi (posta inviata e letta)',
  'email.nobodyActive': 'Nessuno ha inviato o letto posta {period}.',

  // onedrive and sharepoint
  'onedrive.filesAndStorage': 'File e spazio',
  'onedrive.filesActiveIn': 'File attivi {period}',
  'onedrive.mostActive': 'I più attivi (file attivi nel periodo)',
  'onedrive.noActiveFiles': 'Nessun file è stato attivo {period}.',
  'onedrive.nothingStored': 'Nessun account contiene dati.',
  'sharepoint.pageViews': 'Visualizzazioni di pagina',
  'sharepoint.pagesVisited': 'Pagine visitate',
  'sharepoint.byTemplate': 'Siti per modello',
  'sharepoint.mostViewed': 'I più visti',
  'sharepoint.noViews': 'Nessuna pagina è stata visualizzata {period}.',
  'sharepoint.nothingStored': 'Nessun sito contiene dati.',

  // apps
  'apps.onEachPlatform': 'Su ogni piattaforma',
  'apps.platforms': 'Windows {windows, number} · Mac {mac, number} · mobile {mobile, number} · web {web, number}',
  'apps.perApp': 'Utenti per app {period}',
  'apps.appValue': '{users, number} · {platforms}',
  'apps.note': 'Gli utenti di ogni app, poi quanti di loro l’hanno usata su ogni piattaforma (un utente può usarne più d’una).',
  'apps.lastActivated': 'ultima attivazione {date}',

  // The digest's Workloads line.
  'digest.workloadsTitle': '{period, select, none {Servizi} other {Servizi · utenti attivi, {period}}}',
  'digest.noWorkloads': 'Microsoft non ha ancora dati di utilizzo dei servizi per questo tenant.',
  'digest.workloadsNote':
    'Dati aggiornati al {date}; {compared, select, none {le variazioni compaiono dal prossimo riepilogo} other {variazioni rispetto al riepilogo con dati al {compared}}}.',
} satisfies { readonly [K in keyof typeof enWorkloads]: string };
