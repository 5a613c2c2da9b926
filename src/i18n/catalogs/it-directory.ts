import type { enDirectory } from './en-directory.js';

/** Italian (italiano), the directory's part of the answers: by <attribute>, filters, grouped answers, the digest's departments; spread into `it`. */
export const itDirectory = {
  'parse.modifiers.unclosedQuote': 'Le virgolette dopo "{word}" non sono chiuse: scrivi il valore tra virgolette, ad es. department="Human Resources".',
  'parse.modifiers.byNeedsAttribute':
    '"by" richiede per cosa raggruppare: department, country, office, company o job title{typed, select, none {} other {; "{typed}" non è tra questi}}.',
  'parse.modifiers.oneBy': 'Raggruppa per un attributo alla volta: un solo "by …" per comando.',
  'parse.modifiers.unknownFilter': '"{key}=" non è un attributo per filtrare; il bot filtra per {keys}.',
  'parse.modifiers.filterNeedsValue': '{key}= richiede un valore, ad es. {name}=Sales o {name}="Human Resources".',
  'parse.modifiers.filterTwice': 'Filtra ogni attributo una sola volta: "{key}=" compare due volte.',
  'parse.modifiers.quoteSpaces': 'Metti tra virgolette un valore con spazi: {filter}.',
  'parse.modifiers.noBy': '{command} non ha la forma "{by}": "by …" raggruppa {first} e {last}.',
  'parse.modifiers.noFilter':
    '{command} non accetta filtri: filtri come {example} restringono gli elenchi {first} e {last}{instead, select, none {} other {; "{instead}" dà tutti i valori}}.',
  'advice.directoryForbidden':
    'Chiedi a chi gestisce il bot di concedere alla registrazione dell’app l’autorizzazione applicazione Microsoft Graph User.Read.All, con il consenso dell’amministratore.',
  'advice.namesConcealed': 'Chiedi a un amministratore globale di cambiare l’impostazione indicata sopra, oppure chiedi senza raggruppamento né filtro.',
  'advice.unknownValue': 'Scegli uno dei valori qui sotto, oppure raggruppa per l’attributo per vedere tutti i valori della directory.',
  'advice.personalChatOnly': 'Usa il pulsante, oppure chiedi nella chat personale con il bot.',
  'help.attributes':
    'Un <attribute> è department, country, office, company o job title: "by department" dà una riga per reparto, "department=Sales" solo i suoi utenti (in chat personale; title= per la posizione, virgolette attorno a un valore con spazi).',
  'action.value': '{value}',
  'action.withoutGrouping': 'Senza raggruppamento né filtri',
  'directory.namesConcealed':
    'Questo tenant nasconde i nomi degli utenti nei report di utilizzo: gli utenti arrivano come codici di 32 caratteri che non corrispondono a nessuno nella directory, quindi l’utilizzo non si può raggruppare né filtrare per reparto, paese, ufficio, società o posizione, e il bot non tira a indovinare. Per mostrare i nomi, un amministratore globale disattiva l’occultamento in Interfaccia di amministrazione di Microsoft 365 › Impostazioni › Impostazioni organizzazione › Servizi › Report › “Visualizza i nomi nascosti di utenti, gruppi e siti in tutti i report”; i report scaricati dopo la modifica si possono raggruppare.',
  'directory.unknownValue':
    'Nessun utente della directory ha "{value}" come {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {società} other {posizione}} (senza distinguere maiuscole e minuscole).{others, select, closest { I più vicini: {closest}.} noneClose { Nessuno vi si avvicina; raggruppare per {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {società} other {posizione}} elenca tutti i valori.} other { Nessun utente della directory ha il campo {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {società} other {posizione}} compilato.}}',
  'action.adoption': 'Adozione',
  'action.inactive': 'Inattivi',
  'action.idleSeats': 'Licenze inutilizzate',
  'action.sendToMePrivately': 'Inviamelo in privato',
  'errorTitle.PERSONAL_CHAT_ONLY': 'Le risposte filtrate sono per la chat personale',
  'errorMessage.personalChatOnly':
    '"{command}" restringe la risposta agli utenti di un reparto, paese, ufficio, società o posizione: nomina persone, e i numeri di un piccolo gruppo le indicano, quindi la risposta arriva solo nella tua chat personale con il bot.',
  'errorTitle.NAMES_CONCEALED': 'I nomi sono nascosti nei report di utilizzo',
  'errorTitle.UNKNOWN_VALUE': 'Nessun utente ha quel valore',

  // The grouped answers' card.
  'byAttribute.title':
    '{subject, select, copilot {{focus, select, users {Adozione di Copilot} inactive {Licenze Copilot inattive} other {Licenze Copilot inutilizzate}}} other {{focus, select, users {Utilizzo di Microsoft 365} inactive {Utenti Microsoft 365 inattivi} other {Utenti inattivi e le loro licenze}}}} per {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}}{period, select, none {} other { · {period}}}',
  'byAttribute.directory':
    'Directory ({users, plural, one {# utente} other {# utenti}}) al {day}, {refresh, select, full {letta per intero} other {aggiornata con le modifiche del giorno}}',
  'byAttribute.stale': '⚠ Oggi non è stato possibile leggere la directory; la sostituisce la copia del {day}. Chiedi più tardi per quella di oggi.',
  'byAttribute.empty':
    'Nessun {subject, select, copilot {utente abilitato} other {utente con licenza}} in questo periodo, quindi nessun {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}} da mostrare.',
  'byAttribute.rowsTitle':
    '{attribute, select, department {Reparti} country {Paesi} officeLocation {Uffici} companyName {Aziende} other {Qualifiche}} · {focus, select, users {prima i più numerosi} inactive {prima i più inattivi} other {prima la spesa inutilizzata più alta}}',
  'byAttribute.licensedUsers': 'Utenti con licenza',
  'byAttribute.paidLicenceUsers': 'Utenti con licenza a pagamento',
  'byAttribute.usersIn':
    '{users, plural, other {#}} in {values, plural, one {# {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}}} other {# {attribute, select, department {reparti} country {paesi} officeLocation {uffici} companyName {aziende} other {qualifiche}}}}',
  'byAttribute.activeAny': 'Attivi in un servizio qualsiasi · {period}',
  'byAttribute.other':
    'Altro ({values, plural, one {# {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}}} other {# {attribute, select, department {reparti} country {paesi} officeLocation {uffici} companyName {aziende} other {qualifiche}}}})',
  'byAttribute.notSet': '(non impostato)',
  'byAttribute.notInDirectory': '(non in directory)',
  'byAttribute.share':
    '{bar} {rate} {what, select, active {attivi} other {inattivi}} · {part, plural, other {#}} di {users, plural, one {# utente} other {# utenti}}',
  'byAttribute.noUsers': 'nessun utente in questo periodo',
  'byAttribute.idleRow': '{idle, plural, one {# licenza inutilizzata} other {# licenze inutilizzate}}{spend, select, none {} other { · {spend} al mese}} · {share}',
  'byAttribute.notSetNote':
    '"{label}": utenti il cui campo {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}} è vuoto nella directory.',
  'byAttribute.notInDirectoryNote': '"{label}": utenti del report che la directory non ha più (eliminati dopo la data di aggiornamento del report).',
  'byAttribute.foldedNote':
    'Qui {attribute, select, department {i reparti} country {i paesi} officeLocation {gli uffici} companyName {le aziende} other {le qualifiche}} con meno di {smallest, plural, other {#}} utenti sono contati in "{other}" perché nessuno sia individuabile ({folded, plural, other {#}}); la tua chat personale con il bot li mostra.',
  'byAttribute.otherNote':
    '"{other}" somma {attribute, select, department {i reparti} country {i paesi} officeLocation {gli uffici} companyName {le aziende} other {le qualifiche}} non mostrati; il file CSV li elenca tutti.',
  'byAttribute.otherLabel': 'Altro',
  'byAttribute.unassignedNote':
    '{unassigned, plural, one {La # licenza non assegnata è acquistata} other {Le # licenze non assegnate sono acquistate}} e non usate da nessuno, quindi non appartengono a nessun {attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}}: {inactive, plural, one {# licenza inutilizzata} other {# licenze inutilizzate}} dei gruppi più le non assegnate fanno le {seats, plural, other {#}} del tenant.',
  'byAttribute.concealedNote': '{count, plural, one {# utente del report ha il nome nascosto e non è} other {# utenti del report hanno il nome nascosto e non sono}} in nessuna riga.',

  // The filter line.
  'filter.part':
    '{set, select, no {{attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}} non è impostato} other {{attribute, select, department {reparto} country {paese} officeLocation {ufficio} companyName {azienda} other {qualifica}} è "{value}"}}',
  'filter.only': 'Solo gli utenti con {parts}.',
  'filter.join': ' e con ',
  'filter.directory': '{filters} Directory al {day}.',

  // The digest's departments section.
  'digest.departmentsTitle': 'Adozione di Copilot per reparto{period, select, none {} other { · {period}}}',
  'digest.departmentsUsage': '{date, select, none {Ancora nessun dato di utilizzo} other {Utilizzo al {date}}}',
  'digest.departmentsFirst': '{usage}, reparti dalla directory del {day}. Le variazioni settimanali compaiono dal prossimo riepilogo.',
  'digest.departmentsCompared':
    '{usage} rispetto al {compared}, reparti dalla directory del {day}; reparti di almeno {smallest, plural, other {#}} utenti. {moved, select, no {Il tasso di attività di nessun reparto è cambiato dal riepilogo precedente.} other {I tassi di attività che sono cambiati di più, settimana su settimana:}}',
  'digest.departmentMove': '{points} · {rate} attivi · {partOf}',
  'digest.departmentsConcealed': 'Non disponibile: questo tenant nasconde i nomi degli utenti nei report di utilizzo, quindi non corrispondono a nessun reparto. {setting} li mostra.',
  'digest.departmentsUnavailable': 'Non disponibile questa volta: Microsoft Graph non ha risposto ({code}).',
  'digest.departmentsForbidden': 'Non disponibile: il bot non può leggere la directory; la sua registrazione dell’app richiede l’autorizzazione User.Read.All.',
} satisfies { readonly [K in keyof typeof enDirectory]: string };
