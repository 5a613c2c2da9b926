import type { enLicences } from './en-licences.js';

/** French (français), every licence, the reclaim list, the digest's Licences section and the inactive-users alert; spread into `fr`. */
export const frLicences = {
  'command.licenses': 'Toutes les licences : achetées, attribuées, inutilisées, et ce que coûtent celles inutilisées',
  'command.inactive-users': 'Utilisateurs avec une licence payante et aucune activité dans aucun service, les plus coûteux d’abord (conversation personnelle)',
  'action.reclaimList': 'Liste à récupérer',
  'action.allLicences': 'Toutes les licences',
  'action.inactiveUsers': 'Utilisateurs inactifs',
  'byAttribute.idleSeats': '{idle, plural, one {# licence inutilisée} other {# licences inutilisées}}{spend, select, none {} other { · {spend} par mois}}',

  // The licences card.
  'licencesCard.purchased': 'Licences achetées (SKU payantes)',
  'licencesCard.idleSeats': 'Licences inutilisées · {period}',
  'licencesCard.idleSeatsValue': '{seats, number}, toutes licences',
  'licencesCard.unpricedSeats': '{count, plural, one {# licence inutilisée n’a pas de prix et n’y est pas} other {# licences inutilisées n’ont pas de prix et n’y sont pas}}',
  'licencesCard.setPrices': 'Définissez LICENSE_PRICES (par ex. SPE_E5=57 USD, SPE_E3=36 USD) pour voir ce que coûtent les licences inutilisées.',
  'licencesCard.copilotActive': 'Actifs · {period}',
  'licencesCard.copilotNote': 'Comme « copilot licenses » les présente : un seul chiffre pour toutes les SKU Copilot, car le rapport Copilot ne dit pas laquelle un utilisateur détient.',
  'licencesCard.howCounted': 'Comment les licences sont comptées',
  'licencesCard.countedNote':
    'Une licence est inutilisée quand personne ne la détient, ou quand son titulaire n’a eu aucune activité dans Exchange, OneDrive, SharePoint, Viva Engage ou Teams sur les 30 derniers jours (le rapport des utilisateurs actifs ; l’usage de Power BI, Visio ou Project eux-mêmes n’y figure pas). Les licences Copilot sont inutilisées sans activité Copilot. Les SKU gratuites et d’essai ne coûtent rien et ne sont pas comptées. Nombre de licences au {fetchedAt} (en direct).{stale, select, yes { ⚠ Nombres de licences plus anciens issus du cache : Microsoft Graph n’a pas pu être interrogé à l’instant.} other {}}',
  'licencesCard.skus': 'Abonnements (SKU)',
  'licencesCard.noSkus': 'Ce locataire n’a aucun abonnement.',
  'licencesCard.unmatched': 'Produits sans SKU trouvée (comptés, sans prix)',
  'licencesCard.linksTitle': 'Licences à récupérer',
  'licencesCard.status': '{status, select, Warning {Avertissement} Suspended {Suspendue} Deleted {Supprimée} LockedOut {Bloquée} other {{status}}}',
  'licencesCard.free': 'gratuite ou d’essai ({reason, select, units {d’après son nombre d’unités} other {d’après son nom}}) : pas comptée comme dépense',
  'licencesCard.priceIgnored': 'son prix dans LICENSE_PRICES n’est pas utilisé',
  'licencesCard.holders': '{count, plural, one {# titulaire} other {# titulaires}}',
  'licencesCard.copilotAbove': 'licences inutilisées avec Microsoft 365 Copilot ci-dessus',
  'licencesCard.seatPrice': '{price} par licence et par mois',
  'licencesCard.priceNotSet': 'prix non défini',
  'licencesCard.priceNotSetSetting': 'prix non défini (LICENSE_PRICES)',
  'licencesCard.inactiveHolders': '{inactive, number} titulaires inactifs sur {holders, plural, one {#} other {#}} {period}',
  'licencesCard.skuIdleSeats': '{count, plural, one {# licence inutilisée} other {# licences inutilisées}}',
  'licencesCard.skuIdleSpend': '{spend} par mois à {price} la licence',
  'licencesCard.unmatchedFree': 'gratuit ou d’essai : non compté',
  'licencesCard.unmatchedIdle': '{count, plural, one {# licence inutilisée} other {# licences inutilisées}}, sans prix : aucune SKU souscrite ne porte ce nom',

  // The reclaim list.
  'inactiveUsers.noActivity': 'Aucune activité dans aucun service · {period}',
  'inactiveUsers.noListTitle': 'Pas de liste pour une semaine',
  'inactiveUsers.noListNote':
    'Une semaine sans activité n’est pas une raison de reprendre une licence : congés et absences durent plus longtemps. La liste à récupérer compte les {idle}, la période sur laquelle les licences inutilisées sont comptées.',
  'inactiveUsers.linksTitle': 'La liste à récupérer',
  'inactiveUsers.noFile':
    '« inactive users {period} » n’a pas de fichier : une semaine sans activité n’est pas une raison de reprendre une licence. La liste commence à 30 jours : csv inactive users {idle}, D90 ou D180.',
  'inactiveUsers.users':
    '{users, plural, one {# utilisateur} other {# utilisateurs}} sans activité dans aucun service {period}{idle, select, none {} other { (une partie des licences inutilisées des {idle})}}',
  'inactiveUsers.setPrices': 'Définissez LICENSE_PRICES (par ex. SPE_E5=57 USD, SPE_E3=36 USD) pour voir ce que coûtent leurs licences.',
  'inactiveUsers.byLicence': 'Par licence',
  'inactiveUsers.licenceLine':
    '{users, plural, one {# utilisateur} other {# utilisateurs}} · {cost, select, free {gratuite ou d’essai} priced {{money} par mois} unmatched {aucune SKU trouvée : sans prix} other {prix non défini}}',
  'inactiveUsers.activityNote': 'Activité : Exchange, OneDrive, SharePoint, Viva Engage et Teams (le rapport des utilisateurs actifs). Une licence Copilot n’est inutilisée que sans activité Copilot.',
  'inactiveUsers.mostExpensive': 'Les plus coûteux d’abord',
  'inactiveUsers.allActive': 'Tous les titulaires d’une licence payante ont été actifs {period}.',
  'inactiveUsers.copilotSeats': 'Licences Copilot',
  'inactiveUsers.copilotMatched':
    '{inUse, plural, =0 {{holders, number} d’entre eux ont Microsoft 365 Copilot, et aucun ne l’a utilisé {period} : leurs licences Copilot sont dans le coût.} other {{holders, number} d’entre eux ont Microsoft 365 Copilot ; # l’ont utilisé {period} : ces licences sont utilisées, pas dans le coût.}}',
  'inactiveUsers.copilotConcealment':
    '{holders, number} d’entre eux ont Microsoft 365 Copilot, mais {concealed, select, copilot {le rapport Copilot masque les noms et celui des utilisateurs actifs non} other {le rapport des utilisateurs actifs masque les noms et celui de Copilot non}}, donc leurs utilisateurs ne peuvent pas être rapprochés : les licences Copilot sont exclues des coûts. Les deux rapports suivent un seul paramètre, {setting} ; ils se rapprochent de nouveau une fois tous deux actualisés avec lui.',
  'inactiveUsers.copilotNamesDiffer':
    '{holders, number} d’entre eux ont Microsoft 365 Copilot, mais les noms masqués du rapport Copilot ne correspondent pas à ceux du rapport des utilisateurs actifs, donc leurs utilisateurs ne peuvent pas être rapprochés : les licences Copilot sont exclues des coûts. Désactivez le masquage dans {setting} pour les rapprocher.',
  'inactiveUsers.copilotInUse': 'Copilot utilisé{date, select, none {} other { ({date})}}',
  'inactiveUsers.copilotUnknown': 'Usage de Copilot inconnu',

  // The digest's Licences section.
  'digestLicences.title': 'Licences{period, select, none {} other { · inutilisées, {period}}}',
  'digestLicences.noUsage': 'Microsoft n’a pas encore de données d’utilisation pour ce locataire.',
  'digestLicences.monthly': '{money} par mois',
  'digestLicences.noPrice': 'prix non défini',
  'digestLicences.more': '{count, plural, one {# autre licence} other {# autres licences}}',
  'digestLicences.moreSeats': '{count, plural, one {# licence inutilisée} other {# licences inutilisées}}',
  'digestLicences.all': 'Toutes les licences',
  'digestLicences.note':
    'Utilisation au {date}, licences en direct ; licences non attribuées et licences dont le titulaire n’a rien utilisé ; {compared, select, none {les évolutions apparaissent dès le prochain résumé} other {évolutions depuis le résumé aux données du {compared}}}.{priced, select, no { Définissez LICENSE_PRICES pour voir ce qu’elles coûtent.} other {}}',

  // The inactive-users alert and its refusals.
  'alert.inactiveUsersTitle': 'Licence payante, aucune activité',
  'alert.inactiveUsersValue': '{users, plural, one {# utilisateur} other {# utilisateurs}} sans activité dans aucun service {period}',
  'alert.licenceCostTitle': 'Leurs licences coûtent',
  'alertParse.notPeriod': '« {text} » n’est pas une période sur laquelle {kind} compte : écrivez {periods} ou {last} ({first} par défaut).',
  'alertParse.noPeriod': '{kind} ne prend pas de période : retirez « {text} ».',
  'file.money': '{money} {name, select, idleSpendMonthly {de coût inutilisé par mois} other {par mois pour leurs licences}}',
} satisfies { readonly [K in keyof typeof enLicences]: string };
