<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <source>Every field of the selected node or link, or of the map</source>
        <translation>Alle Felder des ausgewählten Knotens oder der Verbindung, oder der Karte</translation>
    </message>
    <message>
        <source>The map&apos;s teams and their nodes as a tree, with a filter</source>
        <translation>Die Teams der Karte und ihre Knoten als Baum, mit Filter</translation>
    </message>
    <message>
        <source>The map&apos;s teams and people: add, rename, move, colour, remove</source>
        <translation>Teams und Personen der Karte: hinzufügen, umbenennen, verschieben, färben, entfernen</translation>
    </message>
    <message>
        <source>The whole map in small; click or drag to move the view</source>
        <translation>Die ganze Karte im Kleinen; klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <source>What the analysis finds in the map: errors, warnings, information and waived findings</source>
        <translation>Was die Analyse in der Karte findet: Fehler, Warnungen, Hinweise und als Ausnahme hingenommene Befunde</translation>
    </message>
    <message>
        <source>The line of sight of the focused team or node: its paths to the top goals</source>
        <translation>Die Sichtlinie des Teams oder Knotens im Fokus: seine Pfade zu den obersten Zielen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>Fokus:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Ränder:</translation>
    </message>
    <message>
        <source>PNG resolution:</source>
        <translation>PNG-Auflösung:</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>Transparenter Hintergrund</translation>
    </message>
    <message>
        <source>Board pack: cover, scorecard, whole map, measures, findings, a page per team</source>
        <translation>Vorstandsmappe: Deckblatt, Scorecard, ganze Karte, Messgrößen, Befunde, eine Seite je Team</translation>
    </message>
    <message>
        <source>Data as of:</source>
        <translation>Datenstand:</translation>
    </message>
    <message>
        <source>On one page (never tiled)</source>
        <translation>Auf einer Seite (nie gekachelt)</translation>
    </message>
    <message>
        <source>Only the paths to the goals (line-of-sight focus)</source>
        <translation>Nur die Pfade zu den Zielen (Sichtlinien-Fokus)</translation>
    </message>
    <message>
        <source>List every finding (else the three most important per rule)</source>
        <translation>Jeden Befund auflisten (sonst die drei wichtigsten je Regel)</translation>
    </message>
    <message>
        <source>Team levels:</source>
        <translation>Teamebenen:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>FileQuestions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save As elsewhere…</source>
        <translation>Anderswo speichern unter…</translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation>Karte speichern unter</translation>
    </message>
    <message>
        <source>Sightline maps (*.rmap)</source>
        <translation>Sightline-Karten (*.rmap)</translation>
    </message>
    <message>
        <source>Damaged map</source>
        <translation>Beschädigte Karte</translation>
    </message>
</context>
<context>
    <name>ImportValuesDialog</name>
    <message>
        <source>Import values</source>
        <translation>Werte importieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Measure (id or title):</source>
        <translation>Messgröße (ID oder Titel):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>written as</source>
        <translation>geschrieben als</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>TT/MM/JJJJ</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/TT/JJJJ</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Notiz (optional):</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Changes to the map</source>
        <translation>Änderungen an der Karte</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>Nach dem Import</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>OpenProgress</name>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Drawing %1 results, measures, initiatives and links…</source>
        <translation>%1 Ergebnisse, Messgrößen, Initiativen und Verbindungen werden gezeichnet…</translation>
    </message>
    <message>
        <source>Preparing the outline, findings and overview…</source>
        <translation>Gliederung, Befunde und Übersicht werden vorbereitet…</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. Plant manager</source>
        <translation>z. B. Werksleitung</translation>
    </message>
    <message>
        <source>Repository login</source>
        <translation>Repository-Anmeldung</translation>
    </message>
    <message>
        <source>their database role, e.g. priya</source>
        <translation>ihre Datenbankrolle, z. B. priya</translation>
    </message>
    <message>
        <source>In a team repository, the approvals this person gives are recorded as theirs when they connect with this database role</source>
        <translation>In einem Team-Repository werden Freigaben, die diese Person mit dieser Datenbankrolle erteilt, als ihre erfasst</translation>
    </message>
</context>
<context>
    <name>PerspectivesEditor</name>
    <message>
        <source>Strategy-map bands, top first. Double-click to rename.</source>
        <translation>Bänder der Strategiekarte, das oberste zuerst. Doppelklick zum Umbenennen.</translation>
    </message>
    <message>
        <source>Add a perspective at the end</source>
        <translation>Eine Perspektive am Ende hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Move the perspective one band up</source>
        <translation>Die Perspektive ein Band nach oben schieben</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the perspective one band down</source>
        <translation>Die Perspektive ein Band nach unten schieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove the perspective (only while nothing sits in it)</source>
        <translation>Die Perspektive entfernen (nur solange nichts in ihr liegt)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Menus and messages change the next time Sightline starts.</source>
        <translation>Menüs und Meldungen wechseln beim nächsten Start von Sightline.</translation>
    </message>
    <message>
        <source>&amp;Snap moved nodes to the grid</source>
        <translation>Verschobene Knoten am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>&amp;Group each team&apos;s nodes in the hierarchy view</source>
        <translation>Knoten jedes Teams in der Hierarchie &amp;gruppieren</translation>
    </message>
    <message>
        <source>Recent maps:</source>
        <translation>Zuletzt geöffnete Karten:</translation>
    </message>
    <message>
        <source>&amp;Clear the list of recent maps</source>
        <translation>Liste der zuletzt geöffneten Karten &amp;leeren</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>A perspective needs a name.</source>
        <translation>Eine Perspektive braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a perspective named %1: perspective names must differ.</source>
        <translation>Es gibt schon eine Perspektive namens %1: Perspektiven brauchen verschiedene Namen.</translation>
    </message>
    <message>
        <source>Add perspective</source>
        <translation>Perspektive hinzufügen</translation>
    </message>
    <message>
        <source>Rename perspective</source>
        <translation>Perspektive umbenennen</translation>
    </message>
    <message>
        <source>The perspective is no longer in the map.</source>
        <translation>Die Perspektive ist nicht mehr in der Karte.</translation>
    </message>
    <message>
        <source>Move perspective</source>
        <translation>Perspektive verschieben</translation>
    </message>
    <message>
        <source>Remove perspective</source>
        <translation>Perspektive entfernen</translation>
    </message>
    <message>
        <source>The perspective %1 still holds %2: give them another perspective first.</source>
        <translation>Die Perspektive %1 enthält noch %2: Weisen Sie diesen zuerst eine andere Perspektive zu.</translation>
    </message>
    <message>
        <source>Waive “%1”</source>
        <translation>„%1“ als Ausnahme hinnehmen</translation>
    </message>
    <message>
        <source>Show “%1” again</source>
        <translation>„%1“ wieder zeigen</translation>
    </message>
    <message>
        <source>Orphaned %1</source>
        <translation>Verwaiste %1</translation>
    </message>
    <message>
        <source>Unmeasured %1</source>
        <translation>Ungemessene %1</translation>
    </message>
    <message>
        <source>No line of sight to a top goal</source>
        <translation>Keine Sichtlinie zu einem obersten Ziel</translation>
    </message>
    <message>
        <source>Teams without line of sight</source>
        <translation>Teams ohne Sichtlinie</translation>
    </message>
    <message>
        <source>Mini-me copies</source>
        <translation>Mini-Me-Kopien</translation>
    </message>
    <message>
        <source>Mini-me scorecards</source>
        <translation>Mini-Me-Scorecards</translation>
    </message>
    <message>
        <source>Additive-only rollups</source>
        <translation>Reine Aufsummierungen</translation>
    </message>
    <message>
        <source>Rollup cycles</source>
        <translation>Zyklen in Aufsummierungen</translation>
    </message>
    <message>
        <source>Feedback loops</source>
        <translation>Rückkopplungsschleifen</translation>
    </message>
    <message>
        <source>May hurt a top goal (negative ripple)</source>
        <translation>Kann einem obersten Ziel schaden (negative Auswirkung)</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ohne Verantwortliche</translation>
    </message>
    <message>
        <source>%1 without a target</source>
        <translation>%1 ohne Zielwert</translation>
    </message>
    <message>
        <source>Stale %1 (no recent values)</source>
        <translation>Veraltete %1 (keine neuen Werte)</translation>
    </message>
    <message>
        <source>Too many %1 on one %2</source>
        <translation>Zu viele %1 an einem %2</translation>
    </message>
    <message>
        <source>Too many %1 in one team</source>
        <translation>Zu viele %1 in einem Team</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Befunde.</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 open</source>
        <translation>%1 (%2, %3): %4 offen</translation>
    </message>
    <message>
        <source>Waived findings (%1), with the reasons recorded in the map</source>
        <translation>Als Ausnahme hingenommene Befunde (%1), mit den in der Karte festgehaltenen Gründen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Hebelwirkung</translation>
    </message>
    <message>
        <source>Line of sight to</source>
        <translation>Sichtlinie zu</translation>
    </message>
    <message>
        <source>%1 (1 step)</source>
        <translation>%1 (1 Schritt)</translation>
    </message>
    <message>
        <source>%1 (%2 steps)</source>
        <translation>%1 (%2 Schritte)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The team has no nodes on the map.</source>
        <translation>Das Team hat keine Knoten auf der Karte.</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Findings (continued)</source>
        <translation>Befunde (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1: line of sight</source>
        <translation>%1: Sichtlinie</translation>
    </message>
    <message>
        <source>The team has no line of sight: none of its results reaches a top goal.</source>
        <translation>Das Team hat keine Sichtlinie: Keines seiner Ergebnisse erreicht ein oberstes Ziel.</translation>
    </message>
    <message>
        <source>Its one node, with its leverage (how much improving it moves the top goals):</source>
        <translation>Sein einziger Knoten, mit seiner Hebelwirkung (wie stark seine Verbesserung die obersten Ziele bewegt):</translation>
    </message>
    <message>
        <source>Its %1 nodes, ranked by leverage (how much improving each moves the top goals):</source>
        <translation>Seine %1 Knoten, nach Hebelwirkung geordnet (wie stark die Verbesserung jedes Knotens die obersten Ziele bewegt):</translation>
    </message>
    <message>
        <source>%1: nodes by leverage (continued)</source>
        <translation>%1: Knoten nach Hebelwirkung (Fortsetzung)</translation>
    </message>
    <message>
        <source>Board pack · %1</source>
        <translation>Berichtsmappe · %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Top goals</source>
        <translation>Oberste Ziele</translation>
    </message>
    <message>
        <source>Open errors</source>
        <translation>Offene Fehler</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Offene Warnungen</translation>
    </message>
    <message>
        <source>Open for information</source>
        <translation>Offene Hinweise</translation>
    </message>
    <message>
        <source>Waived findings</source>
        <translation>Als Ausnahme hingenommene Befunde</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>The map in numbers</source>
        <translation>Die Karte in Zahlen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 weitere</translation>
    </message>
    <message>
        <source>continues on page %1 ›</source>
        <translation>weiter auf Seite %1 ›</translation>
    </message>
    <message>
        <source>‹ continues on page %1</source>
        <translation>‹ weiter auf Seite %1</translation>
    </message>
    <message>
        <source>continues on page %1 ▾</source>
        <translation>weiter auf Seite %1 ▾</translation>
    </message>
    <message>
        <source>continues on page %1 ▴</source>
        <translation>weiter auf Seite %1 ▴</translation>
    </message>
    <message>
        <source>Line of sight: %1</source>
        <translation>Sichtlinie: %1</translation>
    </message>
    <message>
        <source>Path: %1 → %2</source>
        <translation>Pfad: %1 → %2</translation>
    </message>
    <message>
        <source>Ripple: %1</source>
        <translation>Auswirkungen: %1</translation>
    </message>
    <message>
        <source> · colour: %1</source>
        <translation> · Farbe: %1</translation>
    </message>
    <message>
        <source>Part %1 of %2 (row %3, column %4), %5% scale</source>
        <translation>Teil %1 von %2 (Zeile %3, Spalte %4), Maßstab %5 %</translation>
    </message>
    <message>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <source>Every measure of the top goals and of the first %1 team levels, by goal and by team. </source>
        <translation>Jede Messgröße der obersten Ziele und der ersten %1 Teamebenen, nach Ziel und Team. </translation>
    </message>
    <message>
        <source> Status: read from each measure&apos;s XmR chart (a signal of improvement or concern, else whether it consistently meets its target); with too few values for limits, the latest value against the target.</source>
        <translation> Status: aus der XmR-Karte jeder Messgröße gelesen (ein Signal der Verbesserung oder der Sorge, sonst ob sie ihr Ziel beständig erreicht); bei zu wenigen Werten für Grenzen der letzte Wert gegen das Ziel.</translation>
    </message>
    <message>
        <source> Data as of %1.</source>
        <translation> Datenstand %1.</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source> The first %1 of %2 measures; every measure&apos;s chart: sightline-cli xmr.</source>
        <translation> Die ersten %1 von %2 Messgrößen; die Karte jeder Messgröße: sightline-cli xmr.</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Messgrößen</translation>
    </message>
    <message>
        <source>Measures (continued)</source>
        <translation>Messgrößen (Fortsetzung)</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings, %4 for information open; %5 waived.</source>
        <translation>%1: %2 Fehler, %3 Warnungen, %4 Hinweise offen; %5 als Ausnahme hingenommen.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datenstand %1</translation>
    </message>
    <message>
        <source> Per rule, the %1 most important (about the highest teams first).</source>
        <translation> Je Regel die %1 wichtigsten (zu den obersten Teams zuerst).</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · Datenstand %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 waived</source>
        <translation>%1 (%2, %3): %4 als Ausnahme hingenommen</translation>
    </message>
    <message>
        <source>Waived: %1 (%2)</source>
        <translation>Als Ausnahme hingenommen: %1 (%2)</translation>
    </message>
    <message>
        <source>and %1 more (every finding: export the pack with --findings all)</source>
        <translation>und %1 weitere (jeder Befund: die Mappe mit --findings all exportieren)</translation>
    </message>
    <message>
        <source>harmful: %1</source>
        <translation>schädlich: %1</translation>
    </message>
    <message>
        <source>The team&apos;s results reach the top goals; only its paths to them are shown.</source>
        <translation>Die Ergebnisse des Teams erreichen die obersten Ziele; nur seine Pfade dorthin werden gezeigt.</translation>
    </message>
    <message>
        <source>Line of sight, paths only</source>
        <translation>Sichtlinie, nur die Pfade</translation>
    </message>
    <message>
        <source>%1: nodes by leverage</source>
        <translation>%1: Knoten nach Hebelwirkung</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Improving</source>
        <translation>Verbessert sich</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>week to %1</source>
        <translation>Woche bis %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Latest (period)</source>
        <translation>Letzter Wert (Zeitraum)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Data date</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>%1 measures: %2 met, %3 improving, %4 routine (hit and miss), %5 behind, %6 without data.</source>
        <translation>%1 Messgrößen: %2 erreicht, %3 verbessern sich, %4 Routine (mal getroffen, mal verfehlt), %5 im Rückstand, %6 ohne Daten.</translation>
    </message>
    <message>
        <source>Scorecard (continued)</source>
        <translation>Scorecard (Fortsetzung)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>vorläufig</translation>
    </message>
    <message>
        <source>Each measure&apos;s XmR chart: its values with the central line and natural process limits (shaded), the target, and the moving ranges; signals of concern orange, of improvement blue. Those that need attention first (behind, routine, improving, met, without data).</source>
        <translation>Die XmR-Karte jeder Messgröße: ihre Werte mit Mittellinie und natürlichen Prozessgrenzen (schattiert), dem Ziel und den gleitenden Spannweiten; Signale der Sorge orange, der Verbesserung blau. Die mit Handlungsbedarf zuerst (im Rückstand, Routine, verbessert sich, erreicht, ohne Daten).</translation>
    </message>
    <message>
        <source>Repository conflicts</source>
        <translation>Konflikte im Repository</translation>
    </message>
    <message>
        <source>Someone else changed these first; their version is in the map:</source>
        <translation>Diese Einträge hat zuerst jemand anderes geändert; seine Fassung steht in der Karte:</translation>
    </message>
    <message>
        <source>Your version of %1:</source>
        <translation>Ihre Fassung von %1:</translation>
    </message>
    <message>
        <source>(you removed it)</source>
        <translation>(von Ihnen entfernt)</translation>
    </message>
    <message>
        <source>Re-apply mine</source>
        <translation>Meine erneut anwenden</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Fassung der anderen behalten</translation>
    </message>
    <message>
        <source>Open from Repository</source>
        <translation>Aus Repository öffnen</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>Ihre Anmeldung</translation>
    </message>
    <message>
        <source>%1 holds no map that you may open.</source>
        <translation>%1 enthält keine Karte, die Sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Karte:</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover untitled maps</source>
        <translation>Unbenannte Karten wiederherstellen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>sightline::editor</name>
    <message>
        <source>The %1 menu</source>
        <translation>Das Menü %1</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>Das Feld %1 zeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>sightline::editor::Actions</name>
    <message>
        <source>&amp;New map</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <source>Start a new, untitled map</source>
        <translation>Eine neue, unbenannte Karte beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a map (.rmap, or a JSON map to import)</source>
        <translation>Eine Karte öffnen (.rmap oder eine JSON-Karte zum Importieren)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Keep the map in a file of your choice</source>
        <translation>Die Karte in einer Datei Ihrer Wahl aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>Open a JSON map as a new untitled map</source>
        <translation>Eine JSON-Karte als neue unbenannte Karte öffnen</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the map in the JSON interchange format</source>
        <translation>Die Karte im JSON-Austauschformat schreiben</translation>
    </message>
    <message>
        <source>E&amp;xport PDF, PNG or SVG…</source>
        <translation>Als PDF, PNG oder SVG ex&amp;portieren…</translation>
    </message>
    <message>
        <source>The map, or a team&apos;s line of sight, as a PDF, an image or an SVG drawing</source>
        <translation>Die Karte oder die Sichtlinie eines Teams als PDF, Bild oder SVG-Zeichnung</translation>
    </message>
    <message>
        <source>Export &amp;Board Pack…</source>
        <translation>&amp;Berichtsmappe exportieren…</translation>
    </message>
    <message>
        <source>One PDF: cover, whole map, findings, and a page per team</source>
        <translation>Ein PDF: Deckblatt, ganze Karte, Befunde und eine Seite je Team</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selection with its links</source>
        <translation>Die Auswahl mit ihren Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Edit the title in place</source>
        <translation>Den Titel direkt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find by title, owner or team</source>
        <translation>Nach Titel, Verantwortlichen oder Team suchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Messgröße hinzufügen</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Initiative hinzufügen</translation>
    </message>
    <message>
        <source>Add linked result</source>
        <translation>Verbundenes Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>A new result that drives the selected one</source>
        <translation>Ein neues Ergebnis, das das ausgewählte antreibt</translation>
    </message>
    <message>
        <source>Align &amp;left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;centres</source>
        <translation>&amp;Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;middles</source>
        <translation>&amp;Vertikal mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;vertically</source>
        <translation>V&amp;ertikal verteilen</translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Karte &amp;einpassen</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Die ganze Karte zeigen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, larger text, for the projector</source>
        <translation>Vollbild, größere Schrift, für den Projektor</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add linked %1</source>
        <translation>Verbundene %1 hinzufügen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, snapping to the grid, grouping teams, recent maps</source>
        <translation>Sprache, Ausrichten am Raster, Teams gruppieren, zuletzt geöffnete Karten</translation>
    </message>
    <message>
        <source>Import &amp;values…</source>
        <translation>&amp;Werte importieren…</translation>
    </message>
    <message>
        <source>Add measure values from a spreadsheet (CSV), with a preview of the changes</source>
        <translation>Werte von Messgrößen aus einer Tabelle (CSV) übernehmen, mit einer Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Open from &amp;Repository…</source>
        <translation>Aus &amp;Repository öffnen…</translation>
    </message>
    <message>
        <source>Open a map that your organisation shares in a PostgreSQL repository</source>
        <translation>Eine Karte öffnen, die Ihre Organisation in einem PostgreSQL-Repository teilt</translation>
    </message>
    <message>
        <source>Repository &amp;Conflicts…</source>
        <translation>&amp;Konflikte im Repository…</translation>
    </message>
    <message>
        <source>Your edits that someone else&apos;s change to the same rows came before</source>
        <translation>Ihre Änderungen, denen die Änderung einer anderen Person an denselben Zeilen zuvorkam</translation>
    </message>
</context>
<context>
    <name>sightline::editor::CanvasView</name>
    <message>
        <source>Link kind</source>
        <translation>Art der Verbindung</translation>
    </message>
</context>
<context>
    <name>sightline::editor::Document</name>
    <message>
        <source>The change could not be written to %1: %2</source>
        <translation>Die Änderung konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>this map is not kept in a file</source>
        <translation>diese Karte wird in keiner Datei aufbewahrt</translation>
    </message>
    <message>
        <source>This map is open read-only: it cannot be changed.</source>
        <translation>Diese Karte ist schreibgeschützt geöffnet: Sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>%1. The undo history no longer matches the map and was cleared.</source>
        <translation>%1. Der Verlauf zum Rückgängigmachen passt nicht mehr zur Karte und wurde geleert.</translation>
    </message>
    <message>
        <source>a repository map is copied to a file with Export JSON, or with sightline-cli convert</source>
        <translation>eine Repository-Karte wird mit „JSON exportieren“ oder mit sightline-cli convert in eine Datei kopiert</translation>
    </message>
</context>
<context>
    <name>sightline::editor::DocumentController</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>The new map could not be kept in %1 (%2); it is held in memory only: use File ▸ Save As to keep it.</source>
        <translation>Die neue Karte konnte nicht in %1 aufbewahrt werden (%2); sie ist nur im Speicher: Mit Datei ▸ Speichern unter bewahren Sie sie auf.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be imported:
%2</source>
        <translation>%1 konnte nicht importiert werden:
%2</translation>
    </message>
    <message>
        <source>The map could not be written to %1: %2</source>
        <translation>Die Karte konnte nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The map could not be saved as %1: %2</source>
        <translation>Die Karte konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Close untitled map</source>
        <translation>Unbenannte Karte schließen</translation>
    </message>
    <message>
        <source>This map has not been saved under a name of its own. Keep it?

Save As chooses a file for it; Discard deletes it.</source>
        <translation>Diese Karte wurde noch nicht unter einem eigenen Namen gespeichert. Behalten?

Speichern unter wählt eine Datei für sie; Verwerfen löscht sie.</translation>
    </message>
    <message>
        <source>The untitled map %1 could not be recovered: %2</source>
        <translation>Die unbenannte Karte %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Open map</source>
        <translation>Karte öffnen</translation>
    </message>
    <message>
        <source>Maps (*.rmap *.json);;Sightline maps (*.rmap);;JSON maps (*.json)</source>
        <translation>Karten (*.rmap *.json);;Sightline-Karten (*.rmap);;JSON-Karten (*.json)</translation>
    </message>
    <message>
        <source>Save map as</source>
        <translation>Karte speichern unter</translation>
    </message>
    <message>
        <source>Sightline maps (*.rmap)</source>
        <translation>Sightline-Karten (*.rmap)</translation>
    </message>
    <message>
        <source>Import JSON map</source>
        <translation>JSON-Karte importieren</translation>
    </message>
    <message>
        <source>JSON maps (*.json)</source>
        <translation>JSON-Karten (*.json)</translation>
    </message>
    <message>
        <source>Export JSON map</source>
        <translation>JSON-Karte exportieren</translation>
    </message>
    <message>
        <source>Untitled map</source>
        <translation>Unbenannte Karte</translation>
    </message>
    <message>
        <source>%1 is not a repository address: %2</source>
        <translation>%1 ist keine Repository-Adresse: %2</translation>
    </message>
    <message>
        <source>Open from Repository</source>
        <translation>Aus Repository öffnen</translation>
    </message>
    <message>
        <source>Repository address (postgresql://host/database?map=name):</source>
        <translation>Repository-Adresse (postgresql://host/datenbank?map=name):</translation>
    </message>
    <message numerus="yes">
        <source>Another person changed what you had changed: %n undo step(s) that would have undone their work too can no longer be undone or redone.</source>
        <translation>
            <numerusform>Eine andere Person hat geändert, was Sie geändert hatten: %n Schritt, der auch ihre Arbeit rückgängig gemacht hätte, lässt sich nicht mehr rückgängig machen oder wiederholen.</numerusform>
            <numerusform>Eine andere Person hat geändert, was Sie geändert hatten: %n Schritte, die auch ihre Arbeit rückgängig gemacht hätten, lassen sich nicht mehr rückgängig machen oder wiederholen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::editor::DocumentSafety</name>
    <message>
        <source>The latest changes to this map are not in %1:
%2

They are only in this window. Save As keeps them in another file; Discard closes the map without them.</source>
        <translation>Die letzten Änderungen an dieser Karte stehen nicht in %1:
%2

Sie sind nur in diesem Fenster. „Speichern unter“ behält sie in einer anderen Datei; „Verwerfen“ schließt die Karte ohne sie.</translation>
    </message>
    <message>
        <source>%1

Open a copy recovered as far as it goes? It opens as a new untitled map; the damaged file is left as it is.</source>
        <translation>%1

Eine so weit wie möglich gerettete Kopie öffnen? Sie öffnet sich als neue, unbenannte Karte; die beschädigte Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source> Check it, then use File ▸ Save As to keep it.</source>
        <translation> Prüfen Sie sie und behalten Sie sie mit Datei ▸ Speichern unter.</translation>
    </message>
    <message>
        <source>Read-only: %1 is %2. Changes cannot be made here; use File ▸ Save As to keep an editable copy.</source>
        <translation>Schreibgeschützt: %1 ist %2. Hier sind keine Änderungen möglich; mit Datei ▸ Speichern unter behalten Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>Read-only: %1 was left half-written and cannot be written here; this is a copy recovered in a private folder. Use File ▸ Save As to keep it.</source>
        <translation>Schreibgeschützt: %1 wurde halb geschrieben zurückgelassen und kann hier nicht geschrieben werden; dies ist eine in einem privaten Ordner gerettete Kopie. Mit Datei ▸ Speichern unter behalten Sie sie.</translation>
    </message>
    <message>
        <source>Read-only: %1 cannot be changed here. Use File ▸ Save As to keep an editable copy.</source>
        <translation>Schreibgeschützt: %1 kann hier nicht geändert werden. Mit Datei ▸ Speichern unter behalten Sie eine bearbeitbare Kopie.</translation>
    </message>
    <message>
        <source>Read-only: the connection to the repository is lost. Sightline reconnects on its own and then catches up; changes not yet written are kept and written then.</source>
        <translation>Schreibgeschützt: die Verbindung zum Repository ist unterbrochen. Sightline verbindet sich selbst neu und holt dann auf; noch nicht geschriebene Änderungen bleiben erhalten und werden dann geschrieben.</translation>
    </message>
    <message>
        <source>Read-only: your role may only read %1. Ask the map&apos;s facilitator for editor access.</source>
        <translation>Schreibgeschützt: Ihre Rolle darf %1 nur lesen. Bitten Sie die Moderation der Karte um Bearbeitungsrechte.</translation>
    </message>
</context>
<context>
    <name>sightline::editor::EditController</name>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard does not hold a Sightline map (%1).</source>
        <translation>Nichts eingefügt: Die Zwischenablage enthält keine Sightline-Karte (%1).</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add linked %1</source>
        <translation>Verbundene %1 hinzufügen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>A %1 cannot be linked to a %2.</source>
        <translation>%1 und %2 können nicht so verbunden werden.</translation>
    </message>
    <message>
        <source>Draw link</source>
        <translation>Verbindung zeichnen</translation>
    </message>
    <message>
        <source>Change link kind</source>
        <translation>Art der Verbindung ändern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
    <message>
        <source>There is no team “%1” in this map yet. Add it?</source>
        <translation>In dieser Karte gibt es noch kein Team „%1“. Hinzufügen?</translation>
    </message>
    <message>
        <source>There is no “%1” among this map’s people yet. Add them?</source>
        <translation>Unter den Personen dieser Karte gibt es noch kein „%1“. Hinzufügen?</translation>
    </message>
    <message>
        <source>Add team or person</source>
        <translation>Team oder Person hinzufügen</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1.</source>
        <translation>Nichts eingefügt: %1.</translation>
    </message>
    <message>
        <source>Paste outline</source>
        <translation>Gliederung einfügen</translation>
    </message>
    <message>
        <source>the outline has %1 titles; paste at most %2 at a time</source>
        <translation>die Gliederung hat %1 Titel; fügen Sie höchstens %2 auf einmal ein</translation>
    </message>
    <message>
        <source>the clipboard holds no titles to paste</source>
        <translation>die Zwischenablage enthält keine Titel zum Einfügen</translation>
    </message>
</context>
<context>
    <name>sightline::editor::ExportDialog</name>
    <message>
        <source>Export Board Pack</source>
        <translation>Berichtsmappe exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>As on the canvas: %1</source>
        <translation>Wie auf der Arbeitsfläche: %1</translation>
    </message>
    <message>
        <source>Whole map (no focus)</source>
        <translation>Ganze Karte (kein Fokus)</translation>
    </message>
    <message>
        <source>Line of sight: %1</source>
        <translation>Sichtlinie: %1</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By perspective</source>
        <translation>Nach Perspektive</translation>
    </message>
    <message>
        <source>By team level</source>
        <translation>Nach Teamebene</translation>
    </message>
    <message>
        <source>By measure status</source>
        <translation>Nach Stand der Messgrößen</translation>
    </message>
    <message>
        <source>Fit to content</source>
        <translation>An den Inhalt anpassen</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Name the file with .pdf, .png or .svg at the end.</source>
        <translation>Geben Sie der Datei die Endung .pdf, .png oder .svg.</translation>
    </message>
    <message>
        <source>of %1 · %2 × %3 mm</source>
        <translation>von %1 · %2 × %3 mm</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>%1 is the map itself; choose another file.</source>
        <translation>%1 ist die Karte selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1: page %2 of %3…</source>
        <translation>%1 wird exportiert: Seite %2 von %3…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: every value)</source>
        <translation>JJJJ-MM-TT (leer: alle Werte)</translation>
    </message>
    <message>
        <source>The data date: values dated after it are ignored everywhere in the export, and the title blocks say &quot;data as of&quot;. The print date stays today&apos;s.</source>
        <translation>Der Datenstand: spätere Werte werden im ganzen Export übergangen, und die Titelblöcke nennen den „Datenstand“. Das Druckdatum bleibt das heutige.</translation>
    </message>
    <message>
        <source>The board pack&apos;s scorecard and team pages cover the first N levels of teams</source>
        <translation>Scorecard und Teamseiten der Vorstandsmappe umfassen die ersten N Teamebenen</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>PNG-Auflösung</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>sightline::editor::FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Title, owner or team</source>
        <translation>Titel, Verantwortliche oder Team</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>sightline::editor::FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <source>Waive…</source>
        <translation>Als Ausnahme…</translation>
    </message>
    <message>
        <source>Keep this finding on purpose, with your reason (stored in the map)</source>
        <translation>Diesen Befund bewusst hinnehmen, mit Ihrer Begründung (in der Karte gespeichert)</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <source>Remove the waiver: the finding counts as open again</source>
        <translation>Die Ausnahme aufheben: Der Befund zählt wieder als offen</translation>
    </message>
    <message>
        <source>No map open</source>
        <translation>Keine Karte geöffnet</translation>
    </message>
    <message>
        <source>%1 open: %2 errors, %3 warnings, %4 for information · %5 waived</source>
        <translation>%1 offen: %2 Fehler, %3 Warnungen, %4 Hinweise · %5 als Ausnahme</translation>
    </message>
    <message>
        <source>Select a finding to see its nodes on the map.</source>
        <translation>Wählen Sie einen Befund, um seine Knoten auf der Karte zu sehen.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;Waived:&lt;/b&gt; %1</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;Als Ausnahme hingenommen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Waive finding</source>
        <translation>Befund als Ausnahme hinnehmen</translation>
    </message>
    <message>
        <source>Why is this right for this map? The reason stays in the map for the next workshop.</source>
        <translation>Warum ist das für diese Karte richtig? Die Begründung bleibt für den nächsten Workshop in der Karte.</translation>
    </message>
</context>
<context>
    <name>sightline::editor::FindingsModel</name>
    <message>
        <source>Errors (%1)</source>
        <translation>Fehler (%1)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Information (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>Waived (%1)</source>
        <translation>Ausnahmen (%1)</translation>
    </message>
    <message>
        <source>%1

Waived: %2</source>
        <translation>%1

Ausnahme: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (Regel %2)</translation>
    </message>
</context>
<context>
    <name>sightline::editor::ImportValuesDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import values</source>
        <translation>Werte importieren</translation>
    </message>
    <message>
        <source>Spreadsheet values (*.csv *.txt);;All files (*)</source>
        <translation>Tabellenwerte (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rows in the file (the first %1 of %2)</source>
        <translation>Zeilen der Datei (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>Rows in the file (%1)</source>
        <translation>Zeilen der Datei (%1)</translation>
    </message>
    <message>
        <source>choose a different column for each of measure, date, value and note</source>
        <translation>wählen Sie für Messgröße, Datum, Wert und Notiz je eine andere Spalte</translation>
    </message>
    <message>
        <source>Changes to the map: %1 values added, %2 replaced, in %3 measures</source>
        <translation>Änderungen an der Karte: %1 Werte hinzugefügt, %2 ersetzt, in %3 Messgrößen</translation>
    </message>
    <message>
        <source>Nothing is imported until every row is right.</source>
        <translation>Nichts wird importiert, bevor jede Zeile stimmt.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n values</source>
        <translation>
            <numerusform>%n Wert importieren</numerusform>
            <numerusform>%n Werte importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::editor::InsightController</name>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source> Line of sight: </source>
        <translation> Sichtlinie: </translation>
    </message>
    <message>
        <source>Pick a team: its paths to the top goals stand out, the rest fades</source>
        <translation>Wählen Sie ein Team: Seine Pfade zu den obersten Zielen treten hervor, der Rest verblasst</translation>
    </message>
    <message>
        <source>Ripple</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>What improving the selected node affects downstream, to the top goals</source>
        <translation>Worauf die Verbesserung des ausgewählten Knotens wirkt, bis zu den obersten Zielen</translation>
    </message>
    <message>
        <source>Clear focus</source>
        <translation>Fokus aufheben</translation>
    </message>
    <message>
        <source> Colour by: </source>
        <translation> Farbe nach: </translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Team level</source>
        <translation>Teamebene</translation>
    </message>
    <message>
        <source>Measure status</source>
        <translation>Stand der Messgrößen</translation>
    </message>
    <message>
        <source>Line of sight of this node</source>
        <translation>Sichtlinie dieses Knotens</translation>
    </message>
    <message>
        <source>Line of sight of its team</source>
        <translation>Sichtlinie seines Teams</translation>
    </message>
    <message>
        <source>Ripple: what improving this affects</source>
        <translation>Auswirkungen: worauf eine Verbesserung hier wirkt</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <source>no map is open</source>
        <translation>keine Karte ist geöffnet</translation>
    </message>
    <message>
        <source>--colour expects team, perspective, level or status; got &quot;%1&quot;</source>
        <translation>--colour erwartet team, perspective, level oder status; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--focus expects none, team:ID, node:ID, ripple:ID or path:NODE:GOAL; got &quot;%1&quot;</source>
        <translation>--focus erwartet none, team:ID, node:ID, ripple:ID oder path:KNOTEN:ZIEL; erhalten: „%1“</translation>
    </message>
    <message>
        <source>--focus names something this map does not have: &quot;%1&quot;</source>
        <translation>--focus nennt etwas, das diese Karte nicht hat: „%1“</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keins —</translation>
    </message>
    <message>
        <source>  ⚠ no line of sight</source>
        <translation>  ⚠ keine Sichtlinie</translation>
    </message>
    <message>
        <source>No open findings</source>
        <translation>Keine offenen Befunde</translation>
    </message>
    <message>
        <source> · %1 waived</source>
        <translation> · %1 als Ausnahme</translation>
    </message>
    <message>
        <source>%1 open findings (%2 errors, %3 warnings, %4 info) · %5 waived</source>
        <translation>%1 offene Befunde (%2 Fehler, %3 Warnungen, %4 Hinweise) · %5 als Ausnahme</translation>
    </message>
    <message>
        <source>Show the whole map again, without a focus</source>
        <translation>Wieder die ganze Karte zeigen, ohne Fokus</translation>
    </message>
    <message>
        <source>Its paths to the top goals stand out, the rest fades</source>
        <translation>Seine Pfade zu den obersten Zielen treten hervor, der Rest verblasst</translation>
    </message>
    <message>
        <source>The paths of its team to the top goals stand out, the rest fades</source>
        <translation>Die Pfade seines Teams zu den obersten Zielen treten hervor, der Rest verblasst</translation>
    </message>
    <message>
        <source>Find a team…</source>
        <translation>Team suchen…</translation>
    </message>
    <message>
        <source>Type part of a team&apos;s name, or of a division&apos;s: the matching teams are listed with their parents; choose one to see its line of sight</source>
        <translation>Tippen Sie einen Teil des Namens eines Teams oder Bereichs: die passenden Teams erscheinen mit ihren übergeordneten; wählen Sie eines, um seine Sichtlinie zu sehen</translation>
    </message>
    <message>
        <source>Findings paused (%1 open)</source>
        <translation>Befunde pausiert (%1 offen)</translation>
    </message>
    <message>
        <source>Findings paused</source>
        <translation>Befunde pausiert</translation>
    </message>
</context>
<context>
    <name>sightline::editor::MainWindow</name>
    <message>
        <source>Opening cancelled; nothing was changed.</source>
        <translation>Öffnen abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Sightline</source>
        <translation>Sightline</translation>
    </message>
    <message>
        <source>untitled, kept in %1</source>
        <translation>unbenannt, aufbewahrt in %1</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — %2 — Sightline</source>
        <translation>%1 — %2 — Sightline</translation>
    </message>
    <message>
        <source>Take back the last edit</source>
        <translation>Die letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Make the edit taken back last again</source>
        <translation>Die zuletzt zurückgenommene Änderung wiederholen</translation>
    </message>
</context>
<context>
    <name>sightline::editor::MeasureDock</name>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Recalculate limits from here</source>
        <translation>Grenzen ab hier neu berechnen</translation>
    </message>
    <message>
        <source>The process changed at the chosen value: start new limits there (an XmR break). Choose a value by clicking it on the chart.</source>
        <translation>Der Prozess hat sich beim gewählten Wert geändert: dort neue Grenzen beginnen (ein XmR-Bruch). Wählen Sie einen Wert durch Klick in die Karte.</translation>
    </message>
    <message>
        <source>Lock limits on the first</source>
        <translation>Grenzen festlegen auf die ersten</translation>
    </message>
    <message>
        <source>Compute the limits from the first values of each segment only, so that new values are judged against the process as it was (baseline).</source>
        <translation>Die Grenzen nur aus den ersten Werten jedes Abschnitts berechnen, damit neue Werte am Prozess gemessen werden, wie er war (Basislinie).</translation>
    </message>
    <message>
        <source> values</source>
        <translation> Werte</translation>
    </message>
    <message>
        <source>Signals:</source>
        <translation>Signale:</translation>
    </message>
    <message>
        <source>PuMP (Barr)</source>
        <translation>PuMP (Barr)</translation>
    </message>
    <message>
        <source>NHS Making Data Count</source>
        <translation>NHS Making Data Count</translation>
    </message>
    <message>
        <source>The XmR chart of the selected measure: its limits and signals, with Recalculate limits from here and Lock limits on the first values</source>
        <translation>Die XmR-Karte der gewählten Messgröße: ihre Grenzen und Signale, mit „Grenzen ab hier neu berechnen“ und „Grenzen festlegen auf die ersten Werte“</translation>
    </message>
    <message>
        <source>Select a measure to see its XmR chart: its natural process limits and the signals that show real change.</source>
        <translation>Wählen Sie eine Messgröße, um ihre XmR-Karte zu sehen: ihre natürlichen Prozessgrenzen und die Signale, die echte Veränderung zeigen.</translation>
    </message>
    <message>
        <source> · data as of %1</source>
        <translation> · Datenstand %1</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>Noch keine Werte.</translation>
    </message>
    <message>
        <source>Too few values for limits (%1 needed since the last break): %2.</source>
        <translation>Zu wenige Werte für Grenzen (%1 nötig seit dem letzten Bruch): %2.</translation>
    </message>
    <message>
        <source>Latest value: %1. Against the target: %2.</source>
        <translation>Letzter Wert: %1. Gegen das Ziel: %2.</translation>
    </message>
    <message>
        <source>Chosen: %1, %2</source>
        <translation>Gewählt: %1, %2</translation>
    </message>
    <message>
        <source>Click a value on the chart to choose it.</source>
        <translation>Klicken Sie einen Wert in der Karte an, um ihn zu wählen.</translation>
    </message>
    <message>
        <source>Join the limits before</source>
        <translation>Mit den Grenzen davor verbinden</translation>
    </message>
    <message>
        <source>Join the limits at %1</source>
        <translation>Grenzen bei %1 verbinden</translation>
    </message>
    <message>
        <source>Recalculate limits from %1</source>
        <translation>Grenzen ab %1 neu berechnen</translation>
    </message>
    <message>
        <source>Lock limits on the first %1 values</source>
        <translation>Grenzen auf die ersten %1 Werte festlegen</translation>
    </message>
    <message>
        <source>Unlock limits</source>
        <translation>Grenzen freigeben</translation>
    </message>
    <message>
        <source>Change signal rules</source>
        <translation>Signalregeln ändern</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>Freigabe zurücknehmen</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. Withdraw the approval: the value is provisional again.</source>
        <translation>Freigegeben von %1 am %2. Freigabe zurücknehmen: Der Wert ist wieder vorläufig.</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>Approve the chosen value: it is checked and no longer provisional. You are named as its approver (the person with your login).</source>
        <translation>Den gewählten Wert freigeben: Er ist geprüft und nicht mehr vorläufig. Sie werden als Freigebende(r) eingetragen (die Person mit Ihrer Anmeldung).</translation>
    </message>
    <message>
        <source>Approve value</source>
        <translation>Wert freigeben</translation>
    </message>
    <message>
        <source>An approval names a person of the map. Add yourself in the Teams dock, with your login (%1), and approve again.</source>
        <translation>Eine Freigabe nennt eine Person der Karte. Legen Sie sich im Bereich Teams mit Ihrer Anmeldung (%1) an und geben Sie erneut frei.</translation>
    </message>
    <message>
        <source>Approve as</source>
        <translation>Freigeben als</translation>
    </message>
    <message>
        <source>Nobody in this map has your login (%1). Give it to yourself in the Teams dock and this question goes away. Approve as:</source>
        <translation>Niemand in dieser Karte hat Ihre Anmeldung (%1). Tragen Sie sie im Bereich Teams bei sich ein, dann entfällt diese Frage. Freigeben als:</translation>
    </message>
    <message>
        <source>Withdraw approval of %1</source>
        <translation>Freigabe vom %1 zurücknehmen</translation>
    </message>
    <message>
        <source>Approve value of %1</source>
        <translation>Wert vom %1 freigeben</translation>
    </message>
</context>
<context>
    <name>sightline::editor::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Filter by title, team or owner</source>
        <translation>Nach Titel, Team oder Verantwortlichen filtern</translation>
    </message>
    <message>
        <source>Line of sight of this team</source>
        <translation>Sichtlinie dieses Teams</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>Double-click: line of sight of this team</source>
        <translation>Doppelklick: Sichtlinie dieses Teams</translation>
    </message>
</context>
<context>
    <name>sightline::editor::OverviewDock</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>sightline::editor::PathOnlyView</name>
    <message>
        <source>Path only</source>
        <translation>Nur Pfade</translation>
    </message>
    <message>
        <source>Show only the focus&apos;s paths to the top goals, laid out on their own (Ctrl+Shift+P); the map&apos;s own arrangement does not change</source>
        <translation>Nur die Pfade des Fokus zu den obersten Zielen zeigen, eigens angeordnet (Strg+Umschalt+P); die Anordnung der Karte bleibt unverändert</translation>
    </message>
    <message>
        <source>Only the line of sight in focus, as a compact hierarchy; nodes cannot be moved while it shows</source>
        <translation>Nur die Sichtlinie im Fokus, als kompakte Hierarchie; Knoten lassen sich dabei nicht verschieben</translation>
    </message>
</context>
<context>
    <name>sightline::editor::PersonForm</name>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename person</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <source>Change person&apos;s team</source>
        <translation>Team der Person ändern</translation>
    </message>
    <message>
        <source>“%1” is not an email address: it needs one @ with a name before it and a domain after it, e.g. dana.lee@example.org.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht ein @ mit einem Namen davor und einer Domain dahinter, z. B. dana.lee@example.org.</translation>
    </message>
    <message>
        <source>Change email</source>
        <translation>E-Mail ändern</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Change repository login</source>
        <translation>Repository-Anmeldung ändern</translation>
    </message>
</context>
<context>
    <name>sightline::editor::PerspectivesEditor</name>
    <message>
        <source>New perspective</source>
        <translation>Neue Perspektive</translation>
    </message>
    <message>
        <source>New perspective %1</source>
        <translation>Neue Perspektive %1</translation>
    </message>
</context>
<context>
    <name>sightline::editor::PreferencesDialog</name>
    <message>
        <source>As the desktop (%1)</source>
        <translation>Wie der Desktop (%1)</translation>
    </message>
    <message>
        <source>Cleared when you press OK</source>
        <translation>Wird mit OK geleert</translation>
    </message>
</context>
<context>
    <name>sightline::editor::Presentation</name>
    <message>
        <source>Next team</source>
        <translation>Nächstes Team</translation>
    </message>
    <message>
        <source>Presentation: the next team&apos;s line of sight</source>
        <translation>Präsentation: die Sichtlinie des nächsten Teams</translation>
    </message>
    <message>
        <source>Previous team</source>
        <translation>Voriges Team</translation>
    </message>
    <message>
        <source>Presentation: the previous team, or the whole map</source>
        <translation>Präsentation: das vorige Team oder die ganze Karte</translation>
    </message>
</context>
<context>
    <name>sightline::editor::PropertiesDock</name>
    <message>
        <source>&lt;b&gt;Map&lt;/b&gt;</source>
        <translation>&lt;b&gt;Karte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Change map title</source>
        <translation>Titel der Karte ändern</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Change map description</source>
        <translation>Beschreibung der Karte ändern</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Change vocabulary</source>
        <translation>Vokabular ändern</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 links</source>
        <translation>%1 · %2 · %3 · %4 Verbindungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Analysis thresholds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schwellen der Analyse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 must be a whole number of 0 or more; got “%2”.</source>
        <translation>%1 muss eine ganze Zahl ab 0 sein; erhalten: „%2“.</translation>
    </message>
    <message>
        <source>Most %1 per %2</source>
        <translation>Höchstens %1 je %2</translation>
    </message>
    <message>
        <source>Change threshold</source>
        <translation>Schwelle ändern</translation>
    </message>
    <message>
        <source>Most %1 per team</source>
        <translation>Höchstens %1 je Team</translation>
    </message>
    <message>
        <source>Copied-scorecard share</source>
        <translation>Anteil kopierter Scorecard</translation>
    </message>
    <message>
        <source>The copied-scorecard share must be a number from 0 to 1; got “%1”.</source>
        <translation>Der Anteil kopierter Scorecard muss eine Zahl von 0 bis 1 sein; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>A team whose share of %1 copied from a parent team exceeds this is flagged (0 to 1)</source>
        <translation>Ein Team, dessen Anteil von einem übergeordneten Team kopierter %1 darüber liegt, wird gemeldet (0 bis 1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Perspectives&lt;/b&gt; (strategy-map bands, top first)</source>
        <translation>&lt;b&gt;Perspektiven&lt;/b&gt; (Bänder der Strategiekarte, oberstes zuerst)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes: a top goal of the organisation</source>
        <translation>Ja: ein oberstes Ziel der Organisation</translation>
    </message>
    <message>
        <source>Change top goal</source>
        <translation>Oberstes Ziel ändern</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n items selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Element ausgewählt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Elemente ausgewählt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Change team</source>
        <translation>Team ändern</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Verantwortliche ändern</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspektive</translation>
    </message>
    <message>
        <source>Change perspective</source>
        <translation>Perspektive ändern</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Einheit ändern</translation>
    </message>
    <message>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <source>Higher ▲</source>
        <translation>Höher ▲</translation>
    </message>
    <message>
        <source>Lower ▼</source>
        <translation>Niedriger ▼</translation>
    </message>
    <message>
        <source>Closest to target ◎</source>
        <translation>Am nächsten am Zielwert ◎</translation>
    </message>
    <message>
        <source>Change direction</source>
        <translation>Richtung ändern</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Change cadence</source>
        <translation>Rhythmus ändern</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Values (paste rows from a spreadsheet: date, value, note)</source>
        <translation>Werte (Zeilen aus einer Tabellenkalkulation einfügen: Datum, Wert, Notiz)</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <source>Value row %1: needs a date as YYYY-MM-DD and a number.</source>
        <translation>Wertezeile %1: braucht ein Datum als JJJJ-MM-TT und eine Zahl.</translation>
    </message>
    <message>
        <source>Change values</source>
        <translation>Werte ändern</translation>
    </message>
    <message>
        <source>Line %1: expected a date and a value separated by a tab, &quot;;&quot; or &quot;,&quot;.</source>
        <translation>Zeile %1: erwartet ein Datum und einen Wert, getrennt durch Tabulator, „;“ oder „,“.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Zeile %1: „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a number.</source>
        <translation>Zeile %1: „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The clipboard holds no values.</source>
        <translation>Die Zwischenablage enthält keine Werte.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>Nichts eingefügt: %1</translation>
    </message>
    <message>
        <source>Paste values</source>
        <translation>Werte einfügen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Change link kind</source>
        <translation>Art der Verbindung ändern</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Wirkungsrichtung</translation>
    </message>
    <message>
        <source>Improves (+)</source>
        <translation>Verbessert (+)</translation>
    </message>
    <message>
        <source>Worsens (−)</source>
        <translation>Verschlechtert (−)</translation>
    </message>
    <message>
        <source>Change polarity</source>
        <translation>Wirkungsrichtung ändern</translation>
    </message>
    <message>
        <source>Weight (0–1]</source>
        <translation>Gewicht (0–1]</translation>
    </message>
    <message>
        <source>The weight must be a number above 0 and at most 1.</source>
        <translation>Das Gewicht muss eine Zahl über 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Gewicht ändern</translation>
    </message>
    <message>
        <source>Aggregate</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Change aggregate</source>
        <translation>Zusammenfassung ändern</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Latest value: %1. Against the target: %2.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Letzter Wert: %1. Gegen das Ziel: %2.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Latest value against the target: too few values for limits.&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Letzter Wert gegen das Ziel: zu wenige Werte für Grenzen.&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>sightline::editor::QuietMode</name>
    <message>
        <source>Pause findings</source>
        <translation>Befunde pausieren</translation>
    </message>
    <message>
        <source>Quiet mode for brainstorming: hide the findings&apos; badges and the Findings dock until you resume (remembered for this map)</source>
        <translation>Ruhemodus fürs Brainstorming: Die Markierungen der Befunde und den Bereich Befunde ausblenden, bis Sie fortfahren (für diese Karte gemerkt)</translation>
    </message>
</context>
<context>
    <name>sightline::editor::RecoveryDialog</name>
    <message numerus="yes">
        <source>Sightline found %n untitled map(s) from a session that ended unexpectedly. Choose what to do with each: a recovered map opens in a window of its own; a map kept for later is offered again next time.</source>
        <translation>
            <numerusform>Sightline hat %n unbenannte Karte aus einer unerwartet beendeten Sitzung gefunden. Wählen Sie, was mit ihr geschehen soll: Eine wiederhergestellte Karte öffnet sich in einem eigenen Fenster; eine für später behaltene Karte wird beim nächsten Mal wieder angeboten.</numerusform>
            <numerusform>Sightline hat %n unbenannte Karten aus einer unerwartet beendeten Sitzung gefunden. Wählen Sie für jede, was mit ihr geschehen soll: Eine wiederhergestellte Karte öffnet sich in einem eigenen Fenster; eine für später behaltene Karte wird beim nächsten Mal wieder angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Keep for later</source>
        <translation>Für später behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Keep all for later</source>
        <translation>Alle für später behalten</translation>
    </message>
</context>
<context>
    <name>sightline::editor::RepositoryLink</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · not connected, retrying</source>
        <translation> · nicht verbunden, neuer Versuch läuft</translation>
    </message>
    <message>
        <source> · revision %1</source>
        <translation> · Revision %1</translation>
    </message>
    <message>
        <source> · also open: %1</source>
        <translation> · ebenfalls geöffnet: %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n conflict(s) kept</source>
        <translation>
            <numerusform> · %n Konflikt aufbewahrt</numerusform>
            <numerusform> · %n Konflikte aufbewahrt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sightline::editor::SightDock</name>
    <message>
        <source>Line of sight</source>
        <translation>Sichtlinie</translation>
    </message>
    <message>
        <source>Node and the goals it reaches</source>
        <translation>Knoten und die Ziele, die er erreicht</translation>
    </message>
    <message>
        <source>Leverage</source>
        <translation>Hebelwirkung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Teams without line of sight</source>
        <translation>Teams ohne Sichtlinie</translation>
    </message>
    <message>
        <source>No map open.</source>
        <translation>Keine Karte geöffnet.</translation>
    </message>
    <message>
        <source>None of this team&apos;s nodes leads to a top goal. Click to focus on it.</source>
        <translation>Kein Knoten dieses Teams führt zu einem obersten Ziel. Klicken, um es in den Fokus zu nehmen.</translation>
    </message>
    <message>
        <source>Pick a team in the toolbar (Line of sight), or right-click a node, to trace its paths to the top goals.</source>
        <translation>Wählen Sie ein Team in der Werkzeugleiste (Sichtlinie) oder klicken Sie mit der rechten Maustaste auf einen Knoten, um seine Pfade zu den obersten Zielen zu verfolgen.</translation>
    </message>
    <message>
        <source>Tracing the line of sight of %1…</source>
        <translation>Sichtlinie von %1 wird verfolgt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 nodes reach a top goal. Highest leverage first; click a row to see its path.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 von %3 Knoten erreichen ein oberstes Ziel. Größte Hebelwirkung zuerst; klicken Sie auf eine Zeile, um ihren Pfad zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has &lt;span style=&apos;color:#c62828&apos;&gt;no line of sight&lt;/span&gt;: none of its %2 nodes leads to a top goal.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat &lt;span style=&apos;color:#c62828&apos;&gt;keine Sichtlinie&lt;/span&gt;: Keiner seiner %2 Knoten führt zu einem obersten Ziel.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no line of sight</source>
        <translation>keine Sichtlinie</translation>
    </message>
    <message>
        <source>reaches 1 top goal</source>
        <translation>erreicht 1 oberstes Ziel</translation>
    </message>
    <message>
        <source>reaches %1 top goals</source>
        <translation>erreicht %1 oberste Ziele</translation>
    </message>
    <message>
        <source>Leverage: how much improving a node moves the top goals, through the weights of the links on its paths. A path through a negative link is harmful.</source>
        <translation>Hebelwirkung: wie stark die Verbesserung eines Knotens die obersten Ziele bewegt, über die Gewichte der Verbindungen auf seinen Pfaden. Ein Pfad über eine negative Verbindung ist schädlich.</translation>
    </message>
    <message>
        <source>Leverage: how much improving a node moves the top goals. Each path to a goal counts with the weights of its links multiplied (a negative link turns it around); 1.00 is a result that drives a goal directly with full weight, 0 one that reaches no goal. Highest leverage first. A path through a negative link is marked harmful: improving the node may make that goal worse.</source>
        <translation>Hebelwirkung: wie stark die Verbesserung eines Knotens die obersten Ziele bewegt. Jeder Pfad zu einem Ziel zählt mit dem Produkt der Gewichte seiner Verbindungen (eine negative Verbindung kehrt ihn um); 1,00 ist ein Ergebnis, das ein Ziel direkt mit vollem Gewicht treibt, 0 eines, das kein Ziel erreicht. Höchste Hebelwirkung zuerst. Ein Pfad über eine negative Verbindung ist als schädlich markiert: den Knoten zu verbessern kann dieses Ziel verschlechtern.</translation>
    </message>
    <message>
        <source>→ %1 (harmful)</source>
        <translation>→ %1 (schädlich)</translation>
    </message>
    <message>
        <source>harmful: </source>
        <translation>schädlich: </translation>
    </message>
    <message>
        <source>Harmful: this path runs through a negative link, so improving the node may make the goal worse.</source>
        <translation>Schädlich: Dieser Pfad führt über eine negative Verbindung; den Knoten zu verbessern kann das Ziel verschlechtern.</translation>
    </message>
    <message>
        <source>Link note: %1</source>
        <translation>Notiz zur Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>sightline::editor::TeamsDock</name>
    <message>
        <source>Teams and people</source>
        <translation>Teams und Personen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Team hinzufügen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>Move team</source>
        <translation>Team verschieben</translation>
    </message>
    <message>
        <source>Change team colour</source>
        <translation>Teamfarbe ändern</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Team entfernen</translation>
    </message>
    <message>
        <source>Rename person</source>
        <translation>Person umbenennen</translation>
    </message>
</context>
<context>
    <name>sightline::editor::ViewController</name>
    <message>
        <source>&amp;Lay out view</source>
        <translation>Ansicht an&amp;ordnen</translation>
    </message>
    <message>
        <source>Arrange the whole view automatically (one undo step)</source>
        <translation>Die ganze Ansicht automatisch anordnen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>&amp;Tidy selection</source>
        <translation>Auswahl &amp;aufräumen</translation>
    </message>
    <message>
        <source>Arrange the selected nodes only, leaving the rest where it is</source>
        <translation>Nur die ausgewählten Knoten anordnen, der Rest bleibt, wo er ist</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the layout; the map stays as it was</source>
        <translation>Die Anordnung abbrechen; die Karte bleibt, wie sie war</translation>
    </message>
    <message>
        <source>&amp;Group teams in the hierarchy</source>
        <translation>&amp;Teams in der Hierarchie gruppieren</translation>
    </message>
    <message>
        <source>Lay out the hierarchy with each team&apos;s nodes side by side in every layer (applies at the next Lay out)</source>
        <translation>Die Hierarchie mit den Knoten jedes Teams nebeneinander in jeder Ebene anordnen (gilt beim nächsten Anordnen)</translation>
    </message>
    <message>
        <source>This map is open read-only: it cannot be changed.</source>
        <translation>Diese Karte ist schreibgeschützt geöffnet: Sie kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Laying out the %1…</source>
        <translation>%1 wird angeordnet…</translation>
    </message>
    <message>
        <source>Layout cancelled: nothing was moved.</source>
        <translation>Anordnen abgebrochen: Nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>Lay out %1</source>
        <translation>%1 anordnen</translation>
    </message>
    <message>
        <source>Select two or more nodes to tidy.</source>
        <translation>Wählen Sie zwei oder mehr Knoten zum Aufräumen.</translation>
    </message>
    <message>
        <source>Tidy selection</source>
        <translation>Auswahl aufräumen</translation>
    </message>
</context>
<context>
    <name>sightline::editor::XmrChartWidget</name>
    <message>
        <source>Select a measure to see its XmR chart.</source>
        <translation>Wählen Sie eine Messgröße, um ihre XmR-Karte zu sehen.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Approved by %1</source>
        <translation>&lt;br&gt;Freigegeben von %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;Provisional: not approved yet</source>
        <translation>&lt;br&gt;Vorläufig: noch nicht freigegeben</translation>
    </message>
</context>
</TS>
