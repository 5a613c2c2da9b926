import type { enWorkloads } from './en-workloads.js';

/** French (français), the workload answers and the digest's Workloads line; spread into `fr`. */
export const frWorkloads = {
  // The card: its title and, for a report without rows, the only note, by the answer's kind.
  'workload.title':
    '{kind, select, usage {Utilisation de Microsoft 365} teams {Microsoft Teams} email {E-mail} onedrive {OneDrive} sharepoint {SharePoint} licences {Licences} inactiveUsers {Utilisateurs inactifs} other {Microsoft 365 Apps}} · {period}',
  'workload.empty':
    'Aucun {kind, select, usage {utilisateur} teams {utilisateur Teams} email {utilisateur de boîte aux lettres} onedrive {compte OneDrive} sharepoint {site SharePoint} licences {utilisateur} inactiveUsers {utilisateur} other {utilisateur de Microsoft 365 Apps}} dans le rapport ({period}). Microsoft Graph a envoyé les en-têtes de colonnes du rapport sans aucune ligne : ce locataire n’a pas de données {kind, select, usage {Microsoft 365} teams {Teams} email {de messagerie Exchange} onedrive {OneDrive} sharepoint {SharePoint} licences {Microsoft 365} inactiveUsers {Microsoft 365} other {Microsoft 365 Apps}} pour la période (aucune licence, ou pas encore utilisées), il n’y a donc rien à compter.',

  // What the parts share: active of listed, sums, a list row, the lists' titles and notes.
  'workload.active': '{items, select, accounts {Comptes actifs} sites {Sites actifs} other {Utilisateurs actifs}}',
  'workload.sumsNote':
    '{items, select, accounts {Sommes sur tous les comptes du rapport, comptes supprimés compris.} sites {Sommes sur tous les sites du rapport, sites supprimés compris.} other {Sommes sur tous les utilisateurs du rapport, utilisateurs supprimés compris.}}',
  'workload.lastActive': '{date, select, none {jamais actif} other {dernière activité le {date}}}',
  'workload.count':
    '{what, select, messages {{value, plural, one {# message} other {# messages}}} meetings {{value, plural, one {# réunion} other {# réunions}}} calls {{value, plural, one {# appel} other {# appels}}} sent {{value, plural, one {# envoyé} other {# envoyés}}} received {{value, plural, one {# reçu} other {# reçus}}} read {{value, plural, one {# lu} other {# lus}}} files {{value, plural, one {# fichier} other {# fichiers}}} activeFiles {{value, plural, one {# fichier actif} other {# fichiers actifs}}} pageViews {{value, plural, one {# page vue} other {# pages vues}}} other {{value, plural, other {#}}}}',
  'workload.stored': '{size} stockés',
  'workload.inactiveTitle': 'Inactifs depuis le plus longtemps (jamais actifs d’abord)',
  'workload.allActive': 'Tous ont été actifs {period}.',
  'workload.activityIn': 'Activité {period}',
  'workload.hours': '{hours} h',
  'workload.files': 'Fichiers',
  'workload.activeFiles': 'Fichiers actifs',
  'workload.storageUsed': 'Stockage utilisé',
  'workload.storageAllocated': 'Stockage alloué',
  'workload.largest': 'Les plus volumineux',

  // usage
  'usage.anyWorkload': 'Au moins un service',
  'usage.noLicensed': 'aucun utilisateur sous licence dans le rapport',
  'usage.withAverage': '{share} · {average, number} un jour moyen',
  'usage.perWorkload': 'Utilisateurs actifs par service, parmi ses utilisateurs sous licence',
  'usage.note': 'Actifs : ont utilisé le service au moins une fois {period}. Microsoft 365 Apps : parmi les utilisateurs que liste son rapport.',
  'usage.linksTitle': 'Chaque service en détail',

  // teams
  'teams.licensed': 'Sous licence Teams',
  'teams.teamChatMessages': 'Messages des conversations d’équipe',
  'teams.privateChatMessages': 'Messages des conversations privées',
  'teams.channelPosts': 'Publications dans les canaux',
  'teams.replies': 'Réponses',
  'teams.meetings': 'Réunions',
  'teams.meetingsOrganized': 'Réunions organisées',
  'teams.calls': 'Appels',
  'teams.audio': 'Audio',
  'teams.video': 'Vidéo',
  'teams.screenSharing': 'Partage d’écran',
  'teams.averageDay': 'Un jour moyen',
  'teams.messages': 'Messages',
  'teams.averageNote': 'Les comptes quotidiens du locataire, en moyenne sur {days, plural, one {# jour} other {# jours}}.',
  'teams.mostActive': 'Les plus actifs (messages, réunions et appels)',
  'teams.nobodyActive': 'Personne n’a eu d’activité Teams {period}.',

  // email
  'email.mailIn': 'Messagerie {period}',
  'email.sent': 'Envoyés',
  'email.received': 'Reçus',
  'email.read': 'Lus',
  'email.meetingsCreated': 'Réunions créées',
  'email.meetingsAnswered': 'Réponses aux réunions',
  'email.mostActive': 'Les plus actifs (messages envoyés et lus)',
  'email.nobodyActive': 'Personne n’a envoyé ni lu de message {period}.',

  // onedrive and sharepoint
  'onedrive.filesAndStorage': 'Fichiers et stockage',
  'onedrive.filesActiveIn': 'Fichiers actifs {period}',
  'onedrive.mostActive': 'Les plus actifs (fichiers actifs sur la période)',
  'onedrive.noActiveFiles': 'Aucun fichier n’a été actif {period}.',
  'onedrive.nothingStored': 'Aucun compte ne stocke quoi que ce soit.',
  'sharepoint.pageViews': 'Pages vues',
  'sharepoint.pagesVisited': 'Pages visitées',
  'sharepoint.byTemplate': 'Sites par modèle',
  'sharepoint.mostViewed': 'Les plus vus',
  'sharepoint.noViews': 'Aucune page n’a été vue {period}.',
  'sharepoint.nothingStored': 'Aucun site ne stocke quoi que ce soit.',

  // apps
  'apps.onEachPlatform': 'Sur chaque plateforme',
  'apps.platforms': 'Windows {windows, number} · Mac {mac, number} · mobile {mobile, number} · web {web, number}',
  'apps.perApp': 'Utilisateurs par application {period}',
  'apps.appValue': '{users, number} · {platforms}',
  'apps.note':
    'Les utilisateurs de chaque application, puis combien d’entre eux l’ont utilisée sur chaque plateforme (un utilisateur peut en utiliser plusieurs).',
  'apps.lastActivated': 'dernière activation le {date}',

  // The digest's Workloads line.
  'digest.workloadsTitle': '{period, select, none {Services} other {Services · utilisateurs actifs, {period}}}',
  'digest.noWorkloads': 'Microsoft n’a pas encore de données d’utilisation des services pour ce locataire.',
  'digest.workloadsNote':
    'Données au {date} ; {compared, select, none {les évolutions apparaissent à partir de la prochaine synthèse} other {évolutions depuis la synthèse aux données du {compared}}}.',
} satisfies { readonly [K in keyof typeof enWorkloads]: string };
