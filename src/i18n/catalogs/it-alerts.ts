import type { enAlerts } from './en-alerts.js';

/** Italian (italiano), the alerts: commands, refusals, the alert cards and the digest's Alerts section; spread into `it`. */
export const itAlerts = {
  'command.alert-set': 'Scrive qui una volta quando un valore supera la soglia, e una volta quando rientra',
  'command.alert-list': 'Gli avvisi di qui: stato, ultima valutazione e valore',
  'command.alert-snooze': 'Sospende per un po’ i messaggi di un avviso; la valutazione continua',
  'command.alert-remove': 'Rimuove l’avviso n di questa conversazione',
  'command.alert-exclude': 'Esclude uno SKU dagli avvisi sulle licenze Copilot di qui',
  'command.alert-include': 'Conta di nuovo uno SKU escluso',
  'command.alert-language': 'La lingua in cui da ora vengono pubblicati gli avvisi di questa conversazione',
  'action.alerts': 'Avvisi',
  'action.licences': 'Licenze',
  'alertParse.forms':
    'Impostane uno con {examples} (idle-seats accetta anche una quota: "> 10%"); "alerts" elenca gli avvisi di questa conversazione; "alert remove <n>", "{snooze}", "alert exclude <SKU>" e "alert include <SKU>" li modificano.',
  'alertParse.alertsTakesNothing': '"alerts" elenca gli avvisi di questa conversazione e non accetta altro dopo.',
  'alertParse.needsWhat': 'alert richiede cosa sorvegliare o cosa fare.',
  'alertParse.listTakesNothing': '"alert list" non accetta altro dopo.',
  'alertParse.removeNeedsNumber': '"alert remove" richiede il numero dell’avviso da rimuovere, come lo elenca "alerts": ad es. "alert remove 2".',
  'alertParse.notRemoveNumber': '"{text}" non è il numero di un avviso: "alerts" elenca ogni avviso con il suo numero, ad es. "alert remove 2".',
  'alertParse.oneTooMany': '"{command}" accetta {what, select, number {un solo numero} other {un solo SKU}}; "{extra}" è di troppo.',
  'alertParse.snoozeNeeds': '"alert snooze" richiede il numero dell’avviso e la durata: {usage}, ad es. "alert snooze 2 7d".',
  'alertParse.notNumber': '"{text}" non è il numero di un avviso: "alerts" elenca ogni avviso con il suo numero.',
  'alertParse.durationMissing':
    'Indica per quanto sospendere: indica la durata in ore, giorni o settimane: 12h, 7d o 2w, almeno un’ora e al massimo 90 giorni.',
  'alertParse.notDuration': '"{text}" non è una durata: indica la durata in ore, giorni o settimane: 12h, 7d o 2w, almeno un’ora e al massimo 90 giorni.',
  'alertParse.durationRange':
    'Una sospensione di "{text}" è fuori intervallo: indica la durata in ore, giorni o settimane: 12h, 7d o 2w, almeno un’ora e al massimo 90 giorni.',
  'alertParse.skuMissing':
    '{action, select, exclude {"alert exclude" esclude uno SKU dagli avvisi sulle licenze Copilot di questa conversazione: indica il codice prodotto o l’ID, ad es. "alert exclude Microsoft_365_Copilot_Trial".} other {"alert include" conta di nuovo uno SKU escluso: indica il codice prodotto o l’ID, ad es. "alert include Microsoft_365_Copilot_Trial".}}',
  'alertParse.notSku': '"{text}" non è un codice prodotto né un ID di SKU: i codici sono lettere, cifre, "_", "." e "-", ad es. SPE_E5.',
  'alertParse.noGreaterOrEqual': '">=" non è previsto: un avviso scatta quando il valore supera la soglia (">"), quindi scrivi la soglia di uno più bassa.',
  'alertParse.oneOperator': 'Scrivi un solo ">" e la soglia dopo: un avviso scatta quando il valore sale sopra la soglia.',
  'alertParse.noOperator': 'Scrivi ">" e la soglia dopo cosa sorvegliare, ad es. "{example}".',
  'alertParse.noKind':
    'Indica prima di ">" cosa sorvegliare: idle-seats (licenze Copilot non assegnate o senza attività Copilot in 30 giorni (28 con il report v2), o la loro quota sulle licenze acquistate); unassigned (licenze acquistate non assegnate: di Copilot, o dello SKU indicato); idle-spend (quanto costano al mese le licenze Copilot inutilizzate, al prezzo configurato); adoption drop (punti percentuali di cui l’adozione di Copilot negli ultimi 7 giorni è scesa rispetto alla settimana prima); never-used (licenze Copilot assegnate il cui utente non ha mai usato Copilot); inactive-users (utenti con una licenza a pagamento e nessuna attività in alcun servizio nel periodo (D30, D90 o D180; 30 giorni se non indicato), come li elenca inactive users).',
  'alertParse.unknownKind':
    '"{text}" non è un valore che gli avvisi sorvegliano: idle-seats (licenze Copilot non assegnate o senza attività Copilot in 30 giorni (28 con il report v2), o la loro quota sulle licenze acquistate); unassigned (licenze acquistate non assegnate: di Copilot, o dello SKU indicato); idle-spend (quanto costano al mese le licenze Copilot inutilizzate, al prezzo configurato); adoption drop (punti percentuali di cui l’adozione di Copilot negli ultimi 7 giorni è scesa rispetto alla settimana prima); never-used (licenze Copilot assegnate il cui utente non ha mai usato Copilot); inactive-users (utenti con una licenza a pagamento e nessuna attività in alcun servizio nel periodo (D30, D90 o D180; 30 giorni se non indicato), come li elenca inactive users).{guesses, plural, =0 {} one { Forse intendevi "{last}"?} other { Forse intendevi {first} o "{last}"?}}',
  'alertParse.thresholdMissing': 'Scrivi la soglia dopo ">", ad es. "{example}".',
  'alertParse.notNumberThreshold': '"{text}" non è un numero: scrivi la soglia in cifre, ad es. "{example}".',
  'alertParse.notShare':
    '{kind} è {unit, select, points {in punti percentuali} money {denaro al mese} users {un numero di utenti} other {un numero di licenze}}, non una quota: togli "%".{unit, select, points { Il calo è già in punti percentuali.} money {} other {}}',
  'alertParse.notMoney':
    '{kind} è {unit, select, points {in punti percentuali} money {denaro al mese} users {un numero di utenti} other {un numero di licenze}}, non denaro: togli "{text}".',
  'alertParse.notCurrency': '"{text}" non è una valuta: scrivi un codice ISO 4217 come USD o EUR, quello del prezzo della licenza.',
  'alertParse.notPart': '"{text}" non fa parte di {kind, select, none {un avviso} other {un avviso {kind}: scrivi "{example}"}}.',
  'alertParse.notWhole': '"{text}" non è un numero intero: {kind} conta {counted, select, users {utenti} other {licenze}}.',
  'alertParse.tooManySeats': '"{text}" sono più {counted, select, users {utenti} other {licenze}} di quanti ne abbia qualsiasi tenant: scrivi al massimo {max, number}.',
  'alertParse.oneDecimal': '"{text}" ha più decimali di quanti ne mostri il valore: scrivine al massimo uno, ad es. 10.5.',
  'alertParse.over100': '"{text}" è più di 100 {unit, select, percent {%} other {punti}}: scrivi una soglia da 0 a 100.',
  'alertParse.twoDecimals': '"{text}" ha più decimali di quanti ne abbia il denaro: scrivine al massimo due, ad es. 5000.50.',
  'alertParse.tooMuchMoney': '"{text}" è più di quanto il bot confronti: scrivi al massimo {max, number}.',
  'alertParse.language': '"alert language" richiede uno tra {languages}{typed, select, none {} other {; "{typed}" non è tra questi}}, ad es. "alert language it".',
  'errorTitle.ALERT_NO_PRICE': 'Nessun prezzo di licenza configurato',
  'errorMessage.alertNoPrice':
    'La spesa inutilizzata si calcola al prezzo della licenza, e non ne è configurato nessuno: chi gestisce il bot imposta COPILOT_LICENSE_PRICE (ad es. "30 USD"). "alert idle-seats > 100" sorveglia le licenze stesse.',
  'errorTitle.ALERT_CURRENCY': 'La spesa inutilizzata è in {currency}',
  'errorMessage.alertCurrency':
    'La spesa inutilizzata si calcola in {currency}, la valuta del prezzo della licenza (COPILOT_LICENSE_PRICE), non in {asked}: scrivi "{fixed}" con l’importo in {currency}.',
  'errorTitle.ALERT_UNKNOWN_SKU': '{sku} non è uno SKU di questo tenant',
  'errorMessage.alertUnknownSku': 'Gli abbonamenti del tenant sono: {skus, select, none {nessuno} other {{skus}}}. Indicane uno per codice prodotto o ID.',
  'errorTitle.ALERTS_UNAVAILABLE': 'Gli avvisi si impostano in Teams',
  'errorMessage.alertsUnavailable':
    'Un avviso scrive nella conversazione in cui è stato impostato: imposta ed elenca gli avvisi in un canale Teams, in una chat di gruppo o nella chat personale con il bot.',

  // How a figure reads: its name, why there is no figure.
  'alert.figure':
    '{kind, select, idleSeats {Licenze Copilot inutilizzate} idleShare {Quota inutilizzata delle licenze Copilot acquistate} unassigned {Licenze Copilot non assegnate} unassignedSku {Licenze {sku} non assegnate} idleSpend {Spesa Copilot inutilizzata al mese} adoptionDrop {Calo dell’adozione di Copilot · ultimi 7 giorni} inactiveUsers {Utenti con licenza a pagamento e nessuna attività} other {Licenze Copilot mai usate}}',
  'alert.unavailable.NO_PRICE': 'Nessun prezzo di licenza è configurato (COPILOT_LICENSE_PRICE), quindi la spesa inutilizzata non ha un valore.',
  'alert.unavailable.CURRENCY_CHANGED': 'Il prezzo della licenza ora è in {currency, select, none {un’altra valuta} other {{currency}}}: imposta di nuovo questo avviso in quella valuta.',
  'alert.unavailable.NO_SEATS': 'Non sono state acquistate licenze Copilot (o ogni SKU Copilot è escluso qui), quindi non c’è una quota.',
  'alert.unavailable.SKU_NOT_FOUND': '{sku, select, none {Lo SKU} other {{sku}}} non è tra gli abbonamenti del tenant.',
  'alert.unavailable.NO_WEEK_BEFORE':
    'L’adozione della settimana precedente (dati del {date, select, none {una settimana prima} other {{date}}}) non è stata registrata: il calo compare quando il bot ha letto i dati a una settimana di distanza.',
  'alert.unavailable.NO_USERS': 'Microsoft non segnala utenti abilitati a Copilot.',

  // The alert card and its notification line.
  'alert.firedSummary': 'Avviso {number}: {figure} a {value}',
  'alert.resolvedSummary': 'Avviso {number} rientrato: {figure} a {value}',
  'alert.firedTitle': '🔔 Avviso {number} · {figure} sopra {threshold}',
  'alert.firedMessage': '{figure}: {value}, {over} sopra la soglia di {threshold}, dai dati del {since}.',
  'alert.resolvedTitle': '✓ Avviso {number} rientrato · {figure}',
  'alert.resolvedMessage': '{figure}: {value} con i dati del {date}, di nuovo pari o sotto la soglia di {threshold}.',
  'alert.dataAsOf': 'Dati al',
  'alert.trendTitle': '{figure}, alle verifiche del bot',
  'alert.excludedNote': 'Esclusi qui: {skus} ("alert include <SKU>" ne riconta uno).',
  'alert.skus': '{count, select, one {SKU} other {SKU Copilot contati}}',
  'alert.noSkus': 'nessuno',
  'alert.weekBefore': '{adoption} al {date}',

  // A conversation's alerts.
  'alertRules.title': '{place, select, channel {Avvisi in questo canale} other {Avvisi in questa chat}}',
  'alertRules.heading': 'Avviso {number} · {rule}',
  'alertRules.subject': '{number, select, none {L’avviso} other {L’avviso {number} ({rule})}}',
  'alertRules.forms':
    'Impostane uno con "alert idle-seats > 100" (o "> 10%"), "alert unassigned > 50 [SKU]", "alert idle-spend > 5000 USD", "alert adoption drop > 10" o "alert never-used > 20".',
  'alertRules.none': 'Nessun avviso è impostato in {place, select, channel {questo canale} other {questa chat}}. {forms}',
  'alertRules.count': '{count, plural, one {# avviso} other {# avvisi}} in {place, select, channel {questo canale} other {questa chat}}:',
  'alertRules.set': '{subject} è impostato. {now}Viene verificato entro pochi minuti, poi a ogni aggiornamento dei dati di Microsoft.',
  'alertRules.now': 'Ora: {value} con i dati del {date}{above, select, yes {, sopra la soglia: pubblica la sua scheda alla prima verifica} other {}}.',
  'alertRules.exists': '{subject} controlla già questo valore in {place, select, channel {questo canale} other {questa chat}}.',
  'alertRules.removed': '{subject} è stato rimosso.',
  'alertRules.snoozed': '{subject} è sospeso{until, select, none {} other { fino al {until}}}: viene verificato e registrato, e non pubblica nulla fino ad allora.',
  'alertRules.excluded':
    '{sku, select, none {Lo SKU} other {{sku}}} è escluso dagli avvisi sulle licenze Copilot in {place, select, channel {questo canale} other {questa chat}} (licenze inutilizzate, licenze Copilot non assegnate, spesa inutilizzata, mai usate).',
  'alertRules.included': '{sku, select, none {Lo SKU} other {{sku}}} è di nuovo contato dagli avvisi sulle licenze Copilot in {place, select, channel {questo canale} other {questa chat}}.',
  'alertRules.notFound': 'Non c’è un avviso {number} in {place, select, channel {questo canale} other {questa chat}}: "alerts" li elenca con i loro numeri.',
  'alertRules.full': '{place, select, channel {Questo canale} other {Questa chat}} ha {max, number} avvisi, il massimo: rimuovine prima uno ("alert remove <n>").',
  'alertRules.languageSet': 'Gli avvisi in {place, select, channel {questo canale} other {questa chat}} vengono pubblicati in {language} da ora in poi.',
  'alertRules.languageTitle': 'Lingua',
  'alertRules.resumed': 'Gli avvisi qui erano sospesi dal {date}: {refusal} quando il bot ha pubblicato qui. Da ora pubblicano di nuovo.',
  'alertRules.refusal': '{status, select, none {Teams ha rifiutato il messaggio} other {Teams ha risposto {status}}}',
  'alertRules.excludedNote': 'Esclusi dagli avvisi sulle licenze Copilot qui: {skus}.',
  'alertRules.evaluatedNote': 'Ogni avviso viene verificato una volta a ogni aggiornamento dei dati di Microsoft; pubblica quando il valore supera la soglia, e una volta quando rientra.',
  'alertRules.state': 'Stato',
  'alertRules.stateNew': 'Nuovo: verificato entro pochi minuti',
  'alertRules.stateFiring': 'Attivo dai dati del {since, select, none {l’ultima verifica} other {{since}}}',
  'alertRules.stateQuiet': 'Tranquillo',
  'alertRules.snoozedTitle': 'Sospeso',
  'alertRules.snoozedValue': 'fino al {until}: registrato, non pubblicato',
  'alertRules.pausedTitle': 'In pausa',
  'alertRules.pausedValue': 'dal {date}: {refusal} quando il bot ha pubblicato qui; imposta, sospendi o rimuovi un avviso qui per riprendere',
  'alertRules.figure': 'Valore',
  'alertRules.lastEvaluated': 'Ultima verifica',
  'alertRules.lastEvaluatedValue': 'dati del {date} · {at}',
  'alertRules.notPosted': 'Non pubblicato',
  'alertRules.notPostedValue':
    '{event, select, fired {La scheda dell’avviso} other {Il messaggio di rientro}} non è stato pubblicato ({reason, select, none {nessun motivo indicato} other {{reason}}}); si riprova alla prossima verifica.',

  // The digest's Alerts section.
  'digest.alertsTitle': 'Avvisi',
  'digest.alertsNote':
    '{firing, plural, =0 {Nessuno dei {watched, plural, one {# avviso} other {# avvisi}} qui è attivo.} one {# dei {watched, plural, one {# avviso} other {# avvisi}} qui è attivo.} other {# dei {watched, plural, one {# avviso} other {# avvisi}} qui sono attivi.}}',
  'digest.alertFiring': '{value}, attivo dai dati del {since}',
} satisfies { readonly [K in keyof typeof enAlerts]: string };
