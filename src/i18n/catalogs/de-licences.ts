import type { enLicences } from './en-licences.js';

/** German (Deutsch), every licence, the reclaim list, the digest's Licences section and the inactive-users alert; spread into `de`. */
export const deLicences = {
  'command.licenses': 'Alle Lizenzen: gekauft, zugewiesen, ungenutzt und was ungenutzte Lizenzen kosten',
  'command.inactive-users': 'Benutzer mit kostenpflichtiger Lizenz ohne Aktivität in einem Dienst, die teuersten zuerst (persönlicher Chat)',
  'action.reclaimList': 'Rückholliste',
  'action.allLicences': 'Alle Lizenzen',
  'action.inactiveUsers': 'Inaktive Benutzer',
  'byAttribute.idleSeats': '{idle, plural, one {# ungenutzte Lizenz} other {# ungenutzte Lizenzen}}{spend, select, none {} other { · {spend} im Monat}}',

  // The licences card.
  'licencesCard.purchased': 'Gekaufte Lizenzen (kostenpflichtige SKUs)',
  'licencesCard.idleSeats': 'Ungenutzte Lizenzen · {period}',
  'licencesCard.idleSeatsValue': '{seats, number}, alle Lizenzen',
  'licencesCard.unpricedSeats': '{count, plural, one {# ungenutzte Lizenz hat keinen Preis und ist nicht enthalten} other {# ungenutzte Lizenzen haben keinen Preis und sind nicht enthalten}}',
  'licencesCard.setPrices': 'Legen Sie LICENSE_PRICES fest (z. B. SPE_E5=57 USD, SPE_E3=36 USD), um zu sehen, was ungenutzte Lizenzen kosten.',
  'licencesCard.copilotActive': 'Aktiv · {period}',
  'licencesCard.copilotNote': 'Wie "copilot licenses" sie angibt: ein Wert für alle Copilot-SKUs, da der Copilot-Bericht nicht sagt, welche ein Benutzer hat.',
  'licencesCard.howCounted': 'Wie Lizenzen gezählt werden',
  'licencesCard.countedNote':
    'Eine Lizenz ist ungenutzt, wenn niemand sie hat oder ihr Inhaber in den letzten 30 Tagen keine Aktivität in Exchange, OneDrive, SharePoint, Viva Engage oder Teams hatte (der Bericht der aktiven Benutzer; die Nutzung von Power BI, Visio oder Project selbst steht nicht darin). Copilot-Lizenzen sind ohne Copilot-Aktivität ungenutzt. Kostenlose und Test-SKUs kosten nichts und werden nicht gezählt. Lizenzzahlen vom {fetchedAt} (live).{stale, select, yes { ⚠ Ältere Lizenzzahlen aus dem Cache: Microsoft Graph konnte gerade nicht gefragt werden.} other {}}',
  'licencesCard.skus': 'Abonnements (SKUs)',
  'licencesCard.noSkus': 'Dieser Mandant hat keine Abonnements.',
  'licencesCard.unmatched': 'Produkte ohne gefundene SKU (gezählt, ohne Preis)',
  'licencesCard.linksTitle': 'Lizenzen zum Zurückholen',
  'licencesCard.status': '{status, select, Warning {Warnung} Suspended {Gesperrt} Deleted {Gelöscht} LockedOut {Blockiert} other {{status}}}',
  'licencesCard.free': 'kostenlos oder Test ({reason, select, units {nach der Anzahl Einheiten} other {nach dem Namen}}): zählt nicht als Kosten',
  'licencesCard.priceIgnored': 'ihr Preis in LICENSE_PRICES wird nicht verwendet',
  'licencesCard.holders': '{count, plural, one {# Inhaber} other {# Inhaber}}',
  'licencesCard.copilotAbove': 'ungenutzte Lizenzen bei Microsoft 365 Copilot oben',
  'licencesCard.seatPrice': '{price} je Lizenz und Monat',
  'licencesCard.priceNotSet': 'kein Preis festgelegt',
  'licencesCard.priceNotSetSetting': 'kein Preis festgelegt (LICENSE_PRICES)',
  'licencesCard.inactiveHolders': '{inactive, number} von {holders, plural, one {# Inhaber} other {# Inhabern}} inaktiv {period}',
  'licencesCard.skuIdleSeats': '{count, plural, one {# ungenutzte Lizenz} other {# ungenutzte Lizenzen}}',
  'licencesCard.skuIdleSpend': '{spend} im Monat zu {price} je Lizenz',
  'licencesCard.unmatchedFree': 'kostenlos oder Test: nicht gezählt',
  'licencesCard.unmatchedIdle': '{count, plural, one {# ungenutzte Lizenz} other {# ungenutzte Lizenzen}}, ohne Preis: keine abonnierte SKU hat diesen Namen',

  // The reclaim list.
  'inactiveUsers.noActivity': 'Keine Aktivität in einem Dienst · {period}',
  'inactiveUsers.noListTitle': 'Keine Liste für eine Woche',
  'inactiveUsers.noListNote':
    'Eine Woche ohne Aktivität ist kein Grund, eine Lizenz zurückzuholen: Urlaub und Abwesenheit dauern länger. Die Rückholliste zählt die {idle}, das Fenster, über das ungenutzte Lizenzen gezählt werden.',
  'inactiveUsers.linksTitle': 'Die Rückholliste',
  'inactiveUsers.noFile':
    '"inactive users {period}" hat keine Datei: Eine Woche ohne Aktivität ist kein Grund, eine Lizenz zurückzuholen. Die Liste beginnt bei 30 Tagen: csv inactive users {idle}, D90 oder D180.',
  'inactiveUsers.users': '{users, plural, one {# Benutzer} other {# Benutzer}} ohne Aktivität in einem Dienst {period}{idle, select, none {} other { (Teil der ungenutzten Lizenzen der {idle})}}',
  'inactiveUsers.setPrices': 'Legen Sie LICENSE_PRICES fest (z. B. SPE_E5=57 USD, SPE_E3=36 USD), um zu sehen, was ihre Lizenzen kosten.',
  'inactiveUsers.byLicence': 'Nach Lizenz',
  'inactiveUsers.licenceLine':
    '{users, plural, one {# Benutzer} other {# Benutzer}} · {cost, select, free {kostenlos oder Test} priced {{money} im Monat} unmatched {keine SKU gefunden: ohne Preis} other {kein Preis festgelegt}}',
  'inactiveUsers.activityNote': 'Aktivität: Exchange, OneDrive, SharePoint, Viva Engage und Teams (der Bericht der aktiven Benutzer). Eine Copilot-Lizenz ist nur ohne Copilot-Aktivität ungenutzt.',
  'inactiveUsers.mostExpensive': 'Die teuersten zuerst',
  'inactiveUsers.allActive': 'Alle mit kostenpflichtiger Lizenz waren aktiv {period}.',
  'inactiveUsers.copilotSeats': 'Copilot-Lizenzen',
  'inactiveUsers.copilotMatched':
    '{inUse, plural, =0 {{holders, number} von ihnen haben Microsoft 365 Copilot, und niemand hat es genutzt {period}: Ihre Copilot-Lizenzen sind in den Kosten.} other {{holders, number} von ihnen haben Microsoft 365 Copilot; # haben es genutzt {period}: Diese Lizenzen sind in Gebrauch, nicht in den Kosten.}}',
  'inactiveUsers.copilotConcealment':
    '{holders, number} von ihnen haben Microsoft 365 Copilot, aber {concealed, select, copilot {der Copilot-Bericht verbirgt Namen und der Bericht der aktiven Benutzer nicht} other {der Bericht der aktiven Benutzer verbirgt Namen und der Copilot-Bericht nicht}}, daher lassen sich ihre Benutzer nicht zuordnen: Copilot-Lizenzen bleiben bei den Kosten außen vor. Beide Berichte folgen einer Einstellung, {setting}; sie passen wieder, sobald beide damit aktualisiert sind.',
  'inactiveUsers.copilotNamesDiffer':
    '{holders, number} von ihnen haben Microsoft 365 Copilot, aber die verborgenen Namen des Copilot-Berichts passen nicht zu denen des Berichts der aktiven Benutzer, daher lassen sich ihre Benutzer nicht zuordnen: Copilot-Lizenzen bleiben bei den Kosten außen vor. Schalten Sie das Verbergen in {setting} aus, um sie zuzuordnen.',
  'inactiveUsers.copilotInUse': 'Copilot in Gebrauch{date, select, none {} other { ({date})}}',
  'inactiveUsers.copilotUnknown': 'Copilot-Nutzung unbekannt',

  // The digest's Licences section.
  'digestLicences.title': 'Lizenzen{period, select, none {} other { · ungenutzt, {period}}}',
  'digestLicences.noUsage': 'Microsoft hat für diesen Mandanten noch keine Nutzungsdaten.',
  'digestLicences.monthly': '{money} im Monat',
  'digestLicences.noPrice': 'kein Preis festgelegt',
  'digestLicences.more': '{count, plural, one {# weitere Lizenz} other {# weitere Lizenzen}}',
  'digestLicences.moreSeats': '{count, plural, one {# ungenutzte Lizenz} other {# ungenutzte Lizenzen}}',
  'digestLicences.all': 'Alle Lizenzen',
  'digestLicences.note':
    'Nutzung vom {date}, Lizenzen live; nicht zugewiesene Lizenzen und Lizenzen, deren Inhaber nichts genutzt hat; {compared, select, none {Änderungen erscheinen ab der nächsten Zusammenfassung} other {Änderungen seit der Zusammenfassung mit Daten vom {compared}}}.{priced, select, no { Legen Sie LICENSE_PRICES fest, um zu sehen, was sie kosten.} other {}}',

  // The inactive-users alert and its refusals.
  'alert.inactiveUsersTitle': 'Kostenpflichtige Lizenz, keine Aktivität',
  'alert.inactiveUsersValue': '{users, plural, one {# Benutzer} other {# Benutzer}} ohne Aktivität in einem Dienst {period}',
  'alert.licenceCostTitle': 'Ihre Lizenzen kosten',
  'alertParse.notPeriod': '"{text}" ist kein Zeitraum, über den {kind} zählt: Schreiben Sie {periods} oder {last} ({first} ohne Angabe).',
  'alertParse.noPeriod': '{kind} nimmt keinen Zeitraum: Lassen Sie "{text}" weg.',
  'file.money': '{money} {name, select, idleSpendMonthly {Kosten ungenutzter Lizenzen im Monat} other {im Monat für ihre Lizenzen}}',
} satisfies { readonly [K in keyof typeof enLicences]: string };
