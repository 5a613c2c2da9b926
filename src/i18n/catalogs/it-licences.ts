import type { enLicences } from './en-licences.js';

/** Italian (italiano), every licence, the reclaim list, the digest's Licences section and the inactive-users alert; spread into `it`. */
export const itLicences = {
  'command.licenses': 'Tutte le licenze: acquistate, assegnate, inutilizzate e quanto costano quelle inutilizzate',
  'command.inactive-users': 'Utenti con una licenza a pagamento e nessuna attività in alcun servizio, prima i più costosi (chat personale)',
  'action.reclaimList': 'Elenco da recuperare',
  'action.allLicences': 'Tutte le licenze',
  'action.inactiveUsers': 'Utenti inattivi',
  'byAttribute.idleSeats': '{idle, plural, one {# licenza inutilizzata} other {# licenze inutilizzate}}{spend, select, none {} other { · {spend} al mese}}',

  // The licences card.
  'licencesCard.purchased': 'Licenze acquistate (SKU a pagamento)',
  'licencesCard.idleSeats': 'Licenze inutilizzate · {period}',
  'licencesCard.idleSeatsValue': '{seats, number}, tutte le licenze',
  'licencesCard.unpricedSeats': '{count, plural, one {# licenza inutilizzata non ha un prezzo e non è inclusa} other {# licenze inutilizzate non hanno un prezzo e non sono incluse}}',
  'licencesCard.setPrices': 'Imposta LICENSE_PRICES (ad es. SPE_E5=57 USD, SPE_E3=36 USD) per vedere quanto costano le licenze inutilizzate.',
  'licencesCard.copilotActive': 'Attivi · {period}',
  'licencesCard.copilotNote': 'Come li indica "copilot licenses": un solo valore per tutti gli SKU Copilot, perché il report di Copilot non dice quale abbia un utente.',
  'licencesCard.howCounted': 'Come si contano le licenze',
  'licencesCard.countedNote':
    'Una licenza è inutilizzata quando nessuno la detiene, o quando chi la detiene non ha avuto attività in Exchange, OneDrive, SharePoint, Viva Engage o Teams negli ultimi 30 giorni (il report degli utenti attivi; l’uso di Power BI, Visio o Project non vi compare). Le licenze Copilot sono inutilizzate senza attività in Copilot. Gli SKU gratuiti e di prova non costano nulla e non sono contati. Conteggio delle licenze al {fetchedAt} (in tempo reale).{stale, select, yes { ⚠ Conteggi delle licenze meno recenti dalla cache: non è stato possibile interrogare Microsoft Graph ora.} other {}}',
  'licencesCard.skus': 'Abbonamenti (SKU)',
  'licencesCard.noSkus': 'Questo tenant non ha abbonamenti.',
  'licencesCard.unmatched': 'Prodotti senza SKU trovato (contati, senza prezzo)',
  'licencesCard.linksTitle': 'Licenze da recuperare',
  'licencesCard.status': '{status, select, Warning {Avviso} Suspended {Sospeso} Deleted {Eliminato} LockedOut {Bloccato} other {{status}}}',
  'licencesCard.free': 'gratuito o di prova ({reason, select, units {dal numero di unità} other {dal nome}}): non conta come spesa',
  'licencesCard.priceIgnored': 'il suo prezzo in LICENSE_PRICES non è usato',
  'licencesCard.holders': '{count, plural, one {# titolare} other {# titolari}}',
  'licencesCard.copilotAbove': 'licenze inutilizzate con Microsoft 365 Copilot sopra',
  'licencesCard.seatPrice': '{price} per licenza al mese',
  'licencesCard.priceNotSet': 'prezzo non impostato',
  'licencesCard.priceNotSetSetting': 'prezzo non impostato (LICENSE_PRICES)',
  'licencesCard.inactiveHolders': '{inactive, number} di {holders, plural, one {# titolare} other {# titolari}} inattivi {period}',
  'licencesCard.skuIdleSeats': '{count, plural, one {# licenza inutilizzata} other {# licenze inutilizzate}}',
  'licencesCard.skuIdleSpend': '{spend} al mese a {price} per licenza',
  'licencesCard.unmatchedFree': 'gratuito o di prova: non contato',
  'licencesCard.unmatchedIdle': '{count, plural, one {# licenza inutilizzata} other {# licenze inutilizzate}}, senza prezzo: nessuno SKU sottoscritto ha questo nome',

  // The reclaim list.
  'inactiveUsers.noActivity': 'Nessuna attività in alcun servizio · {period}',
  'inactiveUsers.noListTitle': 'Nessun elenco per una settimana',
  'inactiveUsers.noListNote':
    'Una settimana senza attività non è un motivo per ritirare una licenza: ferie e permessi durano di più. L’elenco da recuperare conta gli {idle}, la finestra su cui si contano le licenze inutilizzate.',
  'inactiveUsers.linksTitle': 'L’elenco da recuperare',
  'inactiveUsers.noFile':
    '"inactive users {period}" non ha file: una settimana senza attività non è un motivo per ritirare una licenza. L’elenco parte da 30 giorni: csv inactive users {idle}, D90 o D180.',
  'inactiveUsers.users':
    '{users, plural, one {# utente} other {# utenti}} senza attività in alcun servizio {period}{idle, select, none {} other { (parte delle licenze inutilizzate degli {idle})}}',
  'inactiveUsers.setPrices': 'Imposta LICENSE_PRICES (ad es. SPE_E5=57 USD, SPE_E3=36 USD) per vedere quanto costano le loro licenze.',
  'inactiveUsers.byLicence': 'Per licenza',
  'inactiveUsers.licenceLine':
    '{users, plural, one {# utente} other {# utenti}} · {cost, select, free {gratuita o di prova} priced {{money} al mese} unmatched {nessuno SKU trovato: senza prezzo} other {prezzo non impostato}}',
  'inactiveUsers.activityNote': 'Attività: Exchange, OneDrive, SharePoint, Viva Engage e Teams (il report degli utenti attivi). Una licenza Copilot è inutilizzata solo senza attività in Copilot.',
  'inactiveUsers.mostExpensive': 'Prima i più costosi',
  'inactiveUsers.allActive': 'Tutti gli utenti con una licenza a pagamento sono stati attivi {period}.',
  'inactiveUsers.copilotSeats': 'Licenze Copilot',
  'inactiveUsers.copilotMatched':
    '{inUse, plural, =0 {{holders, number} di loro hanno Microsoft 365 Copilot e nessuno lo ha usato {period}: le loro licenze Copilot sono nel costo.} other {{holders, number} di loro hanno Microsoft 365 Copilot; # lo hanno usato {period}: quelle licenze sono in uso, non nel costo.}}',
  'inactiveUsers.copilotConcealment':
    '{holders, number} di loro hanno Microsoft 365 Copilot, ma {concealed, select, copilot {il report di Copilot nasconde i nomi e quello degli utenti attivi no} other {il report degli utenti attivi nasconde i nomi e quello di Copilot no}}, quindi i loro utenti non si possono abbinare: le licenze Copilot sono escluse dai costi. Entrambi i report seguono una sola impostazione, {setting}; si abbinano di nuovo quando entrambi sono aggiornati con essa.',
  'inactiveUsers.copilotNamesDiffer':
    '{holders, number} di loro hanno Microsoft 365 Copilot, ma i nomi nascosti del report di Copilot non corrispondono a quelli del report degli utenti attivi, quindi i loro utenti non si possono abbinare: le licenze Copilot sono escluse dai costi. Disattiva l’occultamento in {setting} per abbinarli.',
  'inactiveUsers.copilotInUse': 'Copilot in uso{date, select, none {} other { ({date})}}',
  'inactiveUsers.copilotUnknown': 'Uso di Copilot non noto',

  // The digest's Licences section.
  'digestLicences.title': 'Licenze{period, select, none {} other { · inutilizzate, {period}}}',
  'digestLicences.noUsage': 'Microsoft non ha ancora dati di utilizzo per questo tenant.',
  'digestLicences.monthly': '{money} al mese',
  'digestLicences.noPrice': 'prezzo non impostato',
  'digestLicences.more': '{count, plural, one {# altra licenza} other {# altre licenze}}',
  'digestLicences.moreSeats': '{count, plural, one {# licenza inutilizzata} other {# licenze inutilizzate}}',
  'digestLicences.all': 'Tutte le licenze',
  'digestLicences.note':
    'Utilizzo al {date}, licenze in tempo reale; licenze non assegnate e licenze il cui titolare non ha usato nulla; {compared, select, none {le variazioni compaiono dal prossimo riepilogo} other {variazioni dal riepilogo con i dati al {compared}}}.{priced, select, no { Imposta LICENSE_PRICES per vedere quanto costano.} other {}}',

  // The inactive-users alert and its refusals.
  'alert.inactiveUsersTitle': 'Licenza a pagamento, nessuna attività',
  'alert.inactiveUsersValue': '{users, plural, one {# utente} other {# utenti}} senza attività in alcun servizio {period}',
  'alert.licenceCostTitle': 'Le loro licenze costano',
  'alertParse.notPeriod': '"{text}" non è un periodo su cui {kind} conta: scrivi {periods} o {last} ({first} se non indicato).',
  'alertParse.noPeriod': '{kind} non accetta un periodo: togli "{text}".',
  'file.money': '{money} {name, select, idleSpendMonthly {di spesa inutilizzata al mese} other {al mese per le loro licenze}}',
} satisfies { readonly [K in keyof typeof enLicences]: string };
