import type { enDirectory } from './en-directory.js';

/** German (Deutsch), the directory's part of the answers: by <attribute>, filters, grouped answers, the digest's departments; spread into `de`. */
export const deDirectory = {
  'parse.modifiers.unclosedQuote':
    'Das Anführungszeichen nach "{word}" ist nicht geschlossen: Schreiben Sie den Wert in Anführungszeichen, z. B. department="Human Resources".',
  'parse.modifiers.byNeedsAttribute':
    '"by" braucht, wonach gruppiert wird: department, country, office, company oder job title{typed, select, none {} other {; "{typed}" gehört nicht dazu}}.',
  'parse.modifiers.oneBy': 'Gruppieren Sie nach einem Attribut auf einmal: ein "by …" je Befehl.',
  'parse.modifiers.unknownFilter': '"{key}=" ist kein Attribut zum Filtern; der Bot filtert nach {keys}.',
  'parse.modifiers.filterNeedsValue': '{key}= braucht einen Wert, z. B. {name}=Sales oder {name}="Human Resources".',
  'parse.modifiers.filterTwice': 'Filtern Sie jedes Attribut einmal: "{key}=" steht zweimal da.',
  'parse.modifiers.quoteSpaces': 'Setzen Sie einen Wert mit Leerzeichen in Anführungszeichen: {filter}.',
  'parse.modifiers.noBy': '{command} hat keine Form "{by}": "by …" gruppiert {first} und {last}.',
  'parse.modifiers.noFilter':
    '{command} nimmt keinen Filter: Filter wie {example} schränken die Listen {first} und {last} ein{instead, select, none {} other {; "{instead}" zeigt jeden Wert}}.',
  'advice.directoryForbidden':
    'Bitten Sie die Betreiber des Bots, seiner App-Registrierung die Microsoft Graph-Anwendungsberechtigung User.Read.All mit Administratorzustimmung zu erteilen.',
  'advice.namesConcealed': 'Bitten Sie einen globalen Administrator, die oben genannte Einstellung zu ändern, oder fragen Sie ohne Gruppierung und Filter.',
  'advice.unknownValue': 'Wählen Sie einen der Werte unten, oder gruppieren Sie nach dem Attribut, um jeden Wert des Verzeichnisses zu sehen.',
  'advice.personalChatOnly': 'Nutzen Sie die Schaltfläche, oder fragen Sie im persönlichen Chat mit dem Bot.',
  'help.attributes':
    'Ein <attribute> ist department, country, office, company oder job title: "by department" gibt eine Zeile je Abteilung, "department=Sales" nur deren Benutzer (im persönlichen Chat; title= für die Position, Anführungszeichen um einen Wert mit Leerzeichen).',
  'action.value': '{value}',
  'action.withoutGrouping': 'Ohne Gruppierung und Filter',
  'directory.namesConcealed':
    'Dieser Mandant blendet Benutzernamen in seinen Nutzungsberichten aus: Benutzer kommen als 32-stellige Codes, die zu niemandem im Verzeichnis passen, daher lässt sich die Nutzung nicht nach Abteilung, Land, Büro, Firma oder Position gruppieren oder filtern, und der Bot rät nicht. Damit Namen erscheinen, schaltet ein globaler Administrator das Ausblenden ab unter Microsoft 365 Admin Center › Einstellungen › Organisationseinstellungen › Dienste › Berichte › „Ausgeblendete Benutzer-, Gruppen- und Websitenamen in allen Berichten anzeigen“; danach abgerufene Berichte lassen sich gruppieren.',
  'directory.unknownValue':
    'Kein Benutzer im Verzeichnis hat "{value}" als {attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}} (ohne Groß- und Kleinschreibung verglichen).{others, select, closest { Am nächsten: {closest}.} noneClose { Keiner kommt dem nahe; Gruppieren nach {attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}} zeigt jeden Wert.} other { Bei keinem Benutzer im Verzeichnis ist das Feld {attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}} gesetzt.}}',
  'action.adoption': 'Akzeptanz',
  'action.inactive': 'Inaktive',
  'action.idleSeats': 'Ungenutzte Lizenzen',
  'action.sendToMePrivately': 'Privat an mich senden',
  'errorTitle.PERSONAL_CHAT_ONLY': 'Gefilterte Antworten nur im persönlichen Chat',
  'errorMessage.personalChatOnly':
    '"{command}" schränkt die Antwort auf die Benutzer einer Abteilung, eines Landes, Büros, einer Firma oder Position ein: Sie nennt Personen, und die Zahlen einer kleinen Gruppe weisen auf sie hin, daher wird sie nur in Ihrem persönlichen Chat mit dem Bot beantwortet.',
  'errorTitle.NAMES_CONCEALED': 'Namen sind in den Nutzungsberichten ausgeblendet',
  'errorTitle.UNKNOWN_VALUE': 'Kein Benutzer hat diesen Wert',

  // The grouped answers' card.
  'byAttribute.title':
    '{subject, select, copilot {{focus, select, users {Copilot-Akzeptanz} inactive {Inaktive Copilot-Lizenzen} other {Ungenutzte Copilot-Lizenzen}}} other {{focus, select, users {Microsoft 365-Nutzung} inactive {Inaktive Microsoft 365-Benutzer} other {Inaktive Benutzer und ihre Lizenzen}}}} nach {attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}}{period, select, none {} other { · {period}}}',
  'byAttribute.directory':
    'Verzeichnis ({users, plural, one {# Benutzer} other {# Benutzer}}) vom {day}, {refresh, select, full {vollständig gelesen} other {mit den Änderungen des Tages aktualisiert}}',
  'byAttribute.stale': '⚠ Das Verzeichnis konnte heute nicht gelesen werden; seine Kopie vom {day} wird verwendet. Fragen Sie später erneut nach der heutigen.',
  'byAttribute.empty':
    'Keine {subject, select, copilot {aktivierten Benutzer} other {lizenzierten Benutzer}} in diesem Zeitraum, daher keine {attribute, select, department {Abteilungen} country {Länder} officeLocation {Büros} companyName {Firmen} other {Positionen}} zum Anzeigen.',
  'byAttribute.rowsTitle':
    '{attribute, select, department {Abteilungen} country {Länder} officeLocation {Büros} companyName {Firmen} other {Positionen}} · {focus, select, users {die meisten Benutzer zuerst} inactive {die meisten Inaktiven zuerst} other {die höchsten Kosten zuerst}}',
  'byAttribute.licensedUsers': 'Lizenzierte Benutzer',
  'byAttribute.paidLicenceUsers': 'Benutzer mit kostenpflichtiger Lizenz',
  'byAttribute.usersIn':
    '{users, plural, other {#}} in {values, plural, one {# {attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}}} other {# {attribute, select, department {Abteilungen} country {Ländern} officeLocation {Büros} companyName {Firmen} other {Positionen}}}}',
  'byAttribute.activeAny': 'In einem beliebigen Dienst aktiv · {period}',
  'byAttribute.other':
    'Andere ({values, plural, one {# {attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}}} other {# {attribute, select, department {Abteilungen} country {Länder} officeLocation {Büros} companyName {Firmen} other {Positionen}}}})',
  'byAttribute.notSet': '(nicht gesetzt)',
  'byAttribute.notInDirectory': '(nicht im Verzeichnis)',
  'byAttribute.share':
    '{bar} {rate} {what, select, active {aktiv} other {inaktiv}} · {part, plural, other {#}} von {users, plural, one {# Benutzer} other {# Benutzern}}',
  'byAttribute.noUsers': 'keine Benutzer in diesem Zeitraum',
  'byAttribute.idleRow': '{idle, plural, one {# ungenutzte Lizenz} other {# ungenutzte Lizenzen}}{spend, select, none {} other { · {spend} im Monat}} · {share}',
  'byAttribute.notSetNote':
    '"{label}": Benutzer, deren {attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}} im Verzeichnis leer ist.',
  'byAttribute.notInDirectoryNote': '"{label}": Benutzer im Bericht, die das Verzeichnis nicht mehr hat (gelöscht nach dem Aktualisierungsdatum des Berichts).',
  'byAttribute.foldedNote':
    'Hier werden {attribute, select, department {Abteilungen} country {Länder} officeLocation {Büros} companyName {Firmen} other {Positionen}} mit weniger als {smallest, plural, other {#}} Benutzern unter "{other}" gezählt, damit niemand herausgehoben wird ({folded, plural, other {#}} davon); Ihr persönlicher Chat mit dem Bot zeigt sie.',
  'byAttribute.otherNote':
    '"{other}" fasst die nicht gezeigten {attribute, select, department {Abteilungen} country {Länder} officeLocation {Büros} companyName {Firmen} other {Positionen}} zusammen; die CSV-Datei listet alle.',
  'byAttribute.otherLabel': 'Andere',
  'byAttribute.unassignedNote':
    '{unassigned, plural, one {Die # nicht zugewiesene Lizenz ist gekauft} other {Die # nicht zugewiesenen Lizenzen sind gekauft}} und niemandem zugeordnet, gehören also zu {attribute, select, department {keiner Abteilung} country {keinem Land} officeLocation {keinem Büro} companyName {keiner Firma} other {keiner Position}}: {inactive, plural, one {# ungenutzte Lizenz} other {# ungenutzte Lizenzen}} der Gruppen und die nicht zugewiesenen ergeben die {seats, plural, other {#}} des Mandanten.',
  'byAttribute.concealedNote': '{count, plural, one {# Benutzer des Berichts hat einen verborgenen Namen und steht} other {# Benutzer des Berichts haben verborgene Namen und stehen}} in keiner Zeile.',

  // The filter line.
  'filter.part':
    '{set, select, no {{attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}} nicht gesetzt ist} other {{attribute, select, department {Abteilung} country {Land} officeLocation {Büro} companyName {Firma} other {Position}} "{value}" ist}}',
  'filter.only': 'Nur Benutzer, deren {parts}.',
  'filter.join': ' und deren ',
  'filter.directory': '{filters} Verzeichnis vom {day}.',

  // The digest's departments section.
  'digest.departmentsTitle': 'Copilot-Akzeptanz nach Abteilung{period, select, none {} other { · {period}}}',
  'digest.departmentsUsage': '{date, select, none {Noch keine Nutzungsdaten} other {Nutzung vom {date}}}',
  'digest.departmentsFirst': '{usage}, Abteilungen aus dem Verzeichnis vom {day}. Wöchentliche Änderungen erscheinen ab der nächsten Zusammenfassung.',
  'digest.departmentsCompared':
    '{usage} im Vergleich zum {compared}, Abteilungen aus dem Verzeichnis vom {day}; Abteilungen ab {smallest, plural, other {#}} Benutzern. {moved, select, no {Der Aktivanteil keiner Abteilung hat sich seit der letzten Zusammenfassung geändert.} other {Die Aktivanteile, die sich im Wochenvergleich am stärksten geändert haben:}}',
  'digest.departmentMove': '{points} · {rate} aktiv · {partOf}',
  'digest.departmentsConcealed': 'Nicht verfügbar: Dieser Mandant verbirgt Benutzernamen in Nutzungsberichten, daher passen sie zu keiner Abteilung. {setting} zeigt sie.',
  'digest.departmentsUnavailable': 'Diesmal nicht verfügbar: Microsoft Graph hat nicht geantwortet ({code}).',
  'digest.departmentsForbidden': 'Nicht verfügbar: Der Bot darf das Verzeichnis nicht lesen; seine App-Registrierung braucht die Berechtigung User.Read.All.',
} satisfies { readonly [K in keyof typeof enDirectory]: string };
