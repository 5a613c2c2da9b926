import type { enAlerts } from './en-alerts.js';

/** French (français), the alerts: commands, refusals, the alert cards and the digest's Alerts section; spread into `fr`. */
export const frAlerts = {
  'command.alert-set': 'Publie ici une fois quand un chiffre franchit le seuil, et une fois quand il revient',
  'command.alert-list': 'Les alertes d’ici : état, dernière évaluation et chiffre',
  'command.alert-snooze': 'Suspend un moment les publications d’une alerte ; elle reste évaluée',
  'command.alert-remove': 'Supprime l’alerte n de cette conversation',
  'command.alert-exclude': 'Exclut une SKU des alertes sur les licences Copilot d’ici',
  'command.alert-include': 'Compte de nouveau une SKU exclue',
  'command.alert-language': 'La langue dans laquelle les alertes de cette conversation sont publiées désormais',
  'action.alerts': 'Alertes',
  'action.licences': 'Licences',
  'alertParse.forms':
    'Créez-en une avec {examples} (idle-seats prend aussi une part : "> 10%") ; « alerts » liste les alertes de cette conversation ; « alert remove <n> », « {snooze} », « alert exclude <SKU> » et « alert include <SKU> » les modifient.',
  'alertParse.alertsTakesNothing': '« alerts » liste les alertes de cette conversation et ne prend rien après.',
  'alertParse.needsWhat': 'alert demande quoi surveiller ou quoi faire.',
  'alertParse.listTakesNothing': '« alert list » ne prend rien après.',
  'alertParse.removeNeedsNumber': '« alert remove » demande le numéro de l’alerte à supprimer, tel que « alerts » le liste : par ex. « alert remove 2 ».',
  'alertParse.notRemoveNumber': '« {text} » n’est pas un numéro d’alerte : « alerts » liste chaque alerte avec son numéro, par ex. « alert remove 2 ».',
  'alertParse.oneTooMany': '« {command} » prend {what, select, number {un seul numéro} other {une seule SKU}} ; « {extra} » est en trop.',
  'alertParse.snoozeNeeds': '« alert snooze » demande le numéro de l’alerte et la durée : {usage}, par ex. « alert snooze 2 7d ».',
  'alertParse.notNumber': '« {text} » n’est pas un numéro d’alerte : « alerts » liste chaque alerte avec son numéro.',
  'alertParse.durationMissing':
    'Dites pour combien de temps suspendre : indiquez la durée en heures, jours ou semaines : 12h, 7d ou 2w, au moins une heure et au plus 90 jours.',
  'alertParse.notDuration':
    '« {text} » n’est pas une durée : indiquez la durée en heures, jours ou semaines : 12h, 7d ou 2w, au moins une heure et au plus 90 jours.',
  'alertParse.durationRange':
    'Une suspension de « {text} » est hors limites : indiquez la durée en heures, jours ou semaines : 12h, 7d ou 2w, au moins une heure et au plus 90 jours.',
  'alertParse.skuMissing':
    '{action, select, exclude {« alert exclude » exclut une SKU des alertes sur les licences Copilot de cette conversation : donnez sa référence ou son ID, par ex. « alert exclude Microsoft_365_Copilot_Trial ».} other {« alert include » compte de nouveau une SKU exclue : donnez sa référence ou son ID, par ex. « alert include Microsoft_365_Copilot_Trial ».}}',
  'alertParse.notSku': '« {text} » n’est ni une référence ni un ID de SKU : les références sont des lettres, chiffres, « _ », « . » et « - », par ex. SPE_E5.',
  'alertParse.noGreaterOrEqual':
    '« >= » n’est pas proposé : une alerte se déclenche quand son chiffre dépasse le seuil (« > »), écrivez donc le seuil un cran plus bas.',
  'alertParse.oneOperator': 'Écrivez un seul « > » et le seuil après : une alerte se déclenche quand son chiffre passe au-dessus du seuil.',
  'alertParse.noOperator': 'Écrivez « > » et le seuil après ce qu’il faut surveiller, par ex. « {example} ».',
  'alertParse.noKind':
    'Dites avant « > » quoi surveiller : idle-seats (licences Copilot non attribuées ou sans activité Copilot en 30 jours (28 avec le rapport v2), ou leur part des licences achetées) ; unassigned (licences achetées non attribuées : celles de Copilot, ou de la SKU nommée) ; idle-spend (ce que coûtent par mois les licences Copilot inutilisées, au prix de licence configuré) ; adoption drop (points de pourcentage perdus par l’adoption de Copilot des 7 derniers jours depuis la semaine d’avant) ; never-used (licences Copilot attribuées dont l’utilisateur n’a jamais utilisé Copilot) ; inactive-users (utilisateurs avec une licence payante et aucune activité dans aucun service sur la période (D30, D90 ou D180 ; 30 jours par défaut), tels que inactive users les liste).',
  'alertParse.unknownKind':
    '« {text} » n’est pas un chiffre que les alertes surveillent : idle-seats (licences Copilot non attribuées ou sans activité Copilot en 30 jours (28 avec le rapport v2), ou leur part des licences achetées) ; unassigned (licences achetées non attribuées : celles de Copilot, ou de la SKU nommée) ; idle-spend (ce que coûtent par mois les licences Copilot inutilisées, au prix de licence configuré) ; adoption drop (points de pourcentage perdus par l’adoption de Copilot des 7 derniers jours depuis la semaine d’avant) ; never-used (licences Copilot attribuées dont l’utilisateur n’a jamais utilisé Copilot) ; inactive-users (utilisateurs avec une licence payante et aucune activité dans aucun service sur la période (D30, D90 ou D180 ; 30 jours par défaut), tels que inactive users les liste).{guesses, plural, =0 {} one { Vouliez-vous dire « {last} » ?} other { Vouliez-vous dire {first} ou « {last} » ?}}',
  'alertParse.thresholdMissing': 'Écrivez le seuil après « > », par ex. « {example} ».',
  'alertParse.notNumberThreshold': '« {text} » n’est pas un nombre : écrivez le seuil en chiffres, par ex. « {example} ».',
  'alertParse.notShare':
    '{kind} est {unit, select, points {en points de pourcentage} money {de l’argent par mois} users {un nombre d’utilisateurs} other {un nombre de licences}}, pas une part : retirez « % ».{unit, select, points { La baisse est déjà en points de pourcentage.} money {} other {}}',
  'alertParse.notMoney':
    '{kind} est {unit, select, points {en points de pourcentage} money {de l’argent par mois} users {un nombre d’utilisateurs} other {un nombre de licences}}, pas de l’argent : retirez « {text} ».',
  'alertParse.notCurrency': '« {text} » n’est pas une devise : écrivez un code ISO 4217 comme USD ou EUR, celui du prix de licence.',
  'alertParse.notPart': '« {text} » ne fait pas partie {kind, select, none {d’une alerte} other {d’une alerte {kind} : écrivez « {example} »}}.',
  'alertParse.notWhole': '« {text} » n’est pas un nombre entier : {kind} compte des {counted, select, users {utilisateurs} other {licences}}.',
  'alertParse.tooManySeats': '« {text} » dépasse les {counted, select, users {utilisateurs} other {licences}} de tout locataire : écrivez au plus {max, number}.',
  'alertParse.oneDecimal': '« {text} » a plus de décimales que le chiffre n’en montre : écrivez-en au plus une, par ex. 10.5.',
  'alertParse.over100': '« {text} » dépasse 100 {unit, select, percent {%} other {points}} : écrivez un seuil de 0 à 100.',
  'alertParse.twoDecimals': '« {text} » a plus de décimales que l’argent n’en a : écrivez-en au plus deux, par ex. 5000.50.',
  'alertParse.tooMuchMoney': '« {text} » dépasse ce que le bot compare : écrivez au plus {max, number}.',
  'alertParse.language': '« alert language » demande l’un des codes {languages}{typed, select, none {} other { ; « {typed} » n’en fait pas partie}}, par ex. « alert language it ».',
  'errorTitle.ALERT_NO_PRICE': 'Aucun prix de licence configuré',
  'errorMessage.alertNoPrice':
    'Le coût des licences inutilisées se calcule au prix de licence, et aucun n’est configuré : la personne qui gère le bot définit COPILOT_LICENSE_PRICE (par ex. "30 USD"). « alert idle-seats > 100 » surveille les licences elles-mêmes.',
  'errorTitle.ALERT_CURRENCY': 'Le coût des licences inutilisées est en {currency}',
  'errorMessage.alertCurrency':
    'Le coût des licences inutilisées se calcule en {currency}, la devise du prix de licence (COPILOT_LICENSE_PRICE), pas en {asked} : écrivez « {fixed} » avec le montant en {currency}.',
  'errorTitle.ALERT_UNKNOWN_SKU': '{sku} n’est pas une SKU de ce locataire',
  'errorMessage.alertUnknownSku': 'Les abonnements du locataire : {skus, select, none {aucun} other {{skus}}}. Nommez-en un par sa référence ou son ID.',
  'errorTitle.ALERTS_UNAVAILABLE': 'Les alertes se créent dans Teams',
  'errorMessage.alertsUnavailable':
    'Une alerte publie dans la conversation où elle a été créée : créez et listez les alertes dans un canal Teams, une conversation de groupe ou votre conversation personnelle avec le bot.',

  // How a figure reads: its name, why there is no figure.
  'alert.figure':
    '{kind, select, idleSeats {Licences Copilot inutilisées} idleShare {Part inutilisée des licences Copilot achetées} unassigned {Licences Copilot non attribuées} unassignedSku {Licences {sku} non attribuées} idleSpend {Coût mensuel des licences Copilot inutilisées} adoptionDrop {Baisse de l’adoption de Copilot · 7 derniers jours} inactiveUsers {Utilisateurs avec une licence payante et aucune activité} other {Licences Copilot jamais utilisées}}',
  'alert.unavailable.NO_PRICE': 'Aucun prix de licence n’est configuré (COPILOT_LICENSE_PRICE) : le coût des licences inutilisées n’a donc pas de valeur.',
  'alert.unavailable.CURRENCY_CHANGED': 'Le prix de licence est maintenant en {currency, select, none {une autre devise} other {{currency}}} : redéfinissez cette alerte dans cette devise.',
  'alert.unavailable.NO_SEATS': 'Aucune licence Copilot n’est achetée (ou chaque SKU Copilot est exclue ici) : il n’y a donc pas de part.',
  'alert.unavailable.SKU_NOT_FOUND': '{sku, select, none {La SKU} other {{sku}}} ne fait pas partie des abonnements du locataire.',
  'alert.unavailable.NO_WEEK_BEFORE':
    'L’adoption de la semaine précédente (données du {date, select, none {une semaine plus tôt} other {{date}}}) n’a pas été enregistrée : la baisse apparaît dès que le bot a lu les données à une semaine d’intervalle.',
  'alert.unavailable.NO_USERS': 'Microsoft ne signale aucun utilisateur activé pour Copilot.',

  // The alert card and its notification line.
  'alert.firedSummary': 'Alerte {number} : {figure} à {value}',
  'alert.resolvedSummary': 'Alerte {number} levée : {figure} à {value}',
  'alert.firedTitle': '🔔 Alerte {number} · {figure} au-dessus de {threshold}',
  'alert.firedMessage': '{figure} : {value}, {over} au-dessus du seuil de {threshold}, depuis les données du {since}.',
  'alert.resolvedTitle': '✓ Alerte {number} levée · {figure}',
  'alert.resolvedMessage': '{figure} : {value} avec les données du {date}, revenu au seuil de {threshold} ou en dessous.',
  'alert.dataAsOf': 'Données au',
  'alert.trendTitle': '{figure}, aux évaluations du bot',
  'alert.excludedNote': 'Exclues ici : {skus} (« alert include <SKU> » en recompte une).',
  'alert.skus': '{count, select, one {SKU} other {SKU Copilot comptées}}',
  'alert.noSkus': 'aucune',
  'alert.weekBefore': '{adoption} au {date}',

  // A conversation's alerts.
  'alertRules.title': '{place, select, channel {Alertes de ce canal} other {Alertes de cette conversation}}',
  'alertRules.heading': 'Alerte {number} · {rule}',
  'alertRules.subject': '{number, select, none {L’alerte} other {L’alerte {number} ({rule})}}',
  'alertRules.forms':
    'Définissez-en une avec « alert idle-seats > 100 » (ou « > 10% »), « alert unassigned > 50 [SKU] », « alert idle-spend > 5000 USD », « alert adoption drop > 10 » ou « alert never-used > 20 ».',
  'alertRules.none': 'Aucune alerte n’est définie dans {place, select, channel {ce canal} other {cette conversation}}. {forms}',
  'alertRules.count': '{count, plural, one {# alerte} other {# alertes}} dans {place, select, channel {ce canal} other {cette conversation}} :',
  'alertRules.set': '{subject} est définie. {now}Elle est évaluée d’ici quelques minutes, puis à chaque actualisation des données de Microsoft.',
  'alertRules.now': 'Maintenant : {value} avec les données du {date}{above, select, yes {, au-dessus du seuil : elle publie sa carte à la première évaluation} other {}}.',
  'alertRules.exists': '{subject} surveille déjà cela dans {place, select, channel {ce canal} other {cette conversation}}.',
  'alertRules.removed': '{subject} est supprimée.',
  'alertRules.snoozed': '{subject} est suspendue{until, select, none {} other { jusqu’au {until}}} : elle est évaluée et enregistrée, et ne publie rien d’ici là.',
  'alertRules.excluded':
    '{sku, select, none {La SKU} other {{sku}}} est exclue des alertes de licences Copilot dans {place, select, channel {ce canal} other {cette conversation}} (licences inutilisées, licences Copilot non attribuées, coût des licences inutilisées, jamais utilisées).',
  'alertRules.included': '{sku, select, none {La SKU} other {{sku}}} est de nouveau comptée par les alertes de licences Copilot dans {place, select, channel {ce canal} other {cette conversation}}.',
  'alertRules.notFound': 'Il n’y a pas d’alerte {number} dans {place, select, channel {ce canal} other {cette conversation}} : « alerts » les liste avec leurs numéros.',
  'alertRules.full': '{place, select, channel {Ce canal} other {Cette conversation}} a {max, number} alertes, le maximum : supprimez-en d’abord une (« alert remove <n> »).',
  'alertRules.languageSet': 'Les alertes de {place, select, channel {ce canal} other {cette conversation}} sont désormais publiées en {language}.',
  'alertRules.languageTitle': 'Langue',
  'alertRules.resumed': 'Les alertes d’ici étaient suspendues depuis le {date} : {refusal} quand le bot a publié ici. Elles publient de nouveau à partir de maintenant.',
  'alertRules.refusal': '{status, select, none {Teams a refusé la publication} other {Teams a répondu {status}}}',
  'alertRules.excludedNote': 'Exclues des alertes de licences Copilot ici : {skus}.',
  'alertRules.evaluatedNote': 'Chaque alerte est évaluée une fois à chaque actualisation des données de Microsoft ; elle publie quand sa valeur franchit le seuil, et une fois quand elle redescend.',
  'alertRules.state': 'État',
  'alertRules.stateNew': 'Nouvelle : évaluée d’ici quelques minutes',
  'alertRules.stateFiring': 'Déclenchée depuis les données du {since, select, none {la dernière évaluation} other {{since}}}',
  'alertRules.stateQuiet': 'Calme',
  'alertRules.snoozedTitle': 'Suspendue',
  'alertRules.snoozedValue': 'jusqu’au {until} : enregistrée, non publiée',
  'alertRules.pausedTitle': 'En pause',
  'alertRules.pausedValue': 'depuis le {date} : {refusal} quand le bot a publié ici ; définissez, suspendez ou supprimez une alerte ici pour reprendre',
  'alertRules.figure': 'Valeur',
  'alertRules.lastEvaluated': 'Dernière évaluation',
  'alertRules.lastEvaluatedValue': 'données du {date} · {at}',
  'alertRules.notPosted': 'Non publiée',
  'alertRules.notPostedValue':
    '{event, select, fired {La carte d’alerte} other {La levée}} n’a pas pu être publiée ({reason, select, none {sans raison indiquée} other {{reason}}}) ; nouvel essai à la prochaine évaluation.',

  // The digest's Alerts section.
  'digest.alertsTitle': 'Alertes',
  'digest.alertsNote':
    '{firing, plural, =0 {Aucune des {watched, plural, one {# alerte} other {# alertes}} d’ici n’est déclenchée.} one {# des {watched, plural, one {# alerte} other {# alertes}} d’ici est déclenchée.} other {# des {watched, plural, one {# alerte} other {# alertes}} d’ici sont déclenchées.}}',
  'digest.alertFiring': '{value}, déclenchée depuis les données du {since}',
} satisfies { readonly [K in keyof typeof enAlerts]: string };
