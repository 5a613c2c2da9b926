import type { enDirectory } from './en-directory.js';

/** French (français), the directory's part of the answers: by <attribute>, filters, grouped answers, the digest's departments; spread into `fr`. */
export const frDirectory = {
  'parse.modifiers.unclosedQuote':
    'Les guillemets après « {word} » ne sont pas fermés : écrivez la valeur entre guillemets, par ex. department="Human Resources".',
  'parse.modifiers.byNeedsAttribute':
    '« by » demande par quoi regrouper : department, country, office, company ou job title{typed, select, none {} other { ; « {typed} » n’en fait pas partie}}.',
  'parse.modifiers.oneBy': 'Regroupez par un seul attribut à la fois : un seul « by … » par commande.',
  'parse.modifiers.unknownFilter': '« {key}= » n’est pas un attribut de filtre ; le bot filtre par {keys}.',
  'parse.modifiers.filterNeedsValue': '{key}= demande une valeur, par ex. {name}=Sales ou {name}="Human Resources".',
  'parse.modifiers.filterTwice': 'Filtrez chaque attribut une seule fois : « {key}= » est donné deux fois.',
  'parse.modifiers.quoteSpaces': 'Mettez une valeur avec des espaces entre guillemets : {filter}.',
  'parse.modifiers.noBy': '{command} n’a pas de forme « {by} » : « by … » regroupe {first} et {last}.',
  'parse.modifiers.noFilter':
    '{command} ne prend pas de filtre : des filtres comme {example} restreignent les listes {first} et {last}{instead, select, none {} other { ; « {instead} » donne toutes les valeurs}}.',
  'advice.directoryForbidden':
    'Demandez à la personne qui gère le bot d’accorder à son inscription d’application l’autorisation d’application Microsoft Graph User.Read.All, avec consentement administrateur.',
  'advice.namesConcealed': 'Demandez à un administrateur général de modifier le paramètre indiqué ci-dessus, ou posez la question sans regroupement ni filtre.',
  'advice.unknownValue': 'Choisissez une des valeurs ci-dessous, ou regroupez par l’attribut pour voir toutes les valeurs de l’annuaire.',
  'advice.personalChatOnly': 'Utilisez le bouton, ou posez la question dans votre conversation personnelle avec le bot.',
  'help.attributes':
    'Un <attribute> est department, country, office, company ou job title : « by department » donne une ligne par service, « department=Sales » seulement ses utilisateurs (en conversation personnelle ; title= pour le poste, guillemets autour d’une valeur avec espaces).',
  'action.value': '{value}',
  'action.withoutGrouping': 'Sans regroupement ni filtre',
  'directory.namesConcealed':
    'Ce locataire masque les noms d’utilisateur dans ses rapports d’utilisation : les utilisateurs arrivent sous forme de codes de 32 caractères qui ne correspondent à personne dans l’annuaire, donc l’utilisation ne peut pas être regroupée ni filtrée par service, pays, bureau, société ou poste, et le bot ne devine rien. Pour afficher les noms, un administrateur général désactive le masquage dans Centre d’administration Microsoft 365 › Paramètres › Paramètres de l’organisation › Services › Rapports › « Afficher les noms d’utilisateur, de groupe et de site masqués dans tous les rapports » ; les rapports récupérés après la modification peuvent être regroupés.',
  'directory.unknownValue':
    'Aucun utilisateur de l’annuaire n’a « {value} » comme {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}} (sans tenir compte de la casse).{others, select, closest { Les plus proches : {closest}.} noneClose { Aucune n’en est proche ; regrouper par {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}} liste toutes les valeurs.} other { Aucun utilisateur de l’annuaire n’a de {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}} renseigné.}}',
  'action.adoption': 'Adoption',
  'action.inactive': 'Inactifs',
  'action.idleSeats': 'Licences inutilisées',
  'action.sendToMePrivately': 'Me l’envoyer en privé',
  'errorTitle.PERSONAL_CHAT_ONLY': 'Les réponses filtrées sont pour la conversation personnelle',
  'errorMessage.personalChatOnly':
    '« {command} » restreint la réponse aux utilisateurs d’un service, pays, bureau, d’une société ou d’un poste : elle nomme des personnes, et les chiffres d’un petit groupe les désignent, elle n’est donc donnée que dans votre conversation personnelle avec le bot.',
  'errorTitle.NAMES_CONCEALED': 'Les noms sont masqués dans les rapports d’utilisation',
  'errorTitle.UNKNOWN_VALUE': 'Aucun utilisateur n’a cette valeur',

  // The grouped answers' card.
  'byAttribute.title':
    '{subject, select, copilot {{focus, select, users {Adoption de Copilot} inactive {Licences Copilot inactives} other {Licences Copilot inutilisées}}} other {{focus, select, users {Utilisation de Microsoft 365} inactive {Utilisateurs Microsoft 365 inactifs} other {Utilisateurs inactifs et leurs licences}}}} par {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}}{period, select, none {} other { · {period}}}',
  'byAttribute.directory':
    'Annuaire ({users, plural, one {# utilisateur} other {# utilisateurs}}) au {day}, {refresh, select, full {lu en entier} other {mis à jour avec les changements du jour}}',
  'byAttribute.stale': '⚠ L’annuaire n’a pas pu être lu aujourd’hui ; sa copie du {day} le remplace. Redemandez plus tard pour celle d’aujourd’hui.',
  'byAttribute.empty':
    'Aucun {subject, select, copilot {utilisateur activé} other {utilisateur sous licence}} sur cette période, donc {attribute, select, department {aucun service} country {aucun pays} officeLocation {aucun bureau} companyName {aucune société} other {aucun poste}} à afficher.',
  'byAttribute.rowsTitle':
    '{attribute, select, department {Services} country {Pays} officeLocation {Bureaux} companyName {Sociétés} other {Postes}} · {focus, select, users {les plus d’utilisateurs d’abord} inactive {les plus d’inactifs d’abord} other {le coût inutilisé le plus élevé d’abord}}',
  'byAttribute.licensedUsers': 'Utilisateurs sous licence',
  'byAttribute.paidLicenceUsers': 'Utilisateurs avec licence payante',
  'byAttribute.usersIn':
    '{users, plural, other {#}} dans {values, plural, one {# {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}}} other {# {attribute, select, department {services} country {pays} officeLocation {bureaux} companyName {sociétés} other {postes}}}}',
  'byAttribute.activeAny': 'Actifs dans un service quelconque · {period}',
  'byAttribute.other':
    'Autres ({values, plural, one {# {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}}} other {# {attribute, select, department {services} country {pays} officeLocation {bureaux} companyName {sociétés} other {postes}}}})',
  'byAttribute.notSet': '(non défini)',
  'byAttribute.notInDirectory': '(absent de l’annuaire)',
  'byAttribute.share':
    '{bar} {rate} {what, select, active {actifs} other {inactifs}} · {part, plural, other {#}} sur {users, plural, one {# utilisateur} other {# utilisateurs}}',
  'byAttribute.noUsers': 'aucun utilisateur sur cette période',
  'byAttribute.idleRow': '{idle, plural, one {# licence inutilisée} other {# licences inutilisées}}{spend, select, none {} other { · {spend} par mois}} · {share}',
  'byAttribute.notSetNote':
    '« {label} » : utilisateurs dont le champ {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}} est vide dans l’annuaire.',
  'byAttribute.notInDirectoryNote': '« {label} » : utilisateurs du rapport que l’annuaire n’a plus (supprimés depuis la date d’actualisation du rapport).',
  'byAttribute.foldedNote':
    'Ici, les {attribute, select, department {services} country {pays} officeLocation {bureaux} companyName {sociétés} other {postes}} de moins de {smallest, plural, other {#}} utilisateurs sont comptés dans « {other} » pour que personne ne soit isolé ({folded, plural, other {#}} au total) ; votre conversation personnelle avec le bot les montre.',
  'byAttribute.otherNote':
    '« {other} » additionne les {attribute, select, department {services} country {pays} officeLocation {bureaux} companyName {sociétés} other {postes}} non affichés ; le fichier CSV les liste tous.',
  'byAttribute.otherLabel': 'Autres',
  'byAttribute.unassignedNote':
    '{unassigned, plural, one {La # licence non attribuée est achetée} other {Les # licences non attribuées sont achetées}} et détenues par personne, elles n’appartiennent donc à {attribute, select, department {aucun service} country {aucun pays} officeLocation {aucun bureau} companyName {aucune société} other {aucun poste}} : {inactive, plural, one {# licence inutilisée} other {# licences inutilisées}} des groupes et les non attribuées font les {seats, plural, other {#}} du locataire.',
  'byAttribute.concealedNote':
    '{count, plural, one {# utilisateur du rapport a un nom masqué et ne figure} other {# utilisateurs du rapport ont des noms masqués et ne figurent}} dans aucune ligne.',

  // The filter line.
  'filter.part':
    '{set, select, no {le champ {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}} n’est pas défini} other {le champ {attribute, select, department {service} country {pays} officeLocation {bureau} companyName {société} other {poste}} vaut « {value} »}}',
  'filter.only': 'Seulement les utilisateurs dont {parts}.',
  'filter.join': ' et dont ',
  'filter.directory': '{filters} Annuaire au {day}.',

  // The digest's departments section.
  'digest.departmentsTitle': 'Adoption de Copilot par service{period, select, none {} other { · {period}}}',
  'digest.departmentsUsage': '{date, select, none {Pas encore de données d’utilisation} other {Utilisation au {date}}}',
  'digest.departmentsFirst': '{usage}, services de l’annuaire du {day}. Les évolutions d’une semaine à l’autre apparaissent dès le prochain résumé.',
  'digest.departmentsCompared':
    '{usage} comparée au {compared}, services de l’annuaire du {day} ; services d’au moins {smallest, plural, other {#}} utilisateurs. {moved, select, no {Le taux d’activité d’aucun service n’a changé depuis le résumé précédent.} other {Les taux d’activité qui ont le plus évolué d’une semaine à l’autre :}}',
  'digest.departmentMove': '{points} · {rate} actifs · {partOf}',
  'digest.departmentsConcealed': 'Indisponible : ce locataire masque les noms des utilisateurs dans les rapports d’utilisation, ils ne correspondent donc à aucun service. {setting} les affiche.',
  'digest.departmentsUnavailable': 'Indisponible cette fois : Microsoft Graph n’a pas répondu ({code}).',
  'digest.departmentsForbidden': 'Indisponible : le bot n’a pas le droit de lire l’annuaire ; son inscription d’application a besoin de l’autorisation User.Read.All.',
} satisfies { readonly [K in keyof typeof enDirectory]: string };
