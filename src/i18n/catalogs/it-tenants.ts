import type { enTenants } from './en-tenants.js';

/** Italian (italiano), many tenants: the tenant on cards, tenant commands and refusals, the overview, alerts for every customer; spread into `it`. */
export const itTenants = {
  'header.tenantTitle': '{tenant} · {title}',
  'header.sourceOfTenant': 'Fonte: {source}, tenant {tenant} · scaricato {time}',

  'command.overview': 'Licenze Copilot, licenze inattive e spesa inattiva di ogni tenant cliente (tenant di gestione)',
  'action.tenants': 'Tenant',
  'action.overview': 'Panoramica',
  'action.alertsEveryCustomer': 'Avvisi di tutti i clienti',

  'advice.tenantNames': 'Scrivi “tenants” per vedere i tenant serviti dal bot e i loro nomi.',
  'advice.tenantNotHere': 'Chiedi senza nominare un tenant: questa chat risponde per il proprio.',
  'advice.tenantCommand': 'Scrivi il comando come indica il messaggio.',

  'tenantParse.title': 'Tenant non compreso',
  'tenantParse.twoNames': 'Il messaggio nomina {names}; un comando riguarda un solo tenant, quindi nominane uno.',
  'tenantParse.noName':
    '“{typed}” non nomina un tenant: il nome di un tenant è una lettera seguita da un massimo di 39 lettere, cifre, punti, trattini o trattini bassi, ad esempio contoso o Fabrikam-EU.',
  'tenantParse.tenantsAlone': '“tenants” non accetta nulla dopo.',
  'tenantParse.addForm': 'Aggiungi un tenant così: tenant add <tenant id> as <name>, ad esempio tenant add {example} as contoso.',
  'tenantParse.badId': '“{typed}” non è un ID tenant: un ID tenant è un GUID come {example} (Entra ID › Panoramica › ID tenant).',
  'tenantParse.badName':
    '“{typed}” non può essere il nome di un tenant: usa una lettera seguita da un massimo di 39 lettere, cifre, punti, trattini o trattini bassi, ad esempio contoso o Fabrikam-EU.',
  'tenantParse.reservedName': '“{typed}” non può essere il nome di un tenant: @all indica tutti i tenant clienti insieme. Scegli un altro nome.',
  'tenantParse.nameTenant': 'Nomina il tenant: tenant {verb} <name>.',
  'tenantParse.nameTenantAndUser': 'Nomina il tenant e l’utente: tenant {verb} <name> <user object id>.',
  'tenantParse.badUserId': '“{typed}” non è l’ID oggetto di un utente: è un GUID (Entra ID › Utenti › l’utente › ID oggetto).',
  'tenantParse.commands': 'I comandi dei tenant sono: {forms}.',

  'tenantRegistry.title': 'Tenant non modificati',
  'tenantRegistry.ownTenant': '{id} è il tenant di questa installazione ({name}); è sempre servito.',
  'tenantRegistry.alreadyAdded': 'Il tenant {id} è già aggiunto, come {name}.',
  'tenantRegistry.nameTaken': 'Il nome {name} è già usato; scegline un altro.',
  'tenantRegistry.tooManyTenants': 'Il bot serve al massimo {max, plural, one {# tenant cliente} other {# tenant clienti}}.',
  'tenantRegistry.tooManyUsers': 'Un tenant consente al massimo {max, plural, one {# utente} other {# utenti}}.',
  'tenantRegistry.noSuchTenant': 'Nessun tenant si chiama {name}. I tenant sono {names}.',
  'tenantRegistry.noCustomerYet': 'Nessun tenant si chiama {name}. Non è ancora stato aggiunto alcun tenant cliente.',
  'tenantRegistry.busy': 'L’elenco dei tenant è cambiato più volte durante questa modifica; riprova.',

  'tenantRefusal.unknownTitle': 'Tenant inesistente',
  'tenantRefusal.unknown': 'Nessun tenant si chiama {name}. Il bot serve {names}.',
  'tenantRefusal.notHereTitle': 'Non disponibile in questa chat',
  'tenantRefusal.notHere': 'Questa chat è nel Teams di {own} e risponde solo per {own}, quindi non può mostrare {named}. Chiedi senza @{named}.',
  'tenantRefusal.everyCustomerNotHere':
    'Questa chat è nel Teams di {own} e risponde solo per {own}; @{typed}, tutti i tenant clienti insieme, è per gli amministratori del tenant che gestisce il bot. Chiedi senza @{typed}.',
  'tenantRefusal.notHereOther': 'Questa chat è nel Teams di {own} e risponde solo per {own}, quindi non può mostrare un altro tenant.',
  'tenantRefusal.adminsOnlyTitle': 'I tenant si gestiscono altrove',
  'tenantRefusal.adminsOnly': 'Questa chat è nel Teams di {own} e risponde solo per {own}. I tenant serviti dal bot si gestiscono nel Teams del tenant di gestione.',
  'tenantRefusal.removedTitle': 'Tenant non più servito',
  'tenantRefusal.removed': 'Il tenant di questa scheda è stato rimosso, quindi il bot non risponde più per esso.',
  'tenantRefusal.unreadableTitle': 'Impossibile leggere l’elenco dei tenant',
  'tenantRefusal.unreadable':
    'L’elenco dei tenant clienti salvato dal bot è danneggiato, quindi il bot non risponde per nessun tenant cliente finché non viene riparato. Avvisa chi gestisce il bot: il record è tenant-registry/{tenantId} nel suo archivio di stato.',
  'tenantRefusal.everyCustomerTitle': '@all è per avvisi e riepiloghi',
  'tenantRefusal.everyCustomer':
    '@all imposta un avviso in ogni tenant cliente (“alert idle-seats > 100 @all”), li elenca (“alerts @all”), ne rimuove uno (“alert remove 1 @all”) o iscrive questo canale alla panoramica settimanale di tutti i clienti (“digest subscribe @all”). Le altre risposte riguardano un solo tenant: nominalo con @name, oppure scrivi “overview” per i dati di tutti i clienti.',
  'tenantRefusal.overviewNamedTitle': 'La panoramica copre tutti i clienti',
  'tenantRefusal.overviewNamed':
    'La panoramica mostra tutti i tenant clienti insieme, quindi non accetta @{name}. Scrivi “overview” per tutti, oppure “copilot licenses @{name}” solo per {name}.',
  'tenantRefusal.overviewElsewhereTitle': 'La panoramica è per il tenant di gestione',
  'tenantRefusal.overviewElsewhere':
    'La panoramica mostra tutti i tenant clienti serviti dal bot, quindi risponde solo nel Teams del tenant di gestione, ai suoi amministratori. Qui il bot risponde solo su questo tenant: prova “copilot licenses”.',

  'tenants.title':
    '{event, select, list {Tenant} added {Tenant aggiunto} checked {Tenant verificato} removed {Tenant rimosso} allowed {Utente autorizzato} disallowed {Utente non più autorizzato} other {Tenant in uso qui}}',
  'tenants.listNone': 'Il bot serve solo {managing}. Aggiungi un tenant cliente con: tenant add <tenant id> as <name>.',
  'tenants.list':
    'Il bot serve {managing} e {count, plural, one {# tenant cliente} other {# tenant clienti}}. Nominane uno in un comando (copilot summary @name) o sceglilo per questa conversazione (use name).',
  'tenants.added': '{tenant} è aggiunto. Chiedi su di esso con @{tenant} dopo un comando, oppure scrivi qui “use {tenant}”.',
  'tenants.checked': 'Ciò che {tenant} consente ora al bot di leggere.',
  'tenants.removed':
    '{tenant} è rimosso con tutto ciò che il bot ne conservava: report in cache, dati condivisi dei report, iscrizioni ai riepiloghi, prenotazioni e file. Il suo amministratore può anche revocare il consenso all’app nel proprio Entra ID.',
  'tenants.allowedUsers': '{count, plural, one {# utente} other {# utenti}} di {tenant} {count, plural, one {può} other {possono}} usare il bot nel Teams di {tenant}.',
  'tenants.inUseManaging': 'Questa conversazione risponde per {managing}, il tenant del bot. Nominane un altro in un comando (copilot summary @name) o scrivi “use <name>”.',
  'tenants.inUse': 'Questa conversazione risponde per {tenant} quando un comando non nomina un tenant. “use {managing}” torna al tenant del bot.',
  'tenants.usersAllowed': '{count, plural, one {# utente autorizzato nel suo Teams} other {# utenti autorizzati nel suo Teams}}',
  'tenants.notChecked': 'non ancora verificato',
  'tenants.noConsent': 'nessun consenso amministratore (verificato il {date})',
  'tenants.noToken': 'nessun token da Entra ID (verificato il {date})',
  'tenants.permissions':
    '{missing, select, none {tutte le autorizzazioni concesse} other {mancano {missing}}}{unknown, select, none {} other {; non verificate: {unknown}}} (verificato il {date})',
  'tenants.consentPage': 'Consenso: {tenant}',
  'tenants.grant': '{tenant}: un amministratore globale di quel tenant apre la pagina di consenso e accetta ({permissions}); poi “tenant check {tenant}”.',
  'tenants.tokenFailed': '{tenant}: Entra ID non ha rilasciato un token al bot{code, select, none {} other { ({code})}}. Chi gestisce il bot verifica le credenziali della sua registrazione app, poi “tenant check {tenant}”.',
  'tenants.checkFailed': '{tenant}: Microsoft Graph non ha risposto a tutte le verifiche ({permissions}); “tenant check {tenant}” chiede di nuovo.',

  'overview.title': 'Panoramica clienti',
  'overview.none': '{managing} non serve ancora alcun tenant cliente. Aggiungine uno con: tenant add <tenant id> as <name>.',
  'overview.summary':
    '{count, plural, one {Un tenant cliente.} other {# tenant clienti, prima quelli con la spesa inattiva più alta.}} Le licenze inattive sono quelle non assegnate e quelle senza attività Copilot nel periodo di inattività.',
  'overview.seats': '{seats, plural, one {# licenza Copilot} other {# licenze Copilot}}',
  'overview.active': '{rate} attive ({period})',
  'overview.idleSeats': '{seats, plural, one {# licenza inattiva} other {# licenze inattive}}',
  'overview.idleSpend': '{amount} inattivi al mese',
  'overview.noPrice': 'spesa inattiva: nessun prezzo di licenza',
  'overview.refreshed': 'dati del {date}',
  'overview.noData': 'nessun dato',
  'overview.consentMissing': 'manca il consenso amministratore. Un amministratore globale di {tenant} accetta la pagina di consenso dell’app; “tenant check {tenant}” lo mostra.',
  'overview.permissionsMissing':
    'mancano autorizzazioni ({permissions}). Un amministratore globale di {tenant} le concede nella pagina di consenso; “tenant check {tenant}” lo mostra.',
  'overview.permissionsUnnamed': 'mancano autorizzazioni. “tenant check {tenant}” le elenca.',
  'overview.throttled': 'Microsoft Graph sta limitando i report di questo tenant; i suoi dati tornano con il prossimo aggiornamento.',
  'overview.unreadable': 'i suoi report non si sono potuti leggere ora; chiedi di nuovo tra qualche minuto.',
  'overview.note': 'Solo dati aggregati: qui non è nominato alcun utente di alcun tenant. “csv overview” invia tutte le righe come file nella tua chat personale.',

  'alertTenants.title':
    '{event, select, set {Avviso impostato per tutti i clienti} list {Avvisi qui per tutti i clienti} removed {Avviso rimosso da tutti i clienti} other {Nessun avviso simile per tutti i clienti}}',
  'alertTenants.setSummary':
    'Avviso {number} per tutti i clienti: {rule}. L’avviso di ogni cliente scrive in {place, select, channel {questo canale} other {questa chat}}, nominando il cliente, quando il suo valore supera la soglia, e una volta quando rientra.',
  'alertTenants.setSummaryUnkept':
    '{rule}: l’avviso di ogni cliente scrive in {place, select, channel {questo canale} other {questa chat}}, nominando il cliente, quando il suo valore supera la soglia, e una volta quando rientra.',
  'alertTenants.listSummary':
    'Gli avvisi di ogni cliente in {place, select, channel {questo canale} other {questa chat}}. “alerts @name” elenca quelli di un cliente; “alert remove <n> @name” ne rimuove uno.',
  'alertTenants.keptRules': 'Impostati qui per tutti i clienti, compresi quelli aggiunti dopo: {rules}. “alert remove <n> @all” ne rimuove uno da tutti i clienti.',
  'alertTenants.keptRule': '{number} ({rule})',
  'alertTenants.removedSummary':
    'L’avviso {number} per tutti i clienti ({rule}) è rimosso qui, insieme all’avviso che ha impostato in ogni cliente; i clienti aggiunti dopo non lo ricevono più.',
  'alertTenants.notFoundSummary': 'Questa conversazione non ha un avviso {number} per tutti i clienti: “alerts @all” li elenca con i loro numeri.',
  'alertTenants.noCustomers': 'Il bot non serve ancora alcun tenant cliente. Aggiungine uno con: tenant add <tenant id> as <name>.',
  'alertTenants.setNote': 'Anche i clienti aggiunti dopo ricevono questo avviso, quando vengono aggiunti.',
  'alertTenants.listNote': 'Gli avvisi di ogni cliente sono valutati solo sui dati di quel cliente.',
  'alertTenants.set': 'avviso {number} impostato',
  'alertTenants.setNow': 'avviso {number} impostato · ora {figure} (dati del {date})',
  'alertTenants.setUnavailable': 'avviso {number} impostato · {why}',
  'alertTenants.exists': 'già controllato dall’avviso {number}',
  'alertTenants.full': 'non impostato: questa conversazione ha già il massimo di avvisi per questo cliente ({max})',
  'alertTenants.refused': 'non impostato: {reason}',
  'alertTenants.notAnswered': 'nessuna risposta',
  'alertTenants.removed': 'avviso {number} rimosso',
  'alertTenants.absent': 'non aveva questo avviso qui',
  'alertTenants.more': '{count, plural, one {E # altro cliente} other {E altri # clienti}}: “alerts @name” mostra qui gli avvisi di un cliente.',
  'alertTenants.rules': '{count, plural, =0 {nessun avviso} one {# avviso, {firing} attivi} other {# avvisi, {firing} attivi}}',
} satisfies { readonly [K in keyof typeof enTenants]: string };
