import type { enWorkloads } from './en-workloads.js';

/** German (Deutsch), the workload answers and the digest's Workloads line; spread into `de`. */
export const deWorkloads = {
  // The card: its title and, for a report without rows, the only note, by the answer's kind.
  'workload.title':
    '{kind, select, usage {Microsoft 365-Nutzung} teams {Microsoft Teams} email {E-Mail} onedrive {OneDrive} sharepoint {SharePoint} licences {Lizenzen} inactiveUsers {Inaktive Benutzer} other {Microsoft 365 Apps}} · {period}',
  'workload.empty':
    'Keine {kind, select, usage {Benutzer} teams {Teams-Benutzer} email {Postfachbenutzer} onedrive {OneDrive-Konten} sharepoint {SharePoint-Websites} licences {Benutzer} inactiveUsers {Benutzer} other {Benutzer von Microsoft 365 Apps}} im Bericht ({period}). Microsoft Graph hat die Spaltenüberschriften des Berichts ohne Zeilen gesendet: Dieser Mandant hat für den Zeitraum keine Daten zu {kind, select, usage {Microsoft 365} teams {Teams} email {Exchange-E-Mail} onedrive {OneDrive} sharepoint {SharePoint} licences {Microsoft 365} inactiveUsers {Microsoft 365} other {Microsoft 365 Apps}} (keine Lizenzen dafür oder noch nicht genutzt), es gibt also nichts zu zählen.',

  // What the parts share: active of listed, sums, a list row, the lists' titles and notes.
  'workload.active': '{items, select, accounts {Aktive Konten} sites {Aktive Websites} other {Aktive Benutzer}}',
  'workload.sumsNote':
    '{items, select, accounts {Summen über alle Konten des Berichts, gelöschte eingeschlossen.} sites {Summen über alle Websites des Berichts, gelöschte eingeschlossen.} other {Summen über alle Benutzer des Berichts, gelöschte eingeschlossen.}}',
  'workload.lastActive': '{date, select, none {nie aktiv} other {zuletzt aktiv am {date}}}',
  'workload.count':
    '{what, select, messages {{value, plural, one {# Nachricht} other {# Nachrichten}}} meetings {{value, plural, one {# Besprechung} other {# Besprechungen}}} calls {{value, plural, one {# Anruf} other {# Anrufe}}} sent {{value, plural, other {# gesendet}}} received {{value, plural, other {# empfangen}}} read {{value, plural, other {# gelesen}}} files {{value, plural, one {# Datei} other {# Dateien}}} activeFiles {{value, plural, one {# aktive Datei} other {# aktive Dateien}}} pageViews {{value, plural, one {# Seitenaufruf} other {# Seitenaufrufe}}} other {{value, plural, other {#}}}}',
  'workload.stored': '{size} gespeichert',
  'workload.inactiveTitle': 'Am längsten inaktiv (nie aktive zuerst)',
  'workload.allActive': 'Alle waren {period} aktiv.',
  'workload.activityIn': 'Aktivität {period}',
  'workload.hours': '{hours} Std.',
  'workload.files': 'Dateien',
  'workload.activeFiles': 'Aktive Dateien',
  'workload.storageUsed': 'Belegter Speicher',
  'workload.storageAllocated': 'Zugewiesener Speicher',
  'workload.largest': 'Die größten',

  // usage
  'usage.anyWorkload': 'Beliebiger Dienst',
  'usage.noLicensed': 'keine lizenzierten Benutzer im Bericht',
  'usage.withAverage': '{share} · {average, number} im Tagesschnitt',
  'usage.perWorkload': 'Aktive Benutzer je Dienst, von den dafür lizenzierten',
  'usage.note': 'Aktiv: hat den Dienst {period} mindestens einmal genutzt. Microsoft 365 Apps: von den Benutzern, die sein Bericht aufführt.',
  'usage.linksTitle': 'Jeder Dienst im Detail',

  // teams
  'teams.licensed': 'Für Teams lizenziert',
  'teams.teamChatMessages': 'Nachrichten in Team-Chats',
  'teams.privateChatMessages': 'Nachrichten in privaten Chats',
  'teams.channelPosts': 'Kanalbeiträge',
  'teams.replies': 'Antworten',
  'teams.meetings': 'Besprechungen',
  'teams.meetingsOrganized': 'Organisierte Besprechungen',
  'teams.calls': 'Anrufe',
  'teams.audio': 'Audio',
  'teams.video': 'Video',
  'teams.screenSharing': 'Bildschirmfreigabe',
  'teams.averageDay': 'An einem durchschnittlichen Tag',
  'teams.messages': 'Nachrichten',
  'teams.averageNote': 'Die täglichen Zahlen des Mandanten, gemittelt über {days, plural, one {# Tag} other {# Tage}}.',
  'teams.mostActive': 'Am aktivsten (Nachrichten, Besprechungen und Anrufe)',
  'teams.nobodyActive': 'Niemand war {period} in Teams aktiv.',

  // email
  'email.mailIn': 'E-Mail {period}',
  'email.sent': 'Gesendet',
  'email.received': 'Empfangen',
  'email.read': 'Gelesen',
  'email.meetingsCreated': 'Erstellte Besprechungen',
  'email.meetingsAnswered': 'Beantwortete Besprechungen',
  'email.mostActive': 'Am aktivsten (gesendet und gelesen)',
  'email.nobodyActive': 'Niemand hat {period} E-Mails gesendet oder gelesen.',

  // onedrive and sharepoint
  'onedrive.filesAndStorage': 'Dateien und Speicher',
  'onedrive.filesActiveIn': 'Aktive Dateien {period}',
  'onedrive.mostActive': 'Am aktivsten (aktive Dateien im Zeitraum)',
  'onedrive.noActiveFiles': 'Keine Datei war {period} aktiv.',
  'onedrive.nothingStored': 'Kein Konto speichert etwas.',
  'sharepoint.pageViews': 'Seitenaufrufe',
  'sharepoint.pagesVisited': 'Besuchte Seiten',
  'sharepoint.byTemplate': 'Websites nach Vorlage',
  'sharepoint.mostViewed': 'Meistbesucht',
  'sharepoint.noViews': 'Keine Seite wurde {period} aufgerufen.',
  'sharepoint.nothingStored': 'Keine Website speichert etwas.',

  // apps
  'apps.onEachPlatform': 'Auf jeder Plattform',
  'apps.platforms': 'Windows {windows, number} · Mac {mac, number} · mobil {mobile, number} · Web {web, number}',
  'apps.perApp': 'Benutzer je App {period}',
  'apps.appValue': '{users, number} · {platforms}',
  'apps.note': 'Die Benutzer jeder App, dann wie viele davon sie auf jeder Plattform genutzt haben (ein Benutzer kann mehrere nutzen).',
  'apps.lastActivated': 'zuletzt aktiviert am {date}',

  // The digest's Workloads line.
  'digest.workloadsTitle': '{period, select, none {Dienste} other {Dienste · aktive Benutzer, {period}}}',
  'digest.noWorkloads': 'Microsoft hat für diesen Mandanten noch keine Nutzungsdaten der Dienste.',
  'digest.workloadsNote':
    'Datenstand {date}; {compared, select, none {Änderungen erscheinen ab der nächsten Übersicht} other {Änderungen seit der Übersicht mit Datenstand {compared}}}.',
} satisfies { readonly [K in keyof typeof enWorkloads]: string };
