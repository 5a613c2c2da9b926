import type { enAlerts } from './en-alerts.js';

/** German (Deutsch), the alerts: commands, refusals, the alert cards and the digest's Alerts section; spread into `de`. */
export const deAlerts = {
  'command.alert-set': 'Meldet sich hier einmal, wenn ein Wert die Schwelle überschreitet, und einmal, wenn er zurückgeht',
  'command.alert-list': 'Die Warnungen hier: Status, letzte Auswertung und Wert',
  'command.alert-snooze': 'Hält die Beiträge einer Warnung eine Weile zurück; ausgewertet wird weiter',
  'command.alert-remove': 'Entfernt Warnung n dieser Unterhaltung',
  'command.alert-exclude': 'Nimmt eine SKU aus den Copilot-Lizenzwarnungen hier heraus',
  'command.alert-include': 'Zählt eine herausgenommene SKU wieder mit',
  'command.alert-language': 'Die Sprache, in der die Warnungen dieser Unterhaltung ab jetzt gepostet werden',
  'action.alerts': 'Warnungen',
  'action.licences': 'Lizenzen',
  'alertParse.forms':
    'Legen Sie eine an mit {examples} (idle-seats nimmt auch einen Anteil: "> 10%"); "alerts" listet die Warnungen dieser Unterhaltung; "alert remove <n>", "{snooze}", "alert exclude <SKU>" und "alert include <SKU>" ändern sie.',
  'alertParse.alertsTakesNothing': '"alerts" listet die Warnungen dieser Unterhaltung und nimmt nichts danach.',
  'alertParse.needsWhat': 'alert braucht, was überwacht oder was getan werden soll.',
  'alertParse.listTakesNothing': '"alert list" nimmt nichts danach.',
  'alertParse.removeNeedsNumber': '"alert remove" braucht die Nummer der zu entfernenden Warnung, wie "alerts" sie listet: z. B. "alert remove 2".',
  'alertParse.notRemoveNumber': '"{text}" ist keine Warnungsnummer: "alerts" listet jede Warnung mit ihrer Nummer, z. B. "alert remove 2".',
  'alertParse.oneTooMany': '"{command}" nimmt {what, select, number {eine Nummer} other {eine SKU}}; "{extra}" ist zu viel.',
  'alertParse.snoozeNeeds': '"alert snooze" braucht die Nummer der Warnung und die Dauer: {usage}, z. B. "alert snooze 2 7d".',
  'alertParse.notNumber': '"{text}" ist keine Warnungsnummer: "alerts" listet jede Warnung mit ihrer Nummer.',
  'alertParse.durationMissing':
    'Sagen Sie, wie lange zurückgestellt wird: geben Sie die Dauer in Stunden, Tagen oder Wochen an: 12h, 7d oder 2w, mindestens eine Stunde und höchstens 90 Tage.',
  'alertParse.notDuration':
    '"{text}" ist keine Dauer: geben Sie die Dauer in Stunden, Tagen oder Wochen an: 12h, 7d oder 2w, mindestens eine Stunde und höchstens 90 Tage.',
  'alertParse.durationRange':
    'Ein Zurückstellen um "{text}" liegt außerhalb des Bereichs: geben Sie die Dauer in Stunden, Tagen oder Wochen an: 12h, 7d oder 2w, mindestens eine Stunde und höchstens 90 Tage.',
  'alertParse.skuMissing':
    '{action, select, exclude {"alert exclude" nimmt eine SKU aus den Copilot-Lizenzwarnungen dieser Unterhaltung heraus: Nennen Sie ihre Teilenummer oder ID, z. B. "alert exclude Microsoft_365_Copilot_Trial".} other {"alert include" zählt eine herausgenommene SKU wieder mit: Nennen Sie ihre Teilenummer oder ID, z. B. "alert include Microsoft_365_Copilot_Trial".}}',
  'alertParse.notSku': '"{text}" ist keine SKU-Teilenummer oder -ID: Teilenummern bestehen aus Buchstaben, Ziffern, "_", "." und "-", z. B. SPE_E5.',
  'alertParse.noGreaterOrEqual':
    '">=" gibt es nicht: Eine Warnung löst aus, wenn ihr Wert über der Schwelle liegt (">"), schreiben Sie die Schwelle also um eins niedriger.',
  'alertParse.oneOperator': 'Schreiben Sie ein ">" und danach die Schwelle: Eine Warnung löst aus, wenn ihr Wert über die Schwelle steigt.',
  'alertParse.noOperator': 'Schreiben Sie ">" und die Schwelle nach dem, was überwacht wird, z. B. "{example}".',
  'alertParse.noKind':
    'Sagen Sie vor ">", was überwacht wird: idle-seats (Copilot-Lizenzen, nicht zugewiesen oder ohne Copilot-Aktivität in 30 Tagen (28 bei Bericht v2), oder ihr Anteil an den gekauften Lizenzen); unassigned (gekaufte, nicht zugewiesene Lizenzen: Copilot-Lizenzen oder die der genannten SKU); idle-spend (was ungenutzte Copilot-Lizenzen im Monat kosten, zum eingestellten Lizenzpreis); adoption drop (Prozentpunkte, um die die Copilot-Akzeptanz der letzten 7 Tage gegenüber der Woche davor gefallen ist); never-used (zugewiesene Copilot-Lizenzen, deren Benutzer Copilot nie genutzt hat); inactive-users (Benutzer mit kostenpflichtiger Lizenz und ohne Aktivität in einem Dienst im Zeitraum (D30, D90 oder D180; 30 Tage ohne Angabe), wie inactive users sie listet).',
  'alertParse.unknownKind':
    '"{text}" ist kein Wert, den Warnungen überwachen: idle-seats (Copilot-Lizenzen, nicht zugewiesen oder ohne Copilot-Aktivität in 30 Tagen (28 bei Bericht v2), oder ihr Anteil an den gekauften Lizenzen); unassigned (gekaufte, nicht zugewiesene Lizenzen: Copilot-Lizenzen oder die der genannten SKU); idle-spend (was ungenutzte Copilot-Lizenzen im Monat kosten, zum eingestellten Lizenzpreis); adoption drop (Prozentpunkte, um die die Copilot-Akzeptanz der letzten 7 Tage gegenüber der Woche davor gefallen ist); never-used (zugewiesene Copilot-Lizenzen, deren Benutzer Copilot nie genutzt hat); inactive-users (Benutzer mit kostenpflichtiger Lizenz und ohne Aktivität in einem Dienst im Zeitraum (D30, D90 oder D180; 30 Tage ohne Angabe), wie inactive users sie listet).{guesses, plural, =0 {} one { Meinten Sie "{last}"?} other { Meinten Sie {first} oder "{last}"?}}',
  'alertParse.thresholdMissing': 'Schreiben Sie die Schwelle nach ">", z. B. "{example}".',
  'alertParse.notNumberThreshold': '"{text}" ist keine Zahl: Schreiben Sie die Schwelle in Ziffern, z. B. "{example}".',
  'alertParse.notShare':
    '{kind} ist {unit, select, points {in Prozentpunkten} money {Geld im Monat} users {eine Anzahl Benutzer} other {eine Anzahl Lizenzen}}, kein Anteil: Lassen Sie "%" weg.{unit, select, points { Der Rückgang ist schon in Prozentpunkten.} money {} other {}}',
  'alertParse.notMoney':
    '{kind} ist {unit, select, points {in Prozentpunkten} money {Geld im Monat} users {eine Anzahl Benutzer} other {eine Anzahl Lizenzen}}, kein Geld: Lassen Sie "{text}" weg.',
  'alertParse.notCurrency': '"{text}" ist keine Währung: Schreiben Sie einen ISO-4217-Code wie USD oder EUR, den des Lizenzpreises.',
  'alertParse.notPart': '"{text}" gehört nicht zu {kind, select, none {einer Warnung} other {einer Warnung {kind}: Schreiben Sie "{example}"}}.',
  'alertParse.notWhole': '"{text}" ist keine ganze Zahl: {kind} zählt {counted, select, users {Benutzer} other {Lizenzen}}.',
  'alertParse.tooManySeats': '"{text}" sind mehr {counted, select, users {Benutzer} other {Lizenzen}}, als ein Mandant hat: höchstens {max, number}.',
  'alertParse.oneDecimal': '"{text}" hat mehr Nachkommastellen, als der Wert zeigt: höchstens eine, z. B. 10.5.',
  'alertParse.over100': '"{text}" ist mehr als 100 {unit, select, percent {%} other {Punkte}}: eine Schwelle von 0 bis 100.',
  'alertParse.twoDecimals': '"{text}" hat mehr Nachkommastellen, als Geld hat: höchstens zwei, z. B. 5000.50.',
  'alertParse.tooMuchMoney': '"{text}" ist mehr, als der Bot vergleicht: höchstens {max, number}.',
  'alertParse.language': '"alert language" braucht einen der Codes {languages}{typed, select, none {} other {; "{typed}" gehört nicht dazu}}, z. B. "alert language it".',
  'errorTitle.ALERT_NO_PRICE': 'Kein Lizenzpreis eingestellt',
  'errorMessage.alertNoPrice':
    'Die Kosten ungenutzter Lizenzen werden zum Lizenzpreis gerechnet, und es ist keiner eingestellt: Die Betreiber des Bots setzen COPILOT_LICENSE_PRICE (z. B. "30 USD"). "alert idle-seats > 100" überwacht die Lizenzen selbst.',
  'errorTitle.ALERT_CURRENCY': 'Kosten ungenutzter Lizenzen in {currency}',
  'errorMessage.alertCurrency':
    'Die Kosten ungenutzter Lizenzen werden in {currency} gerechnet, der Währung des Lizenzpreises (COPILOT_LICENSE_PRICE), nicht in {asked}: Schreiben Sie "{fixed}" mit dem Betrag in {currency}.',
  'errorTitle.ALERT_UNKNOWN_SKU': '{sku} ist keine SKU dieses Mandanten',
  'errorMessage.alertUnknownSku': 'Die Abonnements des Mandanten: {skus, select, none {keine} other {{skus}}}. Nennen Sie eines davon per Teilenummer oder ID.',
  'errorTitle.ALERTS_UNAVAILABLE': 'Warnungen werden in Teams eingerichtet',
  'errorMessage.alertsUnavailable':
    'Eine Warnung meldet sich in der Unterhaltung, in der sie eingerichtet wurde: Richten Sie Warnungen in einem Teams-Kanal, Gruppenchat oder persönlichen Chat mit dem Bot ein und listen Sie sie dort.',

  // How a figure reads: its name, why there is no figure.
  'alert.figure':
    '{kind, select, idleSeats {Ungenutzte Copilot-Lizenzen} idleShare {Ungenutzter Anteil der gekauften Copilot-Lizenzen} unassigned {Nicht zugewiesene Copilot-Lizenzen} unassignedSku {Nicht zugewiesene {sku}-Lizenzen} idleSpend {Kosten ungenutzter Copilot-Lizenzen im Monat} adoptionDrop {Rückgang der Copilot-Akzeptanz · letzte 7 Tage} inactiveUsers {Benutzer mit kostenpflichtiger Lizenz ohne Aktivität} other {Nie genutzte Copilot-Lizenzen}}',
  'alert.unavailable.NO_PRICE': 'Kein Lizenzpreis ist eingestellt (COPILOT_LICENSE_PRICE), daher haben die Kosten ungenutzter Lizenzen keinen Wert.',
  'alert.unavailable.CURRENCY_CHANGED': 'Der Lizenzpreis ist jetzt in {currency, select, none {einer anderen Währung} other {{currency}}}: Legen Sie diese Warnung in dieser Währung neu an.',
  'alert.unavailable.NO_SEATS': 'Es sind keine Copilot-Lizenzen gekauft (oder jede Copilot-SKU ist hier herausgenommen), daher gibt es keinen Anteil.',
  'alert.unavailable.SKU_NOT_FOUND': '{sku, select, none {Die SKU} other {{sku}}} gehört nicht zu den Abonnements des Mandanten.',
  'alert.unavailable.NO_WEEK_BEFORE':
    'Die Akzeptanz der Vorwoche (Daten vom {date, select, none {einer Woche davor} other {{date}}}) wurde nicht erfasst: Der Rückgang erscheint, sobald der Bot Daten im Abstand einer Woche gelesen hat.',
  'alert.unavailable.NO_USERS': 'Microsoft meldet keine für Copilot aktivierten Benutzer.',

  // The alert card and its notification line.
  'alert.firedSummary': 'Warnung {number}: {figure} bei {value}',
  'alert.resolvedSummary': 'Warnung {number} aufgehoben: {figure} bei {value}',
  'alert.firedTitle': '🔔 Warnung {number} · {figure} über {threshold}',
  'alert.firedMessage': '{figure}: {value}, {over} über der Schwelle von {threshold}, seit den Daten vom {since}.',
  'alert.resolvedTitle': '✓ Warnung {number} aufgehoben · {figure}',
  'alert.resolvedMessage': '{figure}: {value} mit den Daten vom {date}, wieder bei oder unter der Schwelle von {threshold}.',
  'alert.dataAsOf': 'Datenstand',
  'alert.trendTitle': '{figure}, bei den Auswertungen des Bots',
  'alert.excludedNote': 'Hier herausgenommen: {skus} ("alert include <SKU>" zählt eine wieder mit).',
  'alert.skus': '{count, select, one {SKU} other {Gezählte Copilot-SKUs}}',
  'alert.noSkus': 'keine',
  'alert.weekBefore': '{adoption} bis {date}',

  // A conversation's alerts.
  'alertRules.title': '{place, select, channel {Warnungen in diesem Kanal} other {Warnungen in diesem Chat}}',
  'alertRules.heading': 'Warnung {number} · {rule}',
  'alertRules.subject': '{number, select, none {Die Warnung} other {Warnung {number} ({rule})}}',
  'alertRules.forms':
    'Legen Sie eine an mit "alert idle-seats > 100" (oder "> 10%"), "alert unassigned > 50 [SKU]", "alert idle-spend > 5000 USD", "alert adoption drop > 10" oder "alert never-used > 20".',
  'alertRules.none': 'In {place, select, channel {diesem Kanal} other {diesem Chat}} sind keine Warnungen angelegt. {forms}',
  'alertRules.count': '{count, plural, one {# Warnung} other {# Warnungen}} in {place, select, channel {diesem Kanal} other {diesem Chat}}:',
  'alertRules.set': '{subject} ist angelegt. {now}Sie wird in wenigen Minuten ausgewertet, danach bei jeder Aktualisierung der Microsoft-Daten.',
  'alertRules.now': 'Jetzt: {value} mit den Daten vom {date}{above, select, yes {, über der Schwelle: Sie postet ihre Karte bei der ersten Auswertung} other {}}.',
  'alertRules.exists': '{subject} überwacht das in {place, select, channel {diesem Kanal} other {diesem Chat}} bereits.',
  'alertRules.removed': '{subject} ist entfernt.',
  'alertRules.snoozed': '{subject} ist zurückgestellt{until, select, none {} other { bis {until}}}: Sie wird ausgewertet und erfasst und postet bis dahin nichts.',
  'alertRules.excluded':
    '{sku, select, none {Die SKU} other {{sku}}} ist aus den Copilot-Lizenzwarnungen in {place, select, channel {diesem Kanal} other {diesem Chat}} herausgenommen (ungenutzte und nicht zugewiesene Copilot-Lizenzen, Kosten ungenutzter Lizenzen, nie genutzt).',
  'alertRules.included': '{sku, select, none {Die SKU} other {{sku}}} wird von den Copilot-Lizenzwarnungen in {place, select, channel {diesem Kanal} other {diesem Chat}} wieder mitgezählt.',
  'alertRules.notFound': 'In {place, select, channel {diesem Kanal} other {diesem Chat}} gibt es keine Warnung {number}: "alerts" listet sie mit ihren Nummern.',
  'alertRules.full': '{place, select, channel {Dieser Kanal} other {Dieser Chat}} hat {max, number} Warnungen, die Höchstzahl: Entfernen Sie zuerst eine ("alert remove <n>").',
  'alertRules.languageSet': 'Die Warnungen in {place, select, channel {diesem Kanal} other {diesem Chat}} werden ab jetzt auf {language} gepostet.',
  'alertRules.languageTitle': 'Sprache',
  'alertRules.resumed': 'Die Warnungen hier waren seit {date} angehalten: {refusal}, als der Bot hier postete. Ab jetzt posten sie wieder.',
  'alertRules.refusal': '{status, select, none {Teams hat den Beitrag abgelehnt} other {Teams antwortete {status}}}',
  'alertRules.excludedNote': 'Aus den Copilot-Lizenzwarnungen hier herausgenommen: {skus}.',
  'alertRules.evaluatedNote': 'Jede Warnung wird bei jeder Aktualisierung der Microsoft-Daten einmal ausgewertet; sie postet, wenn ihr Wert die Schwelle überschreitet, und einmal, wenn er zurückgeht.',
  'alertRules.state': 'Status',
  'alertRules.stateNew': 'Neu: wird in wenigen Minuten ausgewertet',
  'alertRules.stateFiring': 'Ausgelöst seit den Daten vom {since, select, none {der letzten Auswertung} other {{since}}}',
  'alertRules.stateQuiet': 'Ruhig',
  'alertRules.snoozedTitle': 'Zurückgestellt',
  'alertRules.snoozedValue': 'bis {until}: erfasst, nicht gepostet',
  'alertRules.pausedTitle': 'Angehalten',
  'alertRules.pausedValue': 'seit {date}: {refusal}, als der Bot hier postete; legen Sie hier eine Warnung an, stellen Sie eine zurück oder entfernen Sie eine, um fortzufahren',
  'alertRules.figure': 'Wert',
  'alertRules.lastEvaluated': 'Zuletzt ausgewertet',
  'alertRules.lastEvaluatedValue': 'Daten vom {date} · {at}',
  'alertRules.notPosted': 'Nicht gepostet',
  'alertRules.notPostedValue':
    '{event, select, fired {Die Warnungskarte} other {Die Aufhebung}} konnte nicht gepostet werden ({reason, select, none {ohne Angabe eines Grundes} other {{reason}}}); sie wird bei der nächsten Auswertung erneut versucht.',

  // The digest's Alerts section.
  'digest.alertsTitle': 'Warnungen',
  'digest.alertsNote':
    '{firing, plural, =0 {Keine der {watched, plural, one {# Warnung} other {# Warnungen}} hier ist ausgelöst.} one {# der {watched, plural, one {# Warnung} other {# Warnungen}} hier ist ausgelöst.} other {# der {watched, plural, one {# Warnung} other {# Warnungen}} hier sind ausgelöst.}}',
  'digest.alertFiring': '{value}, ausgelöst seit den Daten vom {since}',
} satisfies { readonly [K in keyof typeof enAlerts]: string };
