import type { enTenants } from './en-tenants.js';

/** French (français), many tenants: the tenant on cards, tenant commands and refusals, the overview, alerts for every customer; spread into `fr`. */
export const frTenants = {
  'header.tenantTitle': '{tenant} · {title}',
  'header.sourceOfTenant': 'Source : {source}, locataire {tenant} · récupéré {time}',

  'command.overview': 'Licences Copilot, licences inactives et leur coût pour chaque locataire client (locataire de gestion)',
  'action.tenants': 'Locataires',
  'action.overview': 'Vue d’ensemble',
  'action.alertsEveryCustomer': 'Alertes de tous les clients',

  'advice.tenantNames': 'Envoyez « tenants » pour voir les locataires que sert le bot et leurs noms.',
  'advice.tenantNotHere': 'Demandez sans nommer de locataire : cette conversation répond pour le sien.',
  'advice.tenantCommand': 'Écrivez la commande comme le message l’indique.',

  'tenantParse.title': 'Locataire non compris',
  'tenantParse.twoNames': 'Le message nomme {names} ; une commande porte sur un seul locataire, nommez-en un.',
  'tenantParse.noName':
    '« {typed} » ne nomme aucun locataire : un nom de locataire est une lettre suivie d’au plus 39 lettres, chiffres, points, tirets ou traits de soulignement, par ex. contoso ou Fabrikam-EU.',
  'tenantParse.tenantsAlone': '« tenants » ne prend rien après lui.',
  'tenantParse.addForm': 'Ajoutez un locataire ainsi : tenant add <tenant id> as <name>, par ex. tenant add {example} as contoso.',
  'tenantParse.badId': '« {typed} » n’est pas un ID de locataire : c’est un GUID comme {example} (Entra ID › Vue d’ensemble › ID de locataire).',
  'tenantParse.badName':
    '« {typed} » ne peut pas nommer un locataire : utilisez une lettre suivie d’au plus 39 lettres, chiffres, points, tirets ou traits de soulignement, par ex. contoso ou Fabrikam-EU.',
  'tenantParse.reservedName': '« {typed} » ne peut pas nommer un locataire : @all désigne tous les locataires clients à la fois. Choisissez un autre nom.',
  'tenantParse.nameTenant': 'Nommez le locataire : tenant {verb} <name>.',
  'tenantParse.nameTenantAndUser': 'Nommez le locataire et l’utilisateur : tenant {verb} <name> <user object id>.',
  'tenantParse.badUserId': '« {typed} » n’est pas l’ID d’objet d’un utilisateur : c’est un GUID (Entra ID › Utilisateurs › l’utilisateur › ID d’objet).',
  'tenantParse.commands': 'Les commandes des locataires sont : {forms}.',

  'tenantRegistry.title': 'Locataires inchangés',
  'tenantRegistry.ownTenant': '{id} est le locataire propre de ce déploiement ({name}) ; il est toujours servi.',
  'tenantRegistry.alreadyAdded': 'Le locataire {id} est déjà ajouté, sous le nom {name}.',
  'tenantRegistry.nameTaken': 'Le nom {name} est déjà pris ; choisissez-en un autre.',
  'tenantRegistry.tooManyTenants': 'Le bot sert au plus {max, plural, one {# locataire client} other {# locataires clients}}.',
  'tenantRegistry.tooManyUsers': 'Un locataire autorise au plus {max, plural, one {# utilisateur} other {# utilisateurs}}.',
  'tenantRegistry.noSuchTenant': 'Aucun locataire ne s’appelle {name}. Les locataires sont {names}.',
  'tenantRegistry.noCustomerYet': 'Aucun locataire ne s’appelle {name}. Aucun locataire client n’est encore ajouté.',
  'tenantRegistry.busy': 'La liste des locataires a changé plusieurs fois pendant cette modification ; réessayez.',

  'tenantRefusal.unknownTitle': 'Locataire inconnu',
  'tenantRefusal.unknown': 'Aucun locataire ne s’appelle {name}. Le bot sert {names}.',
  'tenantRefusal.notHereTitle': 'Indisponible dans cette conversation',
  'tenantRefusal.notHere':
    'Cette conversation se trouve dans le Teams de {own} et ne répond que pour {own} ; elle ne peut donc pas afficher {named}. Demandez sans @{named}.',
  'tenantRefusal.everyCustomerNotHere':
    'Cette conversation se trouve dans le Teams de {own} et ne répond que pour {own} ; @{typed}, tous les locataires clients à la fois, est réservé aux administrateurs du locataire qui exécute le bot. Demandez sans @{typed}.',
  'tenantRefusal.notHereOther': 'Cette conversation se trouve dans le Teams de {own} et ne répond que pour {own} ; elle ne peut donc pas afficher un autre locataire.',
  'tenantRefusal.adminsOnlyTitle': 'Les locataires se gèrent ailleurs',
  'tenantRefusal.adminsOnly':
    'Cette conversation se trouve dans le Teams de {own} et ne répond que pour {own}. Les locataires que sert ce bot se gèrent dans le Teams de son locataire de gestion.',
  'tenantRefusal.removedTitle': 'Locataire plus servi',
  'tenantRefusal.removed': 'Le locataire de cette carte a été retiré : le bot ne répond plus pour lui.',
  'tenantRefusal.unreadableTitle': 'La liste des locataires est illisible',
  'tenantRefusal.unreadable':
    'La liste des locataires clients enregistrée par le bot est endommagée : il ne répond pour aucun locataire client tant qu’elle n’est pas réparée. Prévenez la personne qui gère le bot : l’enregistrement est tenant-registry/{tenantId} dans son magasin d’état.',
  'tenantRefusal.everyCustomerTitle': '@all sert aux alertes et aux récapitulatifs',
  'tenantRefusal.everyCustomer':
    '@all crée une alerte dans chaque locataire client (« alert idle-seats > 100 @all »), les liste (« alerts @all »), en retire une (« alert remove 1 @all ») ou abonne ce canal à la vue d’ensemble hebdomadaire de tous les clients (« digest subscribe @all »). Les autres réponses portent sur un seul locataire : nommez-le avec @name, ou envoyez « overview » pour les chiffres de tous les clients.',
  'tenantRefusal.overviewNamedTitle': 'La vue d’ensemble couvre tous les clients',
  'tenantRefusal.overviewNamed':
    'La vue d’ensemble montre tous les locataires clients à la fois : elle ne prend pas @{name}. Envoyez « overview » pour tous, ou « copilot licenses @{name} » pour {name} seul.',
  'tenantRefusal.overviewElsewhereTitle': 'La vue d’ensemble est pour le locataire de gestion',
  'tenantRefusal.overviewElsewhere':
    'La vue d’ensemble montre tous les locataires clients du bot : elle n’est donnée que dans le Teams du locataire de gestion, à ses administrateurs. Ici, le bot ne répond que sur ce locataire : essayez « copilot licenses ».',

  'tenants.title':
    '{event, select, list {Locataires} added {Locataire ajouté} checked {Locataire vérifié} removed {Locataire retiré} allowed {Utilisateur autorisé} disallowed {Utilisateur plus autorisé} other {Locataire utilisé ici}}',
  'tenants.listNone': 'Le bot ne sert que {managing}. Ajoutez un locataire client avec : tenant add <tenant id> as <name>.',
  'tenants.list':
    'Le bot sert {managing} et {count, plural, one {# locataire client} other {# locataires clients}}. Nommez-en un dans une commande (copilot summary @name) ou choisissez-en un pour cette conversation (use name).',
  'tenants.added': '{tenant} est ajouté. Interrogez-le avec @{tenant} après une commande, ou envoyez ici « use {tenant} ».',
  'tenants.checked': 'Ce que {tenant} permet maintenant au bot de lire.',
  'tenants.removed':
    '{tenant} est retiré avec tout ce que le bot en gardait : rapports en cache, données de rapport partagées, abonnements aux récapitulatifs, réservations et fichiers. Son administrateur peut aussi retirer le consentement de l’application dans son Entra ID.',
  'tenants.allowedUsers':
    '{count, plural, one {# utilisateur} other {# utilisateurs}} de {tenant} {count, plural, one {peut} other {peuvent}} utiliser le bot dans le Teams de {tenant}.',
  'tenants.inUseManaging':
    'Cette conversation répond pour {managing}, le locataire propre du bot. Nommez-en un autre dans une commande (copilot summary @name), ou envoyez « use <name> ».',
  'tenants.inUse': 'Cette conversation répond pour {tenant} quand une commande ne nomme aucun locataire. « use {managing} » revient au locataire propre du bot.',
  'tenants.usersAllowed': '{count, plural, one {# utilisateur autorisé dans son Teams} other {# utilisateurs autorisés dans son Teams}}',
  'tenants.notChecked': 'pas encore vérifié',
  'tenants.noConsent': 'aucun consentement administrateur (vérifié le {date})',
  'tenants.noToken': 'aucun jeton d’Entra ID (vérifié le {date})',
  'tenants.permissions':
    '{missing, select, none {toutes les autorisations accordées} other {manque {missing}}}{unknown, select, none {} other {; non vérifié : {unknown}}} (vérifié le {date})',
  'tenants.consentPage': 'Consentement : {tenant}',
  'tenants.grant': '{tenant} : un administrateur général de ce locataire ouvre sa page de consentement et accepte ({permissions}) ; puis « tenant check {tenant} ».',
  'tenants.tokenFailed': '{tenant} : Entra ID n’a délivré aucun jeton au bot{code, select, none {} other { ({code})}}. La personne qui gère le bot vérifie les informations d’identification de son inscription d’application, puis « tenant check {tenant} ».',
  'tenants.checkFailed': '{tenant} : Microsoft Graph n’a pas répondu à toutes les vérifications ({permissions}) ; « tenant check {tenant} » redemande.',

  'overview.title': 'Vue d’ensemble des clients',
  'overview.none': '{managing} ne sert encore aucun locataire client. Ajoutez-en un avec : tenant add <tenant id> as <name>.',
  'overview.summary':
    '{count, plural, one {Un locataire client.} other {# locataires clients, le coût inactif le plus élevé d’abord.}} Les licences inactives sont les licences non attribuées et celles sans activité Copilot dans la période d’inactivité.',
  'overview.seats': '{seats, plural, one {# licence Copilot} other {# licences Copilot}}',
  'overview.active': '{rate} actives ({period})',
  'overview.idleSeats': '{seats, plural, one {# licence inactive} other {# licences inactives}}',
  'overview.idleSpend': '{amount} inactifs par mois',
  'overview.noPrice': 'coût inactif : pas de prix de licence',
  'overview.refreshed': 'données du {date}',
  'overview.noData': 'aucun chiffre',
  'overview.consentMissing':
    'consentement administrateur manquant. Un administrateur général de {tenant} accepte la page de consentement de l’application ; « tenant check {tenant} » l’affiche.',
  'overview.permissionsMissing':
    'autorisations manquantes ({permissions}). Un administrateur général de {tenant} les accorde sur la page de consentement ; « tenant check {tenant} » l’affiche.',
  'overview.permissionsUnnamed': 'autorisations manquantes. « tenant check {tenant} » les nomme.',
  'overview.throttled': 'Microsoft Graph limite les rapports de ce locataire ; ses chiffres reviennent à la prochaine actualisation.',
  'overview.unreadable': 'ses rapports n’ont pas pu être lus pour l’instant ; redemandez dans quelques minutes.',
  'overview.note': 'Agrégats seulement : aucun utilisateur d’aucun locataire n’est nommé ici. « csv overview » envoie toutes les lignes en fichier dans votre conversation personnelle.',

  'alertTenants.title':
    '{event, select, set {Alerte créée pour tous les clients} list {Alertes ici pour tous les clients} removed {Alerte retirée de tous les clients} other {Aucune alerte de ce numéro pour tous les clients}}',
  'alertTenants.setSummary':
    'Alerte {number} pour tous les clients : {rule}. L’alerte de chaque client publie dans {place, select, channel {ce canal} other {cette conversation}}, en nommant le client, quand son chiffre franchit le seuil, et une fois quand il revient.',
  'alertTenants.setSummaryUnkept':
    '{rule} : l’alerte de chaque client publie dans {place, select, channel {ce canal} other {cette conversation}}, en nommant le client, quand son chiffre franchit le seuil, et une fois quand il revient.',
  'alertTenants.listSummary':
    'Les alertes de chaque client dans {place, select, channel {ce canal} other {cette conversation}}. « alerts @name » liste celles d’un client ; « alert remove <n> @name » en retire une.',
  'alertTenants.keptRules': 'Créées ici pour tous les clients, y compris ceux ajoutés plus tard : {rules}. « alert remove <n> @all » en retire une de tous les clients.',
  'alertTenants.keptRule': '{number} ({rule})',
  'alertTenants.removedSummary':
    'L’alerte {number} pour tous les clients ({rule}) est retirée ici, avec l’alerte qu’elle a créée chez chaque client ; les clients ajoutés plus tard ne la reçoivent plus.',
  'alertTenants.notFoundSummary': 'Cette conversation n’a pas d’alerte {number} pour tous les clients : « alerts @all » les liste avec leurs numéros.',
  'alertTenants.noCustomers': 'Le bot ne sert encore aucun locataire client. Ajoutez-en un avec : tenant add <tenant id> as <name>.',
  'alertTenants.setNote': 'Les clients ajoutés plus tard reçoivent aussi cette alerte, lors de leur ajout.',
  'alertTenants.listNote': 'Les alertes de chaque client sont évaluées sur les seuls chiffres de ce client.',
  'alertTenants.set': 'alerte {number} créée',
  'alertTenants.setNow': 'alerte {number} créée · maintenant {figure} (données du {date})',
  'alertTenants.setUnavailable': 'alerte {number} créée · {why}',
  'alertTenants.exists': 'déjà surveillé par l’alerte {number}',
  'alertTenants.full': 'non créée : cette conversation a déjà le maximum d’alertes pour ce client ({max})',
  'alertTenants.refused': 'non créée : {reason}',
  'alertTenants.notAnswered': 'sans réponse',
  'alertTenants.removed': 'alerte {number} retirée',
  'alertTenants.absent': 'n’avait pas cette alerte ici',
  'alertTenants.more': '{count, plural, one {Et # autre client} other {Et # autres clients}} : « alerts @name » montre ici les alertes d’un client.',
  'alertTenants.rules': '{count, plural, =0 {aucune alerte} one {# alerte, {firing} déclenchées} other {# alertes, {firing} déclenchées}}',
} satisfies { readonly [K in keyof typeof enTenants]: string };
