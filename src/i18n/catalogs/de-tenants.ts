import type { enTenants } from './en-tenants.js';

/** German (Deutsch), many tenants: the tenant on cards, tenant commands and refusals, the overview, alerts for every customer; spread into `de`. */
export const deTenants = {
  'header.tenantTitle': '{tenant} · {title}',
  'header.sourceOfTenant': 'Quelle: {source}, Mandant {tenant} · abgerufen {time}',

  'command.overview': 'Copilot-Lizenzen, ungenutzte Lizenzen und deren Kosten jedes Kundenmandanten (verwaltender Mandant)',
  'action.tenants': 'Mandanten',
  'action.overview': 'Übersicht',
  'action.alertsEveryCustomer': 'Warnungen aller Kunden',

  'advice.tenantNames': 'Senden Sie „tenants“, um die Mandanten des Bots und ihre Namen zu sehen.',
  'advice.tenantNotHere': 'Fragen Sie, ohne einen Mandanten zu nennen: Dieser Chat antwortet für seinen eigenen.',
  'advice.tenantCommand': 'Schreiben Sie den Befehl so, wie die Nachricht ihn zeigt.',

  'tenantParse.title': 'Mandant nicht verstanden',
  'tenantParse.twoNames': 'Die Nachricht nennt {names}; ein Befehl betrifft einen Mandanten, nennen Sie also einen.',
  'tenantParse.noName':
    '„{typed}“ nennt keinen Mandanten: Ein Mandantenname ist ein Buchstabe, gefolgt von bis zu 39 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen, z. B. contoso oder Fabrikam-EU.',
  'tenantParse.tenantsAlone': 'Nach „tenants“ folgt nichts.',
  'tenantParse.addForm': 'Einen Mandanten fügen Sie so hinzu: tenant add <tenant id> as <name>, z. B. tenant add {example} as contoso.',
  'tenantParse.badId': '„{typed}“ ist keine Mandanten-ID: Eine Mandanten-ID ist eine GUID wie {example} (Entra ID › Übersicht › Mandanten-ID).',
  'tenantParse.badName':
    '„{typed}“ kann keinen Mandanten benennen: Verwenden Sie einen Buchstaben, gefolgt von bis zu 39 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen, z. B. contoso oder Fabrikam-EU.',
  'tenantParse.reservedName': '„{typed}“ kann keinen Mandanten benennen: @all steht für alle Kundenmandanten zugleich. Wählen Sie einen anderen Namen.',
  'tenantParse.nameTenant': 'Nennen Sie den Mandanten: tenant {verb} <name>.',
  'tenantParse.nameTenantAndUser': 'Nennen Sie den Mandanten und den Benutzer: tenant {verb} <name> <user object id>.',
  'tenantParse.badUserId': '„{typed}“ ist keine Objekt-ID eines Benutzers: Sie ist eine GUID (Entra ID › Benutzer › der Benutzer › Objekt-ID).',
  'tenantParse.commands': 'Die Mandantenbefehle sind: {forms}.',

  'tenantRegistry.title': 'Mandanten nicht geändert',
  'tenantRegistry.ownTenant': '{id} ist der eigene Mandant dieser Bereitstellung ({name}); er wird immer bedient.',
  'tenantRegistry.alreadyAdded': 'Mandant {id} ist bereits hinzugefügt, als {name}.',
  'tenantRegistry.nameTaken': 'Der Name {name} ist vergeben; wählen Sie einen anderen.',
  'tenantRegistry.tooManyTenants': 'Der Bot bedient höchstens {max, plural, one {# Kundenmandanten} other {# Kundenmandanten}}.',
  'tenantRegistry.tooManyUsers': 'Ein Mandant lässt höchstens {max, plural, one {# Benutzer} other {# Benutzer}} zu.',
  'tenantRegistry.noSuchTenant': 'Kein Mandant heißt {name}. Die Mandanten sind {names}.',
  'tenantRegistry.noCustomerYet': 'Kein Mandant heißt {name}. Noch ist kein Kundenmandant hinzugefügt.',
  'tenantRegistry.busy': 'Die Mandantenliste hat sich während dieser Änderung mehrmals geändert; versuchen Sie es erneut.',

  'tenantRefusal.unknownTitle': 'Kein solcher Mandant',
  'tenantRefusal.unknown': 'Kein Mandant heißt {name}. Der Bot bedient {names}.',
  'tenantRefusal.notHereTitle': 'In diesem Chat nicht verfügbar',
  'tenantRefusal.notHere': 'Dieser Chat ist im Teams von {own} und antwortet nur für {own}, kann also {named} nicht zeigen. Fragen Sie ohne @{named}.',
  'tenantRefusal.everyCustomerNotHere':
    'Dieser Chat ist im Teams von {own} und antwortet nur für {own}; @{typed}, alle Kundenmandanten zugleich, ist den Administratoren des Mandanten vorbehalten, der den Bot betreibt. Fragen Sie ohne @{typed}.',
  'tenantRefusal.notHereOther': 'Dieser Chat ist im Teams von {own} und antwortet nur für {own}, kann also keinen anderen Mandanten zeigen.',
  'tenantRefusal.adminsOnlyTitle': 'Mandanten werden anderswo verwaltet',
  'tenantRefusal.adminsOnly': 'Dieser Chat ist im Teams von {own} und antwortet nur für {own}. Die Mandanten des Bots werden im Teams seines verwaltenden Mandanten verwaltet.',
  'tenantRefusal.removedTitle': 'Mandant wird nicht mehr bedient',
  'tenantRefusal.removed': 'Der Mandant dieser Karte wurde entfernt, daher antwortet der Bot nicht mehr für ihn.',
  'tenantRefusal.unreadableTitle': 'Die Mandantenliste ist nicht lesbar',
  'tenantRefusal.unreadable':
    'Die gespeicherte Liste der Kundenmandanten ist beschädigt, daher antwortet der Bot für keinen Kundenmandanten, bis sie repariert ist. Teilen Sie es den Betreibern des Bots mit: Der Eintrag ist tenant-registry/{tenantId} in seinem Zustandsspeicher.',
  'tenantRefusal.everyCustomerTitle': '@all gilt für Warnungen und Übersichten',
  'tenantRefusal.everyCustomer':
    '@all legt eine Warnung in jedem Kundenmandanten an („alert idle-seats > 100 @all“), listet sie auf („alerts @all“), entfernt eine („alert remove 1 @all“) oder abonniert für diesen Kanal die wöchentliche Übersicht aller Kunden („digest subscribe @all“). Andere Antworten betreffen einen Mandanten: Nennen Sie ihn mit @name oder senden Sie „overview“ für die Zahlen aller Kunden.',
  'tenantRefusal.overviewNamedTitle': 'Die Übersicht umfasst alle Kunden',
  'tenantRefusal.overviewNamed':
    'Die Übersicht zeigt alle Kundenmandanten zugleich und nimmt daher kein @{name}. Senden Sie „overview“ für alle oder „copilot licenses @{name}“ nur für {name}.',
  'tenantRefusal.overviewElsewhereTitle': 'Die Übersicht ist für den verwaltenden Mandanten',
  'tenantRefusal.overviewElsewhere':
    'Die Übersicht zeigt alle Kundenmandanten des Bots und wird daher nur im Teams des verwaltenden Mandanten beantwortet, für dessen Administratoren. Hier antwortet der Bot nur über diesen Mandanten: Versuchen Sie „copilot licenses“.',

  'tenants.title':
    '{event, select, list {Mandanten} added {Mandant hinzugefügt} checked {Mandant geprüft} removed {Mandant entfernt} allowed {Benutzer zugelassen} disallowed {Benutzer nicht mehr zugelassen} other {Mandant dieser Unterhaltung}}',
  'tenants.listNone': 'Der Bot bedient nur {managing}. Fügen Sie einen Kundenmandanten hinzu mit: tenant add <tenant id> as <name>.',
  'tenants.list':
    'Der Bot bedient {managing} und {count, plural, one {# Kundenmandanten} other {# Kundenmandanten}}. Nennen Sie einen im Befehl (copilot summary @name) oder wählen Sie einen für diese Unterhaltung (use name).',
  'tenants.added': '{tenant} ist hinzugefügt. Fragen Sie danach mit @{tenant} nach einem Befehl oder senden Sie hier „use {tenant}“.',
  'tenants.checked': 'Was {tenant} den Bot jetzt lesen lässt.',
  'tenants.removed':
    '{tenant} ist entfernt, mit allem, was der Bot davon aufbewahrt hat: zwischengespeicherte Berichte, gemeinsame Berichtsdaten, Übersichtsabonnements, Reservierungen und Dateien. Seine Administratoren können die Zustimmung für die App auch in ihrem Entra ID entfernen.',
  'tenants.allowedUsers': '{count, plural, one {# Benutzer} other {# Benutzer}} von {tenant} {count, plural, one {darf} other {dürfen}} den Bot im Teams von {tenant} verwenden.',
  'tenants.inUseManaging': 'Diese Unterhaltung antwortet für {managing}, den eigenen Mandanten des Bots. Nennen Sie einen anderen im Befehl (copilot summary @name) oder senden Sie „use <name>“.',
  'tenants.inUse': 'Diese Unterhaltung antwortet für {tenant}, wenn ein Befehl keinen Mandanten nennt. „use {managing}“ kehrt zum eigenen Mandanten des Bots zurück.',
  'tenants.usersAllowed': '{count, plural, one {# Benutzer in seinem Teams zugelassen} other {# Benutzer in seinem Teams zugelassen}}',
  'tenants.notChecked': 'noch nicht geprüft',
  'tenants.noConsent': 'keine Administratorzustimmung (geprüft am {date})',
  'tenants.noToken': 'kein Token von Entra ID (geprüft am {date})',
  'tenants.permissions':
    '{missing, select, none {alle Berechtigungen erteilt} other {es fehlt {missing}}}{unknown, select, none {} other {; nicht geprüft: {unknown}}} (geprüft am {date})',
  'tenants.consentPage': 'Zustimmung: {tenant}',
  'tenants.grant': '{tenant}: Ein globaler Administrator dieses Mandanten öffnet seine Zustimmungsseite und stimmt zu ({permissions}); danach „tenant check {tenant}“.',
  'tenants.tokenFailed': '{tenant}: Entra ID hat dem Bot kein Token ausgestellt{code, select, none {} other { ({code})}}. Die Betreiber des Bots prüfen die Anmeldedaten seiner App-Registrierung, danach „tenant check {tenant}“.',
  'tenants.checkFailed': '{tenant}: Microsoft Graph hat nicht jede Prüfung beantwortet ({permissions}); „tenant check {tenant}“ fragt erneut.',

  'overview.title': 'Kundenübersicht',
  'overview.none': '{managing} bedient noch keinen Kundenmandanten. Fügen Sie einen hinzu mit: tenant add <tenant id> as <name>.',
  'overview.summary':
    '{count, plural, one {Ein Kundenmandant.} other {# Kundenmandanten, die höchsten Kosten ungenutzter Lizenzen zuerst.}} Ungenutzte Lizenzen sind nicht zugewiesene Lizenzen und Lizenzen ohne Copilot-Aktivität im Leerlaufzeitraum.',
  'overview.seats': '{seats, plural, one {# Copilot-Lizenz} other {# Copilot-Lizenzen}}',
  'overview.active': '{rate} aktiv ({period})',
  'overview.idleSeats': '{seats, plural, one {# ungenutzte Lizenz} other {# ungenutzte Lizenzen}}',
  'overview.idleSpend': '{amount} ungenutzt pro Monat',
  'overview.noPrice': 'Kosten ungenutzter Lizenzen: kein Lizenzpreis',
  'overview.refreshed': 'Daten vom {date}',
  'overview.noData': 'keine Zahlen',
  'overview.consentMissing': 'Administratorzustimmung fehlt. Ein globaler Administrator von {tenant} stimmt auf der Zustimmungsseite der App zu; „tenant check {tenant}“ zeigt es.',
  'overview.permissionsMissing':
    'Berechtigungen fehlen ({permissions}). Ein globaler Administrator von {tenant} erteilt sie auf der Zustimmungsseite; „tenant check {tenant}“ zeigt es.',
  'overview.permissionsUnnamed': 'Berechtigungen fehlen. „tenant check {tenant}“ nennt sie.',
  'overview.throttled': 'Microsoft Graph drosselt die Berichte dieses Mandanten; seine Zahlen kommen mit der nächsten Aktualisierung zurück.',
  'overview.unreadable': 'seine Berichte konnten gerade nicht gelesen werden; fragen Sie in ein paar Minuten erneut.',
  'overview.note': 'Nur Summen: Hier wird kein Benutzer eines Mandanten genannt. „csv overview“ sendet alle Zeilen als Datei in Ihren persönlichen Chat.',

  'alertTenants.title':
    '{event, select, set {Warnung für alle Kunden angelegt} list {Warnungen hier für alle Kunden} removed {Warnung bei allen Kunden entfernt} other {Keine solche Warnung für alle Kunden}}',
  'alertTenants.setSummary':
    'Warnung {number} für alle Kunden: {rule}. Die Warnung jedes Kunden schreibt in {place, select, channel {diesen Kanal} other {diesen Chat}} und nennt den Kunden, wenn sein Wert die Schwelle überschreitet, und einmal, wenn er zurückgeht.',
  'alertTenants.setSummaryUnkept':
    '{rule}: Die Warnung jedes Kunden schreibt in {place, select, channel {diesen Kanal} other {diesen Chat}} und nennt den Kunden, wenn sein Wert die Schwelle überschreitet, und einmal, wenn er zurückgeht.',
  'alertTenants.listSummary':
    'Die Warnungen jedes Kunden in {place, select, channel {diesem Kanal} other {diesem Chat}}. „alerts @name“ listet die eines Kunden; „alert remove <n> @name“ entfernt eine.',
  'alertTenants.keptRules': 'Hier für alle Kunden angelegt, auch für später hinzugefügte: {rules}. „alert remove <n> @all“ entfernt eine bei allen Kunden.',
  'alertTenants.keptRule': '{number} ({rule})',
  'alertTenants.removedSummary':
    'Warnung {number} für alle Kunden ({rule}) ist hier entfernt, mit der Warnung, die sie bei jedem Kunden angelegt hat; später hinzugefügte Kunden erhalten sie nicht mehr.',
  'alertTenants.notFoundSummary': 'Diese Unterhaltung hat keine Warnung {number} für alle Kunden: „alerts @all“ listet sie mit ihren Nummern.',
  'alertTenants.noCustomers': 'Der Bot bedient noch keinen Kundenmandanten. Fügen Sie einen hinzu mit: tenant add <tenant id> as <name>.',
  'alertTenants.setNote': 'Später hinzugefügte Kunden erhalten diese Warnung ebenfalls, sobald sie hinzugefügt werden.',
  'alertTenants.listNote': 'Die Warnungen jedes Kunden werden nur anhand seiner eigenen Zahlen ausgewertet.',
  'alertTenants.set': 'Warnung {number} angelegt',
  'alertTenants.setNow': 'Warnung {number} angelegt · jetzt {figure} (Daten vom {date})',
  'alertTenants.setUnavailable': 'Warnung {number} angelegt · {why}',
  'alertTenants.exists': 'bereits von Warnung {number} überwacht',
  'alertTenants.full': 'nicht angelegt: Diese Unterhaltung hat schon die meisten Warnungen, die sie für diesen Kunden hält ({max})',
  'alertTenants.refused': 'nicht angelegt: {reason}',
  'alertTenants.notAnswered': 'nicht beantwortet',
  'alertTenants.removed': 'Warnung {number} entfernt',
  'alertTenants.absent': 'hatte hier keine solche Warnung',
  'alertTenants.more': '{count, plural, one {Und # weiterer Kunde} other {Und # weitere Kunden}}: „alerts @name“ zeigt hier die Warnungen eines Kunden.',
  'alertTenants.rules': '{count, plural, =0 {keine Warnungen} one {# Warnung, {firing} ausgelöst} other {# Warnungen, {firing} ausgelöst}}',
} satisfies { readonly [K in keyof typeof enTenants]: string };
