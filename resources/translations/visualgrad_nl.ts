<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>See backpropagation: the chain rule read like a stack trace in reverse.</source>
        <translation>Zie backpropagation: de kettingregel gelezen als een stack trace, maar dan omgekeerd.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>not found: built-in layout</source>
        <translation>niet gevonden: ingebouwde indeling</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad hit an unexpected error. Your text is kept; you can go on working or save it.</source>
        <translation>visualgrad liep tegen een onverwachte fout aan. Je tekst is bewaard; je kunt verder werken of hem opslaan.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad: could not save the screenshot to {path}</source>
        <translation>visualgrad: kon de schermafbeelding niet opslaan in {path}</translation>
    </message>
</context>
<context>
    <name>BoundaryMap</name>
    <message>
        <location filename="../../visualgrad/qt/panels/boundary_map.py"/>
        <source>The network&apos;s output for every input (x₁, x₂): blue towards 1, orange towards 0, the line where it is 0.5. The dots are the four XOR examples.</source>
        <translation>De uitvoer van het netwerk voor elke invoer (x₁, x₂): blauw richting 1, oranje richting 0, de lijn waar hij 0,5 is. De stippen zijn de vier XOR-voorbeelden.</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Expression editor</source>
        <translation>Expressie-editor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Type an expression, e.g. L = 2*(x**2 + exp(x))</source>
        <translation>Typ een expressie, bijv. L = 2*(x**2 + exp(x))</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>(File → Restore Unsaved Work)</source>
        <translation>(Bestand → Niet-opgeslagen werk terughalen)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Bring back the work a session that closed unexpectedly left</source>
        <translation>Haal het werk terug dat een onverwacht afgesloten sessie achterliet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Clear Recent Files</source>
        <translation>Recente bestanden wissen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Could not keep a recovery copy of your work: {reason}</source>
        <translation>Kon geen herstelkopie van je werk bewaren: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not open “{name}”</source>
        <translation>Kon “{name}” niet openen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save</source>
        <translation>Kon niet opslaan</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save “{name}”</source>
        <translation>Kon “{name}” niet opslaan</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>Wil je de wijzigingen in “{name}” opslaan?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was in “{name}”.</source>
        <translation>Het stond in “{name}”.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was not saved to a file yet.</source>
        <translation>Het was nog niet in een bestand opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Open Recent</source>
        <translation>Recent geopend</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open a saved lesson</source>
        <translation>Open een opgeslagen les</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Open lesson</source>
        <translation>Les openen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Open the example lesson “{name}” (as a new, untitled lesson)</source>
        <translation>Open de voorbeeldles “{name}” (als een nieuwe les zonder titel)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore</source>
        <translation>Terughalen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Restore Unsaved Work</source>
        <translation>Niet-opgeslagen werk terughalen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore unsaved work</source>
        <translation>Niet-opgeslagen werk terughalen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Save lesson</source>
        <translation>Les opslaan</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson</source>
        <translation>Sla de les op</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson under a new name</source>
        <translation>Sla de les op onder een nieuwe naam</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Saved “{name}”</source>
        <translation>“{name}” opgeslagen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Untitled</source>
        <translation>Zonder titel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Je wijzigingen gaan verloren als je ze niet opslaat.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Your unsaved work is back. Save it to keep it.</source>
        <translation>Je niet-opgeslagen werk is terug. Sla het op om het te bewaren.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>a graph built in Python cannot be saved as a lesson; export it (File → Export…) instead</source>
        <translation>een graaf gebouwd in Python kan niet als les worden opgeslagen; exporteer hem in plaats daarvan (Bestand → Exporteren…)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recovery.py"/>
        <source>another visualgrad is using this recovery copy</source>
        <translation>een andere visualgrad gebruikt deze herstelkopie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>lesson</source>
        <translation>les</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/window_state.py"/>
        <source>the lesson&apos;s preset settings are not valid: {reason}</source>
        <translation>de voorbeeldinstellingen van de les zijn ongeldig: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad</source>
        <translation>visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>visualgrad closed unexpectedly; restore your unsaved work?</source>
        <translation>visualgrad is onverwacht afgesloten; je niet-opgeslagen werk terughalen?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix})</source>
        <translation>visualgrad-lessen (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix});;All files (*)</source>
        <translation>visualgrad-lessen (*{suffix});;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>{name}[*] — visualgrad</source>
        <translation>{name}[*] — visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>“{name}” is no longer there (moved or deleted?), so it was removed from the recent files.
{path}</source>
        <translation>“{name}” is er niet meer (verplaatst of verwijderd?), dus het is uit de recente bestanden gehaald.
{path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--font-scale must be between 0.5 and 3 (got {scale:g})</source>
        <translation>--font-scale moet tussen 0.5 en 3 liggen (gekregen: {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--scale must be between 1 and 4 (got {scale:g})</source>
        <translation>--scale moet tussen 1 en 4 liggen (gekregen: {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>backward</source>
        <translation>achterwaarts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: permission denied</source>
        <translation>kan {path} niet schrijven: geen toestemming</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>kan {path} niet schrijven: de map {folder} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>could not write the SVG</source>
        <translation>kon de SVG niet schrijven</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>could not write {path}</source>
        <translation>kon {path} niet schrijven</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>export cancelled</source>
        <translation>export geannuleerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>forward</source>
        <translation>voorwaarts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>inputs</source>
        <translation>invoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>seed</source>
        <translation>start van de backpropagation</translation>
    </message>
    <message>
        <source>step {k} is out of range: this graph has {n} steps, numbered 0 to {last}</source>
        <translation type="vanished">stap {k} bestaat niet: deze graaf heeft {n} stappen, genummerd van 0 tot {last}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>step {k} is out of range: this graph has {n} steps, numbered 1 to {n}</source>
        <translation>stap {k} bestaat niet: deze graaf heeft {n} stappen, genummerd van 1 tot {n}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>step {k} of {n} · {phase}</source>
        <translation>stap {k} van {n} · {phase}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>the font scale must be between 0.5 and 3 (got {s:g})</source>
        <translation>de lettergrootteschaal moet tussen 0.5 en 3 liggen (gekregen: {s:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>the range {a}..{b} is empty: the first step comes after the last</source>
        <translation>het bereik {a}..{b} is leeg: de eerste stap komt na de laatste</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>this graph has no {phase} steps</source>
        <translation>deze graaf heeft geen stappen van het type {phase}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown direction {d!r}; use auto, TB or LR</source>
        <translation>onbekende richting {d!r}; gebruik auto, TB of LR</translation>
    </message>
    <message>
        <source>unknown page size {page!r}; use fit or 16:9</source>
        <translation type="vanished">onbekend paginaformaat {page!r}; gebruik fit of 16:9</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown page size {page!r}; use fit, 16:9 or 4:3</source>
        <translation>onbekend paginaformaat {page!r}; gebruik fit, 16:9 of 4:3</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>unknown step {what!r}: use a number, all, forward, backward, loss or end</source>
        <translation>onbekende stap {what!r}: gebruik een getal, all, forward, backward, loss of end</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>unknown theme {name!r}; use one of: {names}</source>
        <translation>onbekend thema {name!r}; kies uit: {names}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} is een map; geef een bestandsnaam op</translation>
    </message>
    <message>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif or .pptx</source>
        <translation type="vanished">{path}: onbekend formaat {suffix!r}; gebruik .svg, .pdf, .png, .gif of .pptx</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif, .pptx or .tex</source>
        <translation>{path}: onbekend formaat {suffix!r}; gebruik .svg, .pdf, .png, .gif, .pptx of .tex</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>16:9 slide</source>
        <translation>16:9-dia</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>4:3 slide</source>
        <translation>4:3-dia</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>A range of steps</source>
        <translation>Een reeks stappen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown</source>
        <translation>Zoals getoond</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown (on a slide: whichever fills it better)</source>
        <translation>Zoals getoond (op een dia: wat de dia het best vult)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Caption with the step&apos;s narration</source>
        <translation>Onderschrift met de uitleg van de stap</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Choose a file to export to.</source>
        <translation>Kies een bestand om naar te exporteren.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Diagram copied to the clipboard ({w} × {h} pixels)</source>
        <translation>Diagram gekopieerd naar het klembord ({w} × {h} pixels)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Every step ({n} pages)</source>
        <translation>Elke stap ({n} pagina’s)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {n} files, from {path}</source>
        <translation>{n} bestanden geëxporteerd, vanaf {path}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {path}</source>
        <translation>{path} geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exporting {n} steps…</source>
        <translation>{n} stappen exporteren…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fit the diagram</source>
        <translation>Passend bij het diagram</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fold operations into their boxes</source>
        <translation>Bewerkingen in hun vakken opnemen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Left to right</source>
        <translation>Links naar rechts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>PNG scale:</source>
        <translation>PNG-schaal:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Page size:</source>
        <translation>Paginaformaat:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Text size:</source>
        <translation>Tekstgrootte:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The backward pass</source>
        <translation>De achterwaartse pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The forward pass</source>
        <translation>De voorwaartse pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The inputs</source>
        <translation>De invoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The steps that matter ({n} pages)</source>
        <translation>De stappen die ertoe doen ({n} pagina’s)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The update</source>
        <translation>Het bijwerken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>There is no diagram to export yet.</source>
        <translation>Er is nog geen diagram om te exporteren.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>This step ({k} of {n})</source>
        <translation>Deze stap ({k} van {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Top to bottom</source>
        <translation>Boven naar beneden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Transparent background</source>
        <translation>Transparante achtergrond</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>from </source>
        <translation>van </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>to </source>
        <translation>tot </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>{name} files (*.{ext})</source>
        <translation>{name}-bestanden (*.{ext})</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every preset with its description and the article it comes from</source>
        <translation>Elk voorbeeld met zijn beschrijving en het artikel waar het uit komt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Gallery…</source>
        <translation>Galerij…</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;From: {article}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;Uit: {article}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every example from the articles, ready to step through. Double-click one, or select it and press Open.</source>
        <translation>Elk voorbeeld uit de artikelen, klaar om stap voor stap te doorlopen. Dubbelklik erop, of selecteer het en druk op Openen.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Preset gallery</source>
        <translation>Voorbeeldengalerij</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/inputs.py"/>
        <source>No inputs: the program uses only constants.</source>
        <translation>Geen invoer: het programma gebruikt alleen constanten.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Click a node to inspect it.</source>
        <translation>Klik op een knooppunt om het te bekijken.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Line {line}</source>
        <translation>Regel {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Local derivatives</source>
        <translation>Lokale afgeleiden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Operation</source>
        <translation>Bewerking</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Preset</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>input</source>
        <translation>invoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>intermediate</source>
        <translation>tussenresultaat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>none: no gradient flows here</source>
        <translation>geen: hier stroomt geen gradiënt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet (forward pass)</source>
        <translation>nog niet berekend (voorwaartse pass)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet: the backward pass has not reached it</source>
        <translation>nog niet berekend: de achterwaartse pass is hier nog niet aangekomen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>output (the loss)</source>
        <translation>uitvoer (de loss)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>parameter</source>
        <translation>parameter</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>why?</source>
        <translation>waarom?</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;Why ReLU, residuals and good init exist&lt;/b&gt; (first/last ratio at this depth; 1 is ideal)</source>
        <translation>&lt;b&gt;Waarom ReLU, residuele verbindingen en een goede initialisatie bestaan&lt;/b&gt; (verhouding eerste/laatste bij deze diepte; 1 is ideaal)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;first/last = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</source>
        <translation>&lt;b&gt;eerste/laatste = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</translation>
    </message>
    <message>
        <source>A deep stack h = act(h @ W + b), y = sum(head(h)). How much gradient reaches each layer&apos;s weights?</source>
        <translation type="vanished">Een diepe stapel h = act(h @ W + b), y = sum(head(h)). Hoeveel gradiënt bereikt de gewichten van elke laag?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>A few slides instead of every step: the loss, blame starting, a handful of layers getting their gradient, the end</source>
        <translation>Een paar dia’s in plaats van elke stap: de loss, de schuld die begint te stromen, een handvol lagen die hun gradiënt krijgen, het einde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Activation</source>
        <translation>Activatie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Could not write {path}.</source>
        <translation>Kon {path} niet schrijven.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Depth</source>
        <translation>Diepte</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Export the steps that matter</source>
        <translation>De stappen die ertoe doen exporteren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Export the steps that matter…</source>
        <translation>De stappen die ertoe doen exporteren…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>First and last layer get gradients of the same order of magnitude: every layer learns.</source>
        <translation>De eerste en de laatste laag krijgen gradiënten van dezelfde grootteorde: elke laag leert.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Gradient norm per layer</source>
        <translation>Gradiëntnorm per laag</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Gradient norm per layer: {depth} layers, {act}</source>
        <translation>Gradiëntnorm per laag: {depth} lagen, {act}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>He init (variance 2/fan_in) keeps the size of the signal from layer to layer</source>
        <translation>He-initialisatie (variantie 2/fan_in) houdt de grootte van het signaal gelijk van laag tot laag</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Init</source>
        <translation>Initialisatie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PDF (*.pdf);;PowerPoint (*.pptx);;PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PDF (*.pdf);;PowerPoint (*.pptx);;PNG-afbeeldingen (*.png);;SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-afbeelding (*.png);;SVG-tekening (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>PyTorch default</source>
        <translation>PyTorch-standaard</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU, He init</source>
        <translation>ReLU, He-initialisatie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU, default init</source>
        <translation>ReLU, standaardinitialisatie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU′ = 1 where active: no ¼ per layer, but the default init still shrinks the signal</source>
        <translation>ReLU′ = 1 waar hij actief is: geen ¼ per laag, maar de standaardinitialisatie laat het signaal nog steeds krimpen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Same weights, only the activation differs: first/last is {sig} with sigmoid and {relu} with ReLU.</source>
        <translation>Dezelfde gewichten, alleen de activatie verschilt: eerste/laatste is {sig} met sigmoid en {relu} met ReLU.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Save chart…</source>
        <translation>Grafiek opslaan…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Saved {what}</source>
        <translation>Opgeslagen: {what}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Seed</source>
        <translation>Startwaarde (seed)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Sigmoid vs ReLU, same weights</source>
        <translation>Sigmoid tegenover ReLU, dezelfde gewichten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The chart can be saved as PNG, SVG or PDF, not “{ext}”.</source>
        <translation>De grafiek kan worden opgeslagen als PNG, SVG of PDF, niet als “{ext}”.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it barely learns.</source>
        <translation>De eerste laag krijgt ongeveer {p} van de gradiënt van de laatste laag: hij leert nauwelijks.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it learns, slowly.</source>
        <translation>De eerste laag krijgt ongeveer {p} van de gradiënt van de laatste laag: hij leert, maar langzaam.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient.</source>
        <translation>De eerste laag krijgt ongeveer {p} keer de gradiënt van de laatste laag.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient: it explodes.</source>
        <translation>De eerste laag krijgt ongeveer {p} keer de gradiënt van de laatste laag: hij explodeert.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets no gradient at all: it cannot learn.</source>
        <translation>De eerste laag krijgt helemaal geen gradiënt: hij kan niet leren.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>The gradient norm per layer at slide size, as PNG, SVG or PDF</source>
        <translation>De gradiëntnorm per laag op diaformaat, als PNG, SVG of PDF</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Vanishing gradients lab</source>
        <translation>Lab verdwijnende gradiënten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <source>first and last layer get gradients of the same order: all layers learn.</source>
        <translation type="vanished">de eerste en de laatste laag krijgen gradiënten van dezelfde orde: alle lagen leren.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>first/last</source>
        <translation>eerste/laatste</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>h + f(h): the gradient has a path around every sigmoid</source>
        <translation>h + f(h): de gradiënt heeft een weg om elke sigmoid heen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>h = act(h @ W + b), layer after layer: how much gradient reaches each layer&apos;s weights?</source>
        <translation>h = act(h @ W + b), laag na laag: hoeveel gradiënt bereikt de gewichten van elke laag?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>layer (1 = first, next to the input)</source>
        <translation>laag (1 = eerste, naast de invoer)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>residual connections (h + act(…))</source>
        <translation>residuele verbindingen (h + act(…))</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>setting</source>
        <translation>instelling</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>sigmoid + residual</source>
        <translation>sigmoid + residueel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>sigmoid, default init</source>
        <translation>sigmoid, standaardinitialisatie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>tanh, Xavier init</source>
        <translation>tanh, Xavier-initialisatie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>tanh′(0) = 1 and Xavier init keep the variance near 1</source>
        <translation>tanh′(0) = 1 en Xavier-initialisatie houden de variantie dicht bij 1</translation>
    </message>
    <message>
        <source>the first layer gets no gradient at all: it cannot learn.</source>
        <translation type="vanished">de eerste laag krijgt helemaal geen gradiënt: hij kan niet leren.</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} of the last layer&apos;s: it barely learns.</source>
        <translation type="vanished">de gradiënt van de eerste laag is 10^{k} van die van de laatste: hij leert nauwelijks.</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} times the last layer&apos;s: it explodes.</source>
        <translation type="vanished">de gradiënt van de eerste laag is 10^{k} keer die van de laatste: hij explodeert.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>why</source>
        <translation>waarom</translation>
    </message>
    <message>
        <source>σ′ ≤ ¼: every layer multiplies the gradient by at most ¼</source>
        <translation type="vanished">σ′ ≤ ¼: elke laag vermenigvuldigt de gradiënt met hoogstens ¼</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>σ′ ≤ ¼: on the way back, every layer multiplies the gradient by σ′, at most ¼</source>
        <translation>σ′ ≤ ¼: op de terugweg vermenigvuldigt elke laag de gradiënt met σ′, hoogstens ¼</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>‖∂y/∂W‖ (log scale)</source>
        <translation>‖∂y/∂W‖ (logaritmische schaal)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>Language: {language}</source>
        <translation>Taal: {language}</translation>
    </message>
    <message>
        <source>Language: {language}. Anything still in the old language changes when visualgrad starts again.</source>
        <translation type="vanished">Taal: {language}. Wat nog in de oude taal staat, verandert wanneer visualgrad opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>System default ({language})</source>
        <translation>Systeemstandaard ({language})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/languages.py"/>
        <source>unknown language {code!r}; use one of: {codes}</source>
        <translation>onbekende taal {code!r}; gebruik een van: {codes}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Expression</source>
        <translation>Expressie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Find a node by name… (Enter for the next match, Esc to close)</source>
        <translation>Zoek een knooppunt op naam… (Enter voor de volgende, Esc om te sluiten)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inputs</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Laying out…</source>
        <translation>Bezig met indelen…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Layout: {engine}</source>
        <translation>Indeling: {engine}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Line {line}, column {column}: </source>
        <translation>Regel {line}, kolom {column}: </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/view_controls.py"/>
        <source>No node named “{text}”</source>
        <translation>Geen knooppunt met de naam “{text}”</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/main_window.py"/>
        <source>Starting…</source>
        <translation>Opstarten…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>The graph shown is the last one that worked.</source>
        <translation>De getoonde graaf is de laatste die werkte.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Trace</source>
        <translation>Traceback</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>built-in layout</source>
        <translation>ingebouwde indeling</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/stepping.py"/>
        <source>{k} / {n} · {phase}</source>
        <translation>{k} / {n} · {phase}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Presets</source>
        <translation>&amp;Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Step</source>
        <translation>&amp;Stap</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>About visualgrad</source>
        <translation>Over visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Collapse layers</source>
        <translation>Lagen inklappen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Copy diagram</source>
        <translation>Diagram kopiëren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End of forward</source>
        <translation>Einde voorwaarts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Find node…</source>
        <translation>Knooppunt zoeken…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fit to window</source>
        <translation>Passend bij het venster</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fold operations into nodes</source>
        <translation>Bewerkingen in de knooppunten opnemen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Follow the active node</source>
        <translation>Het actieve knooppunt volgen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the end of the forward pass</source>
        <translation>Naar het einde van de voorwaartse pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the inputs (Home)</source>
        <translation>Naar de invoer (Home)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the last step (End)</source>
        <translation>Naar de laatste stap (End)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the loss</source>
        <translation>Naar de loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Lay the graph out left to right instead of top to bottom</source>
        <translation>Graaf van links naar rechts indelen in plaats van van boven naar beneden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Left to right</source>
        <translation>Links naar rechts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node</source>
        <translation>Volgende knooppunt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node (→)</source>
        <translation>Volgende knooppunt (→)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play / Pause (Space)</source>
        <translation>Afspelen / pauzeren (spatie)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play speed</source>
        <translation>Afspeelsnelheid</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous step (←)</source>
        <translation>Vorige stap (←)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Rebuild graph</source>
        <translation>Graaf opnieuw opbouwen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Show each layer of a network as one box; double-click a box to open it</source>
        <translation>Toon elke laag van een netwerk als één vak; dubbelklik op een vak om het te openen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Significant digits</source>
        <translation>Significante cijfers</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Stepping</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>View</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>backward</source>
        <translation>achterwaarts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>forward</source>
        <translation>voorwaarts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>inputs</source>
        <translation>invoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>seed</source>
        <translation>start van de backpropagation</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../../visualgrad/qt/notebook.py"/>
        <source># {heading}
# a graph built in Python: edit its inputs in the Inputs panel</source>
        <translation># {heading}
# een graaf gebouwd in Python: wijzig de invoer in het paneel Invoer</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Check</source>
        <translation>Controleer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Compute each gradient yourself before it is shown; the app checks (Ctrl+Shift+P)</source>
        <translation>Bereken elke gradiënt zelf voordat hij verschijnt; de app controleert (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Not quite. Hint:</source>
        <translation>Niet helemaal. Hint:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practice</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practise forward values too</source>
        <translation>Ook voorwaartse waarden oefenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Right: {name} = {value}</source>
        <translation>Goed: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Score {right}/{asked}</source>
        <translation>Score {right}/{asked}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Show answer</source>
        <translation>Toon antwoord</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Type the number and press Enter (or Check). Within 0.5 % counts as right.</source>
        <translation>Typ het getal en druk op Enter (of Controleer). Binnen 0,5 % telt als goed.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>your answer</source>
        <translation>je antwoord</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>{name} = {value}:</source>
        <translation>{name} = {value}:</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../visualgrad/qt/window/presentation.py"/>
        <source>Full screen for a lecture: clicker keys step, B blacks out, Esc leaves (F5)</source>
        <translation>Volledig scherm voor een college: de toetsen van een presenter (clicker) gaan een stap verder, B maakt het scherm zwart, Esc sluit af (F5)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/presentation.py"/>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
</context>
<context>
    <name>ProgramPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Check my backprop</source>
        <translation>Controleer mijn backprop</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Note: {text}</source>
        <translation>Opmerking: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Output</source>
        <translation>Uitvoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Printed output</source>
        <translation>Geprinte uitvoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>The check could not run on this program ({why}); please report it.</source>
        <translation>De controle kon niet worden uitgevoerd op dit programma ({why}); meld dit alsjeblieft.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>… {n} more lines …</source>
        <translation>… nog {n} regels …</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/scene.py"/>
        <source>{name}: {n} nodes — double-click to expand</source>
        <translation>{name}: {n} knooppunten — dubbelklik om uit te klappen</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Colour-blind safe</source>
        <translation>Geschikt voor kleurenblinden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Slide</source>
        <translation>Dia</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>Inputs</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>line {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>loss {name} = {value}</source>
        <translation>loss {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>preset</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>{where}, in {name}: {d} = {grad} → {passed}</source>
        <translation>{where}, in {name}: {d} = {grad} → {passed}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source> · first {first}</source>
        <translation> · eerst {first}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>%v / %m epochs</source>
        <translation>%v / %m epochs</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>1 step</source>
        <translation>1 stap</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10 steps</source>
        <translation>10 stappen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10,000 steps</source>
        <translation>10.000 stappen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>100 steps</source>
        <translation>100 stappen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;The program&apos;s training loop&lt;/b&gt;: {n} iterations, as the program ran them</source>
        <translation>&lt;b&gt;De trainingslus van het programma&lt;/b&gt;: {n} iteraties, zoals het programma ze uitvoerde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: gradient descent on {params}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: gradient descent op {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Back to the starting weights; forget the loss curve</source>
        <translation>Terug naar de begingewichten; vergeet de loss-curve</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_runs.py"/>
        <source>Cancelled after {done} of {total} epochs.</source>
        <translation>Geannuleerd na {done} van {total} epochs.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Change an input or a weight in the Inputs panel (or the program): the loss and every activation follow, and training goes on from there.</source>
        <translation>Wijzig een invoer of een gewicht in het paneel Invoer (of in het programma): de loss en elke activatie volgen, en de training gaat vanaf daar verder.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_sync.py"/>
        <source>Edited: the next epoch starts from the new numbers.</source>
        <translation>Gewijzigd: de volgende epoch begint bij de nieuwe getallen.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Epoch {epoch} · loss now {loss}</source>
        <translation>Epoch {epoch} · loss nu {loss}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate</source>
        <translation>Leersnelheid</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate η</source>
        <translation>Leersnelheid η</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per epoch</source>
        <translation>Verloop van de loss per epoch</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per iteration</source>
        <translation>Loss per iteratie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>One epoch, then show its update phase w ← w − η·∂L/∂w on the graph</source>
        <translation>Eén epoch, en toon daarna de bijwerkfase w ← w − η·∂L/∂w in de graaf</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Run {n} epochs of gradient descent: forward, backward, update</source>
        <translation>Voer {n} epochs gradient descent uit: voorwaarts, achterwaarts, bijwerken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Scalar view (one node per weight)</source>
        <translation>Scalaire weergave (één knooppunt per gewicht)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Tensor view (matrices)</source>
        <translation>Tensorweergave (matrices)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>iteration</source>
        <translation>iteratie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="vanished">loss (logaritmische schaal)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>loss at the first iteration {first} · at the last {last}</source>
        <translation>loss bij de eerste iteratie {first} · bij de laatste {last}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>prediction</source>
        <translation>voorspelling</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>{right} of {n} predictions on the right side of 0.5.</source>
        <translation>{right} van de {n} voorspellingen aan de goede kant van 0.5.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>η in w ← w − η·∂L/∂w; press Enter to use it for the next update</source>
        <translation>η in w ← w − η·∂L/∂w; druk op Enter om hem bij de volgende stap te gebruiken</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Light each path in turn</source>
        <translation>Laat elk pad om de beurt oplichten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>The sum, over every path from here to the loss, of the product of the local derivatives along it:</source>
        <translation>De som, over elk pad van hier naar de loss, van het product van de lokale afgeleiden langs dat pad:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why this number</source>
        <translation>Waarom dit getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why {name}?</source>
        <translation>Waarom {name}?</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Answer key</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Kan {path} niet schrijven: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet</source>
        <translation>Oefenblad exporteren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet (PDF)…</source>
        <translation>Oefenblad exporteren (PDF)…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Lesson 05 exercise</source>
        <translation>Oefening van les 05</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Step by step</source>
        <translation>Stap voor stap</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The exercise: a {depth}-layer Linear + sigmoid stack and a {depth}-layer Linear + ReLU stack (the same weights). Run forward and backward, and compare the gradient norm of the first and the last layer. Which ratio should make you uneasy?</source>
        <translation>De oefening: een stapel van {depth} lagen Linear + sigmoid en een stapel van {depth} lagen Linear + ReLU (dezelfde gewichten). Doe de voorwaartse en achterwaartse stap en vergelijk de gradiëntnorm van de eerste en de laatste laag. Van welke verhouding zou je onrustig moeten worden?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The sigmoid stack vanishes: its first layer gets a gradient many orders of magnitude smaller than its last, because each sigmoid multiplies the blame by at most 0.25.</source>
        <translation>De sigmoid-stapel verdwijnt: de eerste laag krijgt een gradiënt die vele ordes van grootte kleiner is dan die van de laatste, omdat elke sigmoid de schuld met hoogstens 0,25 vermenigvuldigt.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Work backwards from the loss. For each step, multiply the gradient that arrives (upstream) by the local derivative; where a node is used more than once, add up what each use passes back. Every gradient still to find is shown as ?.</source>
        <translation>Werk achterwaarts vanaf de loss. Vermenigvuldig bij elke stap de gradiënt die binnenkomt (upstream) met de lokale afgeleide; waar een knoop meer dan eens gebruikt wordt, tel je op wat elk gebruik teruggeeft. Elke gradiënt die je nog moet vinden staat er als ?.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet</source>
        <translation>Oefenblad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet written: {n} questions, with the answer key</source>
        <translation>Oefenblad geschreven: {n} vragen, met de antwoorden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>first / last</source>
        <translation>eerste / laatste</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>line</source>
        <translation>regel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>step {k}</source>
        <translation>stap {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>the worksheet is a PDF: give a path ending in .pdf (got {path})</source>
        <translation>het oefenblad is een PDF: geef een pad dat eindigt op .pdf (kreeg {path})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{name} = {chain}, where {locals}</source>
        <translation>{name} = {chain}, waarbij {locals}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{path}: {n} questions and their answer key</source>
        <translation>{path}: {n} vragen en de antwoorden</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>&apos;{name}&apos; holds {size} numbers; the loss must be one number</source>
        <translation>&apos;{name}&apos; bevat {size} getallen; de loss moet één getal zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the first of the loop&apos;s {n} iterations</source>
        <translation>, bij de eerste van de {n} iteraties van de lus</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s first iteration</source>
        <translation>, bij de eerste iteratie van de lus</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s iteration {i}</source>
        <translation>, bij iteratie {i} van de lus</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>--loss {name}: the program has no tensor or array named &apos;{name}&apos;</source>
        <translation>--loss {name}: het programma heeft geen tensor of array met de naam &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1 hand gradient checked against autograd&apos;s ∂{loss}</source>
        <translation>1 handmatige gradiënt vergeleken met ∂{loss} van autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1/{m}: divided by m = {m} once more than the loss is</source>
        <translation>1/{m}: een keer vaker door m = {m} gedeeld dan in de loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>2: a 2 the loss does not have (it halves its square: ½·(…)²)</source>
        <translation>2: een factor 2 die de loss niet heeft (de loss halveert zijn kwadraat: ½·(…)²)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand} · autograd {auto} · {mark}</source>
        <translation>met de hand {hand} · autograd {auto} · {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand}: {mark}</source>
        <translation>met de hand {hand}: {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different</source>
        <translation>verschillend</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: by hand it is {hand}, autograd&apos;s is {auto}</source>
        <translation>verschillend: met de hand is het {hand}, bij autograd {auto}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: largest gap {gap}{at} (by hand {hand}, autograd {auto})</source>
        <translation>verschillend: grootste verschil {gap}{at} (met de hand {hand}, autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal</source>
        <translation>gelijk</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal (largest gap {gap})</source>
        <translation>gelijk (grootste verschil {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no hand gradient found: name the gradient of W2 dW2, d_W2, grad_W2 or W2_grad (for every variable ∂{loss} reaches)</source>
        <translation>geen handmatige gradiënt gevonden: noem de gradiënt van W2 dW2, d_W2, grad_W2 of W2_grad (voor elke variabele die ∂{loss} bereikt)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>no loss found: assign it as loss = np.mean(...), call loss.backward(), or name it with --loss NAME</source>
        <translation>geen loss gevonden: ken hem toe als loss = np.mean(...), roep loss.backward() aan, of geef de naam op met --loss NAME</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no usual cause; look at each factor in your formula</source>
        <translation>geen gebruikelijke oorzaak; bekijk elke factor in je formule</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped</source>
        <translation>teken omgedraaid</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped (largest gap {gap})</source>
        <translation>teken omgedraaid (grootste verschil {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed</source>
        <translation>getransponeerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed (by hand {hand}, autograd {auto})</source>
        <translation>getransponeerd (met de hand {hand}, autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{m}: the loss divides by m = {m} (a mean), the hand gradient does not</source>
        <translation>{m}: de loss deelt door m = {m} (een gemiddelde), de handmatige gradiënt niet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{n} hand gradients checked against autograd&apos;s ∂{loss}</source>
        <translation>{n} handmatige gradiënten vergeleken met ∂{loss} van autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>½: the 2 of the squared error is dropped, or the loss is ½·MSE</source>
        <translation>½: de 2 van de kwadratische fout is weggelaten, of de loss is ½·MSE</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>×{m} per example: the mean&apos;s 1/m (m = {m}) is left for later</source>
        <translation>×{m} per voorbeeld: de 1/m van het gemiddelde (m = {m}) wordt pas later toegepast</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--param takes NAME=VALUE, as in --param activation=relu (got {pair!r})</source>
        <translation>--param verwacht NAAM=WAARDE, zoals --param activation=relu (gekregen: {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set takes NAME=VALUE, as in --set x=3 (got {pair!r})</source>
        <translation>--set verwacht NAAM=WAARDE, zoals --set x=3 (gekregen: {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set {name}: {raw!r} is not a number or a list of numbers</source>
        <translation>--set {name}: {raw!r} is geen getal of lijst van getallen</translation>
    </message>
    <message>
        <source>Commands: visualgrad trace|export|presets --help</source>
        <translation type="vanished">Opdrachten: visualgrad trace|export|presets --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Commands: visualgrad trace|export|presets|practice|check --help</source>
        <translation>Opdrachten: visualgrad trace|export|presets|practice|check --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>K (1 to N, as the window counts), all, A..B, forward, backward, loss or end; default: end (for a GIF: all)</source>
        <translation>K (1 tot N, zoals het venster telt), all, A..B, forward, backward, loss of end; standaard: end (voor een GIF: all)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>K (1 to N, as the window counts), forward-end, loss or end</source>
        <translation>K (1 tot N, zoals het venster telt), forward-end, loss of end</translation>
    </message>
    <message>
        <source>K, all, forward, backward, loss or end</source>
        <translation type="vanished">K, all, forward, backward, loss of end</translation>
    </message>
    <message>
        <source>K, forward-end, loss or end</source>
        <translation type="vanished">K, forward-end, loss of end</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Open the visualgrad app.</source>
        <translation>Open de visualgrad-app.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/__init__.py"/>
        <source>See backpropagation: type an expression, step the forward and backward passes node by node.</source>
        <translation>Zie backpropagation: typ een expressie en doorloop de voorwaartse en achterwaartse pass stap voor stap, knooppunt voor knooppunt.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>a preset&apos;s setting, e.g. --param activation=relu --param depth=50</source>
        <translation>een instelling van een voorbeeld, bijv. --param activation=relu --param depth=50</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>a program, or a file holding one</source>
        <translation>een programma, of een bestand dat er een bevat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>a slide (16:9, 4:3) or a page the diagram&apos;s size; default: 16:9 for the slide theme and PowerPoint, page otherwise</source>
        <translation>een dia (16:9, 4:3) of een pagina ter grootte van het diagram; standaard: 16:9 voor het diathema en PowerPoint, anders een pagina</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>ask for the forward values first</source>
        <translation>vraag eerst naar de voorwaartse waarden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>compare hand-written gradients (dW2, grad_W2, ...) with autograd&apos;s</source>
        <translation>handgeschreven gradiënten (dW2, grad_W2, ...) vergelijken met die van autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>compute each gradient yourself; the answers are checked</source>
        <translation>bereken elke gradiënt zelf; de antwoorden worden gecontroleerd</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX</source>
        <translation type="vanished">stappen exporteren als SVG, PDF, PNG, GIF of PPTX</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX, or the graph as GraphML or DOT</source>
        <translation type="vanished">stappen exporteren als SVG, PDF, PNG, GIF of PPTX, of de graaf als GraphML of DOT</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>export steps as SVG, PDF, PNG, GIF, PPTX or LaTeX Beamer (.tex), or the graph as GraphML or DOT</source>
        <translation>stappen exporteren als SVG, PDF, PNG, GIF, PPTX of LaTeX Beamer (.tex), of de graaf als GraphML of DOT</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>fold each operation into its value box</source>
        <translation>elke bewerking in het vak van zijn waarde opnemen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>give a program (TEXT or FILE) or --preset NAME</source>
        <translation>geef een programma (TEKST of BESTAND) of --preset NAAM</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>give an input a value (repeatable)</source>
        <translation>een invoer een waarde geven (herhaalbaar)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>give an input a value (repeatable); free names default to 1.0</source>
        <translation>geef een invoer een waarde (herhaalbaar); vrije namen krijgen standaard 1.0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/presets.py"/>
        <source>list the preset graphs and networks</source>
        <translation>toon de voorbeeldgrafen en -netwerken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>print a JSON list of {hand, of, verdict, factor, max_abs_diff}</source>
        <translation>een JSON-lijst van {hand, of, verdict, factor, max_abs_diff} printen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the forward pass and the backward pass as a traceback</source>
        <translation>druk de voorwaartse en de achterwaartse pass af als een traceback</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the stable JSON contract instead</source>
        <translation>druk in plaats daarvan het stabiele JSON-formaat af</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>save a PNG of the window and exit</source>
        <translation>sla een PNG van het venster op en sluit af</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>scale the diagram&apos;s type (0.5 to 3)</source>
        <translation>de lettergrootte van het diagram schalen (0.5 tot 3)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>the language of the narration: en, nl, ja, ca or ko</source>
        <translation>de taal van de vertelling: en, nl, ja, ca of ko</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>the variable that holds the loss, when it is not the one backward() is called on or named loss</source>
        <translation>de variabele met de loss, als dat niet de variabele is waarop backward() wordt aangeroepen of die loss heet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>top to bottom, left to right, or auto: whichever fills a slide better</source>
        <translation>van boven naar beneden, van links naar rechts, of auto: wat een dia het best vult</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>use a preset instead of a program</source>
        <translation>gebruik een voorbeeld in plaats van een programma</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>visualgrad: no display found. Use &apos;visualgrad trace TEXT&apos; in a terminal, or set QT_QPA_PLATFORM=offscreen with --screenshot.</source>
        <translation>visualgrad: geen beeldscherm gevonden. Gebruik &apos;visualgrad trace TEKST&apos; in een terminal, of zet QT_QPA_PLATFORM=offscreen met --screenshot.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>visualgrad: translations need PySide6; printing in English</source>
        <translation>visualgrad: vertalingen hebben PySide6 nodig; de uitvoer is in het Engels</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>write a printable worksheet with an answer key instead of asking</source>
        <translation>schrijf een afdrukbaar oefenblad met antwoorden in plaats van te vragen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: not a UTF-8 text file</source>
        <translation>{path}: geen UTF-8-tekstbestand</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: the file is too large to be a program</source>
        <translation>{path}: het bestand is te groot voor een programma</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>JSON data (numbers, text, lists)</source>
        <translation>JSON-gegevens (getallen, tekst, lijsten)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a document holds either a program or a preset, not both</source>
        <translation>een document bevat óf een programma óf een voorbeeld, niet beide</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a finite number</source>
        <translation>een eindig getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a number from {lo} to {hi}</source>
        <translation>een getal van {lo} tot en met {hi}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a number or a list of numbers</source>
        <translation>een getal of een lijst van getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a preset name</source>
        <translation>de naam van een voorbeeld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a theme name</source>
        <translation>de naam van een thema</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 0</source>
        <translation>een geheel getal vanaf 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1</source>
        <translation>een geheel getal vanaf 1</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1 to {hi}</source>
        <translation>een geheel getal van 1 tot en met {hi}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an input value has an empty name</source>
        <translation>een invoerwaarde heeft een lege naam</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of input values</source>
        <translation>een object met invoerwaarden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of parameters</source>
        <translation>een object met parameters</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of view options</source>
        <translation>een object met weergaveopties</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>could not read the file: {reason}</source>
        <translation>kon het bestand niet lezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/recovery.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>could not save: {reason}</source>
        <translation>kon niet opslaan: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>the document is larger than {limit} MB and could not be saved; use smaller tensors</source>
        <translation>het document is groter dan {limit} MB en kon niet worden opgeslagen; gebruik kleinere tensors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the document must hold either a program (“text”) or a preset (“preset”), exactly one of them</source>
        <translation>het document moet een programma (“text”) of een voorbeeld (“preset”) bevatten, precies één van beide</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected}</source>
        <translation>het veld “{field}” moet {expected} zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected} (found {got})</source>
        <translation>het veld “{field}” moet {expected} zijn (gevonden: {got})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file does not exist (moved or deleted?)</source>
        <translation>het bestand bestaat niet (verplaatst of verwijderd?)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is cut short (truncated): it ends in the middle of the document. Was it copied or saved completely?</source>
        <translation>het bestand is afgekapt: het houdt midden in het document op. Is het volledig gekopieerd of opgeslagen?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: data nested too deeply</source>
        <translation>het bestand is beschadigd: gegevens te diep genest</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: invalid JSON at line {line}, column {column}</source>
        <translation>het bestand is beschadigd: ongeldige JSON op regel {line}, kolom {column}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: {reason}</source>
        <translation>het bestand is beschadigd: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is too large to be a visualgrad document ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation>het bestand is te groot voor een visualgrad-document ({size:.1f} MB; de grens is {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the input “{name}” is not a rectangular tensor (its rows differ in length)</source>
        <translation>de invoer “{name}” is geen rechthoekige tensor (de rijen zijn niet even lang)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this file was made by a newer visualgrad (format {found}); this version reads format {supported}. Update visualgrad to open it.</source>
        <translation>dit bestand is gemaakt met een nieuwere visualgrad (formaat {found}); deze versie leest formaat {supported}. Werk visualgrad bij om het te openen.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is a folder, not a visualgrad document</source>
        <translation>dit is een map, geen visualgrad-document</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is JSON, but has no “format”: “visualgrad” marker)</source>
        <translation>dit is geen visualgrad-document (het is JSON, maar zonder de markering “format”: “visualgrad”)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is not JSON)</source>
        <translation>dit is geen visualgrad-document (het is geen JSON)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document: it is not UTF-8 text (byte {offset} is not valid UTF-8)</source>
        <translation>dit is geen visualgrad-document: het is geen UTF-8-tekst (byte {offset} is geen geldige UTF-8)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>you are not allowed to read this file</source>
        <translation>je hebt geen toestemming om dit bestand te lezen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>{name} is not allowed in a document</source>
        <translation>{name} is niet toegestaan in een document</translation>
    </message>
</context>
<context>
    <name>lang</name>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source> — did you mean &apos;{name}&apos;?</source>
        <translation> — bedoel je &apos;{name}&apos;?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;*&apos; unpacking goes in a list, a tuple or a call&apos;s arguments</source>
        <translation>uitpakken met &apos;*&apos; kan in een lijst, een tuple of de argumenten van een aanroep</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <source>&apos;**&apos; in a dict is not part of the language</source>
        <translation>&apos;**&apos; in een dict hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;**&apos; needs a dict</source>
        <translation>&apos;**&apos; heeft een dict nodig</translation>
    </message>
    <message>
        <source>&apos;.{name}&apos; is a method: write .{name}()</source>
        <translation type="vanished">&apos;.{name}&apos; is een methode: schrijf .{name}()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>&apos;.{name}&apos; is not something visualgrad knows</source>
        <translation>&apos;.{name}&apos; kent visualgrad niet</translation>
    </message>
    <message>
        <source>&apos;.{name}()&apos; takes no arguments</source>
        <translation type="vanished">&apos;.{name}()&apos; heeft geen argumenten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>&apos;/&apos; in parameters is not part of the language</source>
        <translation>&apos;/&apos; in parameters hoort niet bij de taal</translation>
    </message>
    <message>
        <source>&apos;//&apos; (whole-number division) is not part of the language: use /</source>
        <translation type="vanished">&apos;//&apos; (geheeltallige deling) hoort niet bij de taal: gebruik /</translation>
    </message>
    <message>
        <source>&apos;:&apos; is not part of the language (no lambdas, slices, := or blocks)</source>
        <translation type="vanished">&apos;:&apos; hoort niet bij de taal (geen lambda’s, slices, := of blokken)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;:=&apos; is not part of the language</source>
        <translation>&apos;:=&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>&apos;:{spec}&apos; does not format {kind}</source>
        <translation>&apos;:{spec}&apos; kan {kind} niet opmaken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;break&apos; outside a loop</source>
        <translation>&apos;break&apos; buiten een lus</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;continue&apos; outside a loop</source>
        <translation>&apos;continue&apos; buiten een lus</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;else&apos; after a loop is not part of the language</source>
        <translation>&apos;else&apos; na een lus hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;global&apos; is not part of the language</source>
        <translation>&apos;global&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;import *&apos; is not part of the language</source>
        <translation>&apos;import *&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;in&apos; works on lists, tuples, dicts and text here</source>
        <translation>&apos;in&apos; werkt hier op lijsten, tuples, dicts en tekst</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;nonlocal&apos; is not part of the language</source>
        <translation>&apos;nonlocal&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;return&apos; outside a function</source>
        <translation>&apos;return&apos; buiten een functie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; object has no attribute &apos;{name}&apos;</source>
        <translation>een &apos;{cls}&apos;-object heeft geen attribuut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{cls}&apos; objects cannot be called: give the class a __call__ or forward method</source>
        <translation>&apos;{cls}&apos;-objecten kunnen niet worden aangeroepen: geef de klasse een methode __call__ of forward</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; objects cannot be looped over</source>
        <translation>over &apos;{cls}&apos;-objecten kan niet worden geïtereerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; ({name}) is not allowed in names; use plain letters a–z</source>
        <translation>&apos;{c}&apos; ({name}) is niet toegestaan in namen; gebruik gewone letters a–z</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; is not part of the language</source>
        <translation>&apos;{c}&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <source>&apos;{c}&apos; looks like &apos;{ascii}&apos; but is a different character; type &apos;{ascii}&apos;</source>
        <translation type="vanished">&apos;{c}&apos; lijkt op &apos;{ascii}&apos; maar is een ander teken; typ &apos;{ascii}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;{kind}&apos; is not part of the language</source>
        <translation>&apos;{kind}&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is Python, not part of visualgrad&apos;s language: write one computation, one statement per line</source>
        <translation type="vanished">&apos;{kw}&apos; is Python en hoort niet bij de taal van visualgrad: schrijf één berekening, één opdracht per regel</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{kw}&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; calls itself; recursion is not part of the language</source>
        <translation>&apos;{name}&apos; roept zichzelf aan; recursie hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; cannot be imported yet in visualgrad</source>
        <translation>&apos;{name}&apos; kan in visualgrad nog niet worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>&apos;{name}&apos; cannot be set on a tensor</source>
        <translation>&apos;{name}&apos; kan niet worden ingesteld op een tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>&apos;{name}&apos; is not defined before .backward()</source>
        <translation>&apos;{name}&apos; is niet gedefinieerd vóór .backward()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>&apos;{name}&apos; is not something visualgrad can compute</source>
        <translation>&apos;{name}&apos; kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not something visualgrad knows</source>
        <translation type="vanished">&apos;{name}&apos; kent visualgrad niet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>&apos;{name}&apos; is used on line {line} before it is given a value here</source>
        <translation>&apos;{name}&apos; wordt op regel {line} gebruikt voordat het hier een waarde krijgt</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; only makes sense as dtype=...</source>
        <translation type="vanished">&apos;{name}&apos; heeft alleen zin als dtype=...</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not compare {a} and {b}</source>
        <translation>&apos;{op}&apos; kan {a} en {b} niet vergelijken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not work between {a} and {b}</source>
        <translation>&apos;{op}&apos; werkt niet tussen {a} en {b}</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{op}&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language: write the new value out, as in a = a {short} 1</source>
        <translation type="vanished">&apos;{op}&apos; hoort niet bij de taal: schrijf de nieuwe waarde uit, zoals a = a {short} 1</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;~&apos; is not part of the language</source>
        <translation>&apos;~&apos; hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Dropout masks are visualgrad&apos;s own random draws (seeded by torch.manual_seed), not PyTorch&apos;s; the gradients are exact for the units shown as dropped</source>
        <translation>Dropout-maskers zijn willekeurige trekkingen van visualgrad zelf (met de seed van torch.manual_seed), niet die van PyTorch; de gradiënten zijn exact voor de eenheden die als uitgeschakeld worden getoond</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected more than 1 value per channel when training, got input size torch.Size({size})</source>
        <translation>Bij training is meer dan 1 waarde per kanaal nodig, maar de invoer heeft grootte torch.Size({size})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected {name} to be of same shape as normalized_shape, but got {name} of shape {got} and normalized_shape = {shape}</source>
        <translation>{name} moet dezelfde vorm hebben als normalized_shape, maar {name} heeft vorm {got} en normalized_shape = {shape}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>F.batch_norm takes an input of shape (N, C, ...), not shape {s}</source>
        <translation>F.batch_norm verwacht invoer met vorm (N, C, ...), niet vorm {s}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy: de vorm {t} van de target moet gelijk zijn aan die van de invoer, {x}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy_with_logits: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy_with_logits: de vorm {t} van de target moet gelijk zijn aan die van de invoer, {x}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.cross_entropy is accepted with class-index targets (int64), not probabilities</source>
        <translation>F.cross_entropy werkt met targets als klasse-indices (int64), niet met kansen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.embedding&apos;s weight must be 2-D (num_embeddings, embedding_dim)</source>
        <translation>het gewicht van F.embedding moet 2-D zijn (num_embeddings, embedding_dim)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.gelu&apos;s approximate is &apos;none&apos; or &apos;tanh&apos;</source>
        <translation>F.gelu: approximate is &apos;none&apos; of &apos;tanh&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.linear&apos;s weight must be 2-D (out_features, in_features)</source>
        <translation>F.linear: het gewicht moet 2-D zijn (out_features, in_features)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot takes a tensor of class indices (int64)</source>
        <translation>F.one_hot verwacht een tensor met klasse-indices (int64)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot: class values must be from 0 to {top}</source>
        <translation>F.one_hot: klassewaarden moeten van 0 tot {top} lopen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.{name}(inplace=True) changes its input in place; visualgrad shows the result as a new node</source>
        <translation>F.{name}(inplace=True) wijzigt zijn invoer in-place; visualgrad toont het resultaat als een nieuw knooppunt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Given normalized_shape={shape}, expected input with shape [*, {last}], but got input of size{size}</source>
        <translation>Met normalized_shape={shape} wordt invoer met vorm [*, {last}] verwacht, maar de invoer heeft grootte{size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>MLP takes the input size and a list of layer sizes</source>
        <translation>MLP verwacht de invoergrootte en een lijst met laaggroottes</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>Nesterov momentum requires a momentum and zero dampening</source>
        <translation>Nesterov-momentum vereist een momentum en een dampening van nul</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors appears to not have been used in the graph</source>
        <translation>Een van de gedifferentieerde tensors lijkt niet in de graaf te zijn gebruikt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors does not require grad</source>
        <translation>Een van de gedifferentieerde tensors heeft geen requires_grad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Padding_idx must be within num_embeddings</source>
        <translation>padding_idx moet binnen num_embeddings liggen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>Random numbers from torch (torch.randn, torch.rand, ...) are visualgrad&apos;s own seeded values, not PyTorch&apos;s numbers; every gradient is exact for the numbers shown.</source>
        <translation>Willekeurige getallen van torch (torch.randn, torch.rand, ...) zijn eigen waarden van visualgrad met een vaste seed, niet de getallen van PyTorch; elke gradiënt is exact voor de getoonde getallen.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>Shape of weight does not match num_embeddings and embedding_dim</source>
        <translation>De vorm van het gewicht past niet bij num_embeddings en embedding_dim</translation>
    </message>
    <message>
        <source>True and False only go in requires_grad=...</source>
        <translation type="vanished">True en False horen alleen bij requires_grad=...</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>Value takes a number</source>
        <translation>Value verwacht een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>a Neuron takes a list of inputs</source>
        <translation>een Neuron verwacht een lijst met invoerwaarden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value has data, grad and label; &apos;{name}&apos; cannot be set</source>
        <translation>een Value heeft data, grad en label; &apos;{name}&apos; kan niet worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s data is a number</source>
        <translation>de data van een Value is een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s grad is a number</source>
        <translation>de grad van een Value is een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a class can only be based on another class, such as nn.Module</source>
        <translation>een klasse kan alleen gebaseerd zijn op een andere klasse, zoals nn.Module</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a for loop</source>
        <translation>een for-lus</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number</source>
        <translation>een lijst wordt geïndexeerd met een geheel getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number or a slice</source>
        <translation>een lijst wordt geïndexeerd met een geheel getal of een slice</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>a list of more than {n} items</source>
        <translation>een lijst met meer dan {n} elementen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a single number cannot be looped over</source>
        <translation>over een los getal kan niet worden geïtereerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor</source>
        <translation>een tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor and {kind} cannot be combined here</source>
        <translation>een tensor en {kind} kunnen hier niet worden gecombineerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor that requires grad can be changed in place only inside &apos;with torch.no_grad():&apos; (PyTorch refuses it too)</source>
        <translation>een tensor met requires_grad kan alleen in-place worden gewijzigd binnen &apos;with torch.no_grad():&apos; (ook PyTorch weigert dat)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>a tensor that requires grad cannot be changed in place while gradients are recorded</source>
        <translation>een tensor met requires_grad kan niet in-place worden gewijzigd terwijl gradiënten worden bijgehouden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>a tensor with {n} elements cannot be converted to a number with .item()</source>
        <translation>een tensor met {n} elementen kan niet met .item() naar een getal worden omgezet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor with {n} values is neither true nor false</source>
        <translation>een tensor met {n} waarden is waar noch onwaar</translation>
    </message>
    <message>
        <source>a torch.autograd.Function with a backward of your own is not part of the language</source>
        <translation type="vanished">een torch.autograd.Function met een eigen backward hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_methods.py"/>
        <source>a.item() needs an array of one element</source>
        <translation>a.item() heeft een array met één element nodig</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>abs() of {kind}</source>
        <translation>abs() van {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>an array</source>
        <translation>een array</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>an array of shape {shape} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>een array met vorm {shape} kan niet worden opgemaakt met &apos;:{spec}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>an assert that visualgrad could not evaluate was skipped (line {line})</source>
        <translation>een assert die visualgrad niet kon evalueren is overgeslagen (regel {line})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>async is not part of the language</source>
        <translation>async hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>attributes of a NumPy array cannot be set</source>
        <translation>attributen van een NumPy-array kunnen niet worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>attributes of {kind} cannot be set</source>
        <translation>attributen van {kind} kunnen niet worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>attributes of {what} cannot be set here</source>
        <translation>attributen van {what} kunnen hier niet worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>attributes starting with &apos;__&apos; are not part of the language</source>
        <translation>attributen die met &apos;__&apos; beginnen horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>await is not part of the language</source>
        <translation>await hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>axis {k} is out of bounds for an array of {n} dimensions</source>
        <translation>as {k} valt buiten het bereik voor een array met {n} dimensies</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() could not run: {e}</source>
        <translation>backward() kon niet worden uitgevoerd: {e}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() needs gradient=... for a tensor of {n} values (PyTorch: grad can be implicitly created only for scalar outputs)</source>
        <translation>backward() heeft voor een tensor met {n} waarden een gradiënt nodig via gradient=... (PyTorch: grad can be implicitly created only for scalar outputs)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>backward(create_graph=True) (gradiënten van gradiënten) kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(gradient=...) needs a gradient of shape {want}, not {got}</source>
        <translation>backward(gradient=...) heeft een gradiënt met vorm {want} nodig, niet {got}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(inputs=...) is not something visualgrad computes</source>
        <translation>backward(inputs=...) kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>batch_norm eps must be positive during training and non-negative otherwise, but got {eps}</source>
        <translation>eps van batch_norm moet positief zijn tijdens training en anders niet negatief, maar is {eps}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>calls nest more than {n} deep</source>
        <translation>aanroepen zijn meer dan {n} niveaus diep genest</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>numpy() kan niet worden aangeroepen op een tensor met requires_grad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>casting a tensor that requires grad to {tag} cuts the graph</source>
        <translation>een tensor met requires_grad omzetten naar {tag} knipt de graaf door</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>changing a computed tensor in place is not something visualgrad shows</source>
        <translation>een berekende tensor in-place wijzigen kan visualgrad niet tonen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>class &apos;{cls}&apos; has no attribute &apos;{name}&apos;</source>
        <translation>klasse &apos;{cls}&apos; heeft geen attribuut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>clip() missing 1 required positional argument: &apos;{name}&apos;</source>
        <translation>clip() mist 1 verplicht positioneel argument: &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>comparisons such as &apos;{op}&apos; are not part of the language</source>
        <translation type="vanished">vergelijkingen zoals &apos;{op}&apos; horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.save_for_backward takes tensors</source>
        <translation>ctx.save_for_backward verwacht tensors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.{name} cannot be set</source>
        <translation>ctx.{name} kan niet worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>decorators are not part of the language</source>
        <translation>decorators horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>del is not part of the language</source>
        <translation>del hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>detach_() changes a tensor in place; visualgrad shows the cut with detach()</source>
        <translation>detach_() wijzigt een tensor in-place; visualgrad toont het doorknippen met detach()</translation>
    </message>
    <message>
        <source>dict comprehensions are not part of the language</source>
        <translation type="vanished">dict-comprehensions horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>dict keys are numbers or text here</source>
        <translation>dict-sleutels zijn hier getallen of tekst</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>dimension {d} is out of range for a tensor of {n} dimensions</source>
        <translation>dimensie {d} valt buiten het bereik voor een tensor met {n} dimensies</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>division by zero (Python numbers; a tensor would give inf)</source>
        <translation>deling door nul (Python-getallen; een tensor zou inf geven)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>dropout probability has to be between 0 and 1, but got {p}</source>
        <translation>de dropout-kans moet tussen 0 en 1 liggen, maar is {p}</translation>
    </message>
    <message>
        <source>empty parentheses: put an expression inside</source>
        <translation type="vanished">lege haakjes: zet er een expressie tussen</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; on line {line}, column {column}</source>
        <translation type="vanished">&apos;)&apos; verwacht om de &apos;(&apos; op regel {line}, kolom {column} te sluiten</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; between arguments</source>
        <translation type="vanished">&apos;,&apos; of &apos;)&apos; verwacht tussen argumenten</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation type="vanished">&apos;,&apos; of &apos;]&apos; verwacht in de lijst</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; on line {line}, column {column}</source>
        <translation type="vanished">&apos;]&apos; verwacht om de &apos;[&apos; op regel {line}, kolom {column} te sluiten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>expected 2D or 3D input (got {n}D input)</source>
        <translation>2D- of 3D-invoer verwacht ({n}D-invoer gekregen)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected True or False here</source>
        <translation>hier werd True of False verwacht</translation>
    </message>
    <message>
        <source>expected a method name after &apos;.&apos;</source>
        <translation type="vanished">na &apos;.&apos; werd een methodenaam verwacht</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a number or a tensor here, not {kind}</source>
        <translation>hier werd een getal of een tensor verwacht, niet {kind}</translation>
    </message>
    <message>
        <source>expected a number, a name or &apos;(&apos; but found &apos;{text}&apos;</source>
        <translation type="vanished">een getal, een naam of &apos;(&apos; verwacht, maar &apos;{text}&apos; gevonden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a whole number here</source>
        <translation>hier werd een geheel getal verwacht</translation>
    </message>
    <message>
        <source>expected an expression after &apos;=&apos;</source>
        <translation type="vanished">na &apos;=&apos; werd een expressie verwacht</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>generator= takes a torch.Generator()</source>
        <translation>generator= verwacht een torch.Generator()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>generators (yield) are not part of the language</source>
        <translation>generators (yield) horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>grad can be implicitly created only for scalar outputs</source>
        <translation>een gradiënt kan alleen impliciet worden aangemaakt voor scalaire uitvoer</translation>
    </message>
    <message>
        <source>import {module} is not needed and is ignored</source>
        <translation type="vanished">import {module} is niet nodig en wordt genegeerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>imports are limited to torch, numpy, math, random and micrograd; &apos;{name}&apos; is not one of them</source>
        <translation>importeren kan alleen uit torch, numpy, math, random en micrograd; &apos;{name}&apos; hoort daar niet bij</translation>
    </message>
    <message>
        <source>imports are not part of the language; only &apos;import torch&apos;, &apos;import numpy as np&apos; and &apos;import math&apos; are accepted (and ignored)</source>
        <translation type="vanished">imports horen niet bij de taal; alleen &apos;import torch&apos;, &apos;import numpy as np&apos; en &apos;import math&apos; worden geaccepteerd (en genegeerd)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>in place, the result must keep the shape {shape}</source>
        <translation>bij een in-place bewerking moet het resultaat de vorm {shape} houden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>index {i} is out of range (length {n})</source>
        <translation>index {i} valt buiten het bereik (lengte {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>index {i} is out of range for {size}</source>
        <translation>index {i} valt buiten het bereik voor {size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>index {i} is out of range for {what} of {n} modules</source>
        <translation>index {i} valt buiten het bereik voor {what} met {n} modules</translation>
    </message>
    <message>
        <source>indexing with [...] is not supported; give each value its own name</source>
        <translation type="vanished">indexeren met [...] wordt niet ondersteund; geef elke waarde een eigen naam</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>invalid format &apos;:{spec}&apos; for a number</source>
        <translation>ongeldige opmaak &apos;:{spec}&apos; voor een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>items of {kind} cannot be set</source>
        <translation>elementen van {kind} kunnen niet worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>items of {what} cannot be set</source>
        <translation>elementen van {what} kunnen niet worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>label_smoothing is not something visualgrad computes yet</source>
        <translation>label_smoothing kan visualgrad nog niet berekenen</translation>
    </message>
    <message>
        <source>lambda is not part of the language</source>
        <translation type="vanished">lambda hoort niet bij de taal</translation>
    </message>
    <message>
        <source>lambda is not part of the language: write the expression out</source>
        <translation type="vanished">lambda hoort niet bij de taal: schrijf de expressie uit</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>len() of a 0-d tensor</source>
        <translation>len() van een 0-d-tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>line {line}, column {column}: {message}</source>
        <translation>regel {line}, kolom {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>list entries must be numbers, as in [[0.5, -0.2], [0.1, 0.4]]</source>
        <translation>lijstelementen moeten getallen zijn, zoals in [[0.5, -0.2], [0.1, 0.4]]</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>match is not part of the language</source>
        <translation>match hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.factorial takes a whole number from 0 to 1000</source>
        <translation>math.factorial verwacht een geheel getal van 0 tot 1000</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.fsum takes a list of numbers</source>
        <translation>math.fsum verwacht een lijst met getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.log: {error}</source>
        <translation>math.log: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.pow: {error}</source>
        <translation>math.pow: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.prod takes a list of numbers</source>
        <translation>math.prod verwacht een lijst met getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.{name}: {error}</source>
        <translation>math.{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul (@) multiplies vectors and matrices, but shapes {a} and {b} include a single number: use * to multiply by a number</source>
        <translation>matmul (@) vermenigvuldigt vectoren en matrices, maar bij de vormen {a} en {b} zit een los getal: gebruik * om met een getal te vermenigvuldigen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul: shapes {a} and {b} do not line up (columns of the left must equal rows of the right)</source>
        <translation>matmul: vormen {a} en {b} passen niet (het aantal kolommen links moet gelijk zijn aan het aantal rijen rechts)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>metaclasses and class keywords are not part of the language</source>
        <translation>metaklassen en klasse-keywords horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value combines with numbers and Values, not this</source>
        <translation>de Value van micrograd combineert met getallen en Values, niet hiermee</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value supports only int/float powers</source>
        <translation>de Value van micrograd ondersteunt alleen machten met een int of float als exponent</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>names starting with &apos;__&apos; are reserved</source>
        <translation>namen die met &apos;__&apos; beginnen zijn gereserveerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Embedding starts from visualgrad&apos;s own seeded weights, N(0, 1) as in PyTorch, but not PyTorch&apos;s numbers. The gradients shown are exact for these weights.</source>
        <translation>nn.Embedding begint met visualgrads eigen geseede gewichten, N(0, 1) zoals in PyTorch, maar niet de getallen van PyTorch. De getoonde gradiënten zijn exact voor deze gewichten.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear starts from visualgrad&apos;s own seeded weights: He (Kaiming) normal, N(0, 2/in_features), with zero biases — not PyTorch&apos;s numbers, nor its default U(−1/√in, 1/√in) start. The gradients shown are exact for these weights.</source>
        <translation>nn.Linear begint met eigen gewichten van visualgrad met een vaste seed: He (Kaiming) normaal, N(0, 2/in_features), met biases op nul — niet de getallen van PyTorch, en ook niet zijn standaardstart U(−1/√in, 1/√in). De getoonde gradiënten zijn exact voor deze gewichten.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}) takes inputs whose last size is {i}, not shape {s}</source>
        <translation>nn.Linear({i}, {o}) verwacht invoer waarvan de laatste grootte {i} is, niet vorm {s}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}): sizes must be from 1 up to a million weights</source>
        <translation>nn.Linear({i}, {o}): de groottes moeten samen 1 tot een miljoen gewichten opleveren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Module.__init__() takes no arguments</source>
        <translation>nn.Module.__init__() verwacht geen argumenten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList cannot be called; loop over it</source>
        <translation>nn.ModuleList kan niet worden aangeroepen; itereer eroverheen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList takes a list of modules</source>
        <translation>nn.ModuleList verwacht een lijst met modules</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Parameter takes a tensor</source>
        <translation>nn.Parameter verwacht een tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init.constant_ takes a number</source>
        <translation>nn.init.constant_ verwacht een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init: unknown nonlinearity {n!r}</source>
        <translation>nn.init: onbekende nonlinearity {n!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>nothing to compute yet: type an expression such as L = 2*(x**2 + exp(x))</source>
        <translation>nog niets te berekenen: typ een expressie zoals L = 2*(x**2 + exp(x))</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/__init__.py"/>
        <source>nothing to draw: the program computes no tensor</source>
        <translation>niets te tekenen: het programma berekent geen tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange takes one to three numbers</source>
        <translation>np.arange verwacht één tot drie getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: the step cannot be 0</source>
        <translation>np.arange: de stap mag niet 0 zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: too many numbers to draw</source>
        <translation>np.arange: te veel getallen om te tekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.dot of arrays with more than two dimensions is not something visualgrad computes</source>
        <translation>np.dot van arrays met meer dan twee dimensies kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>np.empty laat zijn getallen onbepaald; visualgrad toont nullen totdat ze worden ingevuld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.eye: too many numbers to draw</source>
        <translation>np.eye: te veel getallen om te tekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.linalg.norm is accepted for vector norms (ord None, 1, 2, inf) and the Frobenius norm</source>
        <translation>np.linalg.norm werkt hier voor vectornormen (ord None, 1, 2, inf) en de Frobeniusnorm</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace is accepted with numbers for start and stop</source>
        <translation>np.linspace werkt hier met getallen voor start en stop</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace: num must be from 0 to 10,000,000</source>
        <translation>np.linspace: num moet van 0 tot 10.000.000 zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.matmul: a scalar is not a matrix</source>
        <translation>np.matmul: een scalair is geen matrix</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>np.random is used without np.random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>np.random wordt gebruikt zonder np.random.seed(...): visualgrad gebruikt seed 0, dus de getallen zijn bij elke run hetzelfde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.default_rng() without a seed would draw different numbers on every run</source>
        <translation>np.random.default_rng() zonder seed zou bij elke run andere getallen trekken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.randint: high must be greater than low</source>
        <translation>np.random.randint: high moet groter zijn dan low</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.seed() without a number would draw different numbers on every run</source>
        <translation>np.random.seed() zonder getal zou bij elke run andere getallen trekken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.shuffle takes an array or a list</source>
        <translation>np.random.shuffle verwacht een array of een lijst</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.reshape needs a shape (order &apos;C&apos;)</source>
        <translation>np.reshape heeft een vorm nodig (order &apos;C&apos;)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.transpose&apos;s axes are a tuple, one per dimension</source>
        <translation>np.transpose: axes is een tuple, met één waarde per dimensie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.where is accepted with three arguments</source>
        <translation>np.where werkt hier met drie argumenten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes a number or an array</source>
        <translation>np.{name} verwacht een getal of een array</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes one number</source>
        <translation>np.{name} verwacht één getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(initial=..., where=...) is not something visualgrad computes</source>
        <translation>np.{name}(initial=..., where=...) kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(out=...) writes into another array; visualgrad shows results as new nodes</source>
        <translation>np.{name}(out=...) schrijft in een andere array; visualgrad toont resultaten als nieuwe knooppunten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>object.__init__() takes no arguments</source>
        <translation>object.__init__() verwacht geen argumenten</translation>
    </message>
    <message>
        <source>one &apos;=&apos; per statement: give each value its own line</source>
        <translation type="vanished">één &apos;=&apos; per opdracht: geef elke waarde een eigen regel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>one context per &apos;with&apos;, as in: with torch.no_grad():</source>
        <translation>één context per &apos;with&apos;, zoals in: with torch.no_grad():</translation>
    </message>
    <message>
        <source>only a plain name can be assigned to, as in &apos;a = x**2&apos;</source>
        <translation type="vanished">alleen aan een gewone naam kan iets worden toegekend, zoals in &apos;a = x**2&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>only a tensor of one value converts to a Python number</source>
        <translation>alleen een tensor met één waarde kan naar een Python-getal worden omgezet</translation>
    </message>
    <message>
        <source>only functions can be called, as in exp(x)</source>
        <translation type="vanished">alleen functies kunnen worden aangeroepen, zoals in exp(x)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only names, attributes and items can be assigned to</source>
        <translation>alleen aan namen, attributen en elementen kan een waarde worden toegekend</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only one &apos;*&apos; name in an unpacking</source>
        <translation>bij uitpakken mag maar één naam een &apos;*&apos; hebben</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>only tensors of floating point dtype can require gradients</source>
        <translation>alleen tensors met een floating-point-dtype kunnen gradiënten vereisen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>only torch.no_grad() and similar go in a with statement here</source>
        <translation>in een with-statement hoort hier alleen torch.no_grad() of iets vergelijkbaars</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>optimizer.step(closure) is not something visualgrad runs</source>
        <translation>een stap met optimizer.step(closure) voert visualgrad niet uit</translation>
    </message>
    <message>
        <source>positional arguments must come before keyword arguments</source>
        <translation type="vanished">positionele argumenten moeten vóór trefwoordargumenten komen</translation>
    </message>
    <message>
        <source>print(...) is skipped: the graph shows every value</source>
        <translation type="vanished">print(...) wordt overgeslagen: de graaf toont elke waarde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>raise is not part of the language</source>
        <translation>raise hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>random is used without random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>random wordt gebruikt zonder random.seed(...): visualgrad gebruikt seed 0, dus de getallen zijn bij elke run hetzelfde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: k is too large</source>
        <translation>random.choices: k is te groot</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: {error}</source>
        <translation>random.choices: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randint({a}, {b}): the range is empty</source>
        <translation>random.randint({a}, {b}): het bereik is leeg</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randrange: {error}</source>
        <translation>random.randrange: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.sample: k must be from 0 to the population&apos;s size</source>
        <translation>random.sample: k moet van 0 tot de grootte van de populatie zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed takes a number or a string</source>
        <translation>random.seed verwacht een getal of een string</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed() without a number would draw different numbers on every run</source>
        <translation>random.seed() zonder getal zou bij elke run andere getallen trekken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.shuffle takes a list (it shuffles it in place)</source>
        <translation>random.shuffle verwacht een lijst (en schudt die ter plekke)</translation>
    </message>
    <message>
        <source>reading .grad is skipped: the graph shows every gradient</source>
        <translation type="vanished">het lezen van .grad wordt overgeslagen: de graaf toont elke gradiënt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>reduction must be &apos;mean&apos;, &apos;sum&apos; or &apos;none&apos;, not {r!r}</source>
        <translation>reduction moet &apos;mean&apos;, &apos;sum&apos; of &apos;none&apos; zijn, niet {r!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer is for a module class of your own</source>
        <translation>register_buffer is voor een eigen moduleklasse</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a name without dots</source>
        <translation>register_buffer verwacht een naam zonder punten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a tensor or None</source>
        <translation>register_buffer verwacht een tensor of None</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>relative imports are not part of the language</source>
        <translation>relatieve imports horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>remove the @ line</source>
        <translation>haal de regel met @ weg</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>remove the try: and keep its body</source>
        <translation>haal try: weg en houd de inhoud ervan</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>requires_grad can only be changed on a tensor you made (a leaf), not on a computed one</source>
        <translation>requires_grad kan alleen worden gewijzigd op een tensor die je zelf hebt gemaakt (een leaf), niet op een berekende</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>return the new value</source>
        <translation>geef de nieuwe waarde terug met return</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>rng.integers: high must be greater than low</source>
        <translation>rng.integers: high moet groter zijn dan low</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>round() takes a number</source>
        <translation>round() verwacht een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>running_mean must be defined in evaluation mode</source>
        <translation>running_mean moet in evaluatiemodus gedefinieerd zijn</translation>
    </message>
    <message>
        <source>set comprehensions are not part of the language</source>
        <translation type="vanished">set-comprehensions horen niet bij de taal</translation>
    </message>
    <message>
        <source>set literals are not part of the language</source>
        <translation type="vanished">verzamelingsliteralen (sets) horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>size_average= and reduce= are PyTorch&apos;s old spelling; use reduction=</source>
        <translation>size_average= en reduce= zijn de oude schrijfwijze van PyTorch; gebruik reduction=</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>sorted() takes numbers or text here</source>
        <translation>sorted() verwacht hier getallen of tekst</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>super() has no attribute &apos;{name}&apos;</source>
        <translation>super() heeft geen attribuut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super() works inside a method of a class</source>
        <translation>super() werkt binnen een methode van een klasse</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super(Class, self) takes a class of the program and one of its instances</source>
        <translation>super(Class, self) verwacht een klasse van het programma en een van haar instanties</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>tensors used as indices must be long, int or bool tensors</source>
        <translation>tensors die als index worden gebruikt, moeten long-, int- of bool-tensors zijn</translation>
    </message>
    <message>
        <source>text in quotes is not part of the language</source>
        <translation type="vanished">tekst tussen aanhalingstekens hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>text wider than 10,000 characters</source>
        <translation>tekst breder dan 10.000 tekens</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the dict has no key {key!r}</source>
        <translation>de dict heeft geen sleutel {key!r}</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation type="vanished">de expressie houdt te vroeg op</translation>
    </message>
    <message>
        <source>the expression is nested too deeply (more than {limit} levels)</source>
        <translation type="vanished">de expressie is te diep genest (meer dan {limit} niveaus)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the indentation does not line up here ({detail})</source>
        <translation>de inspringing klopt hier niet ({detail})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the last statement only names a value; compute something from it, as in L = 2*x</source>
        <translation>de laatste opdracht noemt alleen een waarde; bereken er iets mee, zoals L = 2*x</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the number is too large for a float</source>
        <translation>het getal is te groot voor een float</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is nested too deeply (more than {limit} levels)</source>
        <translation>het programma is te diep genest (meer dan {limit} niveaus)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is too large (more than {limit} operations and values)</source>
        <translation>het programma is te groot (meer dan {limit} bewerkingen en waarden)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program needs more memory than this machine has</source>
        <translation>het programma heeft meer geheugen nodig dan deze computer heeft</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program nests calls too deeply</source>
        <translation>de aanroepen in het programma zijn te diep genest</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program runs more than {limit} statements; make the loop shorter</source>
        <translation>het programma voert meer dan {limit} opdrachten uit; maak de lus korter</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the rows of this list have different lengths</source>
        <translation>de rijen van deze lijst zijn niet even lang</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text contains a NUL byte</source>
        <translation>de tekst bevat een NUL-byte</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text is too long ({n} characters; the limit is {limit})</source>
        <translation>de tekst is te lang ({n} tekens; de grens is {limit})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the value given for &apos;{name}&apos; is not a number or a rectangular list of numbers</source>
        <translation>de waarde voor &apos;{name}&apos; is geen getal of rechthoekige lijst van getallen</translation>
    </message>
    <message>
        <source>there is no input named &apos;{name}&apos; to set</source>
        <translation type="vanished">er is geen invoer met de naam &apos;{name}&apos; om in te stellen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no input named &apos;{name}&apos; to set; the inputs are: {inputs}</source>
        <translation>er is geen invoer met de naam &apos;{name}&apos; om in te stellen; de invoer is: {inputs}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no tensor named &apos;{name}&apos; to use as the loss</source>
        <translation>er is geen tensor met de naam &apos;{name}&apos; om als loss te gebruiken</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this % formatting does not fit its values: {why}</source>
        <translation>deze %-opmaak past niet bij de waarden: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>this assert fails: the program would stop here</source>
        <translation>deze assert faalt: het programma zou hier stoppen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>this backward pass goes through a batch norm computed in eval mode, whose running statistics a later training call has changed (PyTorch would silently use the new numbers); call backward() before that training call, or compute the eval output under torch.no_grad()</source>
        <translation>deze achterwaartse pass gaat door een batch norm die in evaluatiemodus is berekend en waarvan een latere trainingsaanroep de lopende statistieken heeft veranderd (PyTorch zou stilzwijgend de nieuwe getallen gebruiken); roep backward() aan vóór die trainingsaanroep, of bereken de evaluatie-uitvoer onder torch.no_grad()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this could not be computed: {why}</source>
        <translation>dit kon niet worden berekend: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this gives a complex number, which visualgrad does not compute</source>
        <translation>dit levert een complex getal op, en dat berekent visualgrad niet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this graph has {n} nodes; the window draws at most {limit}. Use &apos;visualgrad trace&apos; for it</source>
        <translation>deze graaf heeft {n} knooppunten; het venster tekent er hoogstens {limit}. Gebruik er &apos;visualgrad trace&apos; voor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this is not valid Python: {detail}</source>
        <translation>dit is geen geldige Python-code: {detail}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this name is {n} characters long; names can have at most {limit}</source>
        <translation>deze naam is {n} tekens lang; een naam mag hoogstens {limit} tekens hebben</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this needs more memory than this machine has</source>
        <translation>hiervoor is meer geheugen nodig dan deze computer heeft</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>this operator is not part of the language</source>
        <translation>deze operator hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this program is too big to draw (the window draws at most {limit} nodes); use &apos;visualgrad trace&apos; for it</source>
        <translation>dit programma is te groot om te tekenen (het venster tekent hoogstens {limit} knooppunten); gebruik er &apos;visualgrad trace&apos; voor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this tensor does not require grad, so backward() has nothing to do (PyTorch refuses it too)</source>
        <translation>deze tensor heeft geen requires_grad, dus backward() heeft niets te doen (ook PyTorch weigert dat)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>this tensor does not require grad, so there is nothing to send back: none of the tensors it was computed from has requires_grad=True</source>
        <translation>deze tensor heeft geen requires_grad, dus er valt niets terug te sturen: geen van de tensors waaruit hij is berekend heeft requires_grad=True</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this text in quotes is not closed</source>
        <translation>deze tekst tussen aanhalingstekens is niet afgesloten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal</source>
        <translation>dit gehele getal zou te groot worden; schrijf een van de twee als decimaal getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal (2.0 ** 1000)</source>
        <translation>dit gehele getal zou te groot worden; schrijf een van de twee als decimaal getal (2.0 ** 1000)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this would make a list or text of {n} items; the limit is {limit}</source>
        <translation>dit zou een lijst of tekst van {n} elementen opleveren; de grens is {limit}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.Tensor(sizes) leaves its numbers unset; torch.Tensor takes a list of numbers</source>
        <translation>torch.Tensor(sizes) laat zijn getallen onbepaald; torch.Tensor verwacht een lijst met getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange takes finite numbers</source>
        <translation>torch.arange verwacht eindige getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: step must be nonzero</source>
        <translation>torch.arange: step (de stapgrootte) mag niet nul zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: {n} is too many numbers to draw</source>
        <translation>torch.arange: {n} is te veel getallen om te tekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.backward: grad_tensors needs one gradient per tensor</source>
        <translation>torch.autograd.backward: grad_tensors heeft één gradiënt per tensor nodig</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>torch.autograd.grad(create_graph=True) (gradiënten van gradiënten) kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad: grad_outputs needs one gradient per output</source>
        <translation>torch.autograd.grad: grad_outputs heeft één gradiënt per uitvoer nodig</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.{what}: {arg} must be a tensor or a list of tensors</source>
        <translation>torch.autograd.{what}: {arg} moet een tensor of een lijst met tensors zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.clamp needs min or max</source>
        <translation>torch.clamp heeft min of max nodig</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.device takes a name such as &quot;cpu&quot;</source>
        <translation>torch.device verwacht een naam zoals &quot;cpu&quot;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.div with rounding_mode has no gradient to show</source>
        <translation>torch.div met rounding_mode heeft geen gradiënt om te tonen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>torch.empty laat zijn getallen onbepaald; visualgrad toont nullen totdat ze worden ingevuld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.from_numpy takes a NumPy array</source>
        <translation>torch.from_numpy verwacht een NumPy-array</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.linspace: steps must be non-negative</source>
        <translation>torch.linspace: steps (het aantal stappen) mag niet negatief zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial takes a 1-d or 2-d tensor of weights ≥ 0</source>
        <translation>torch.multinomial verwacht een 1-d- of 2-d-tensor met gewichten ≥ 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial: each row needs weight, and without replacement at most as many samples as categories</source>
        <translation>torch.multinomial: elke rij heeft gewicht nodig, en zonder teruglegging hoogstens zoveel trekkingen als categorieën</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.normal is accepted with numbers and a size</source>
        <translation>torch.normal werkt hier met getallen en een size</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint takes (high, size) or (low, high, size)</source>
        <translation>torch.randint verwacht (high, size) of (low, high, size)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint: high must be greater than low</source>
        <translation>torch.randint: high moet groter zijn dan low</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.set_grad_enabled is accepted in a with statement</source>
        <translation>torch.set_grad_enabled werkt hier in een with-statement</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.where&apos;s condition must be a bool tensor, such as x &gt; 0</source>
        <translation>de voorwaarde van torch.where moet een bool-tensor zijn, zoals x &gt; 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name} takes one dim; for several use torch.a{name}</source>
        <translation>torch.{name} verwacht één dim; gebruik torch.a{name} voor meerdere</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name}() takes keepdim only with a dim</source>
        <translation>torch.{name}() accepteert keepdim alleen samen met een dim</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>try/except is not part of the language</source>
        <translation>try/except hoort niet bij de taal</translation>
    </message>
    <message>
        <source>tuples are not supported; use a list [a, b] for a tensor</source>
        <translation type="vanished">tuples worden niet ondersteund; gebruik een lijst [a, b] voor een tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>unary &apos;{op}&apos; does not work on {kind}</source>
        <translation>unaire &apos;{op}&apos; werkt niet op {kind}</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; after the end of the statement</source>
        <translation type="vanished">onverwachte &apos;{text}&apos; na het einde van de opdracht</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>unexpected character {c!r} ({name})</source>
        <translation>onverwacht teken {c!r} ({name})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>unknown function &apos;{name}&apos;</source>
        <translation>onbekende functie &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>unsupported format string passed to Tensor.__format__ (the tensor has shape {shape})</source>
        <translation>niet-ondersteunde opmaakstring doorgegeven aan Tensor.__format__ (de tensor heeft vorm {shape})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>unsupported format string passed to Value.__format__</source>
        <translation>niet-ondersteunde opmaakstring doorgegeven aan Value.__format__</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>visualgrad could not run this ({why}); please report it</source>
        <translation>visualgrad kon dit niet uitvoeren ({why}); meld dit alsjeblieft</translation>
    </message>
    <message>
        <source>write its forward with torch operations in a def, and autograd derives the backward</source>
        <translation type="vanished">schrijf de forward met torch-bewerkingen in een def; autograd leidt de backward af</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>write the numbers with a decimal point, e.g. 1.0</source>
        <translation>schrijf de getallen met een decimale punt, bijvoorbeeld 1.0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>writing a tensor that requires grad into another tensor is not something visualgrad shows</source>
        <translation>een tensor met requires_grad in een andere tensor schrijven kan visualgrad niet tonen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.T on a tensor of {n} dimensions is not something visualgrad computes</source>
        <translation>x.T op een tensor met {n} dimensies kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.data can be set to a tensor</source>
        <translation>x.data kan op een tensor worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.grad can be set to None or to a tensor of x&apos;s shape</source>
        <translation>x.grad kan op None worden ingesteld of op een tensor met de vorm van x</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.to() is accepted with a dtype or a device</source>
        <translation>x.to() werkt hier met een dtype of een device</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}() takes a tensor or a number</source>
        <translation>x.{name}() verwacht een tensor of een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}(): the result&apos;s shape {got} is not x&apos;s {want}</source>
        <translation>x.{name}(): de vorm {got} van het resultaat is niet die van x, {want}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>x[...] = ...: {error}</source>
        <translation>x[...] = ...: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{b} ** {k} is a complex number; micrograd&apos;s Value holds real numbers</source>
        <translation>{b} ** {k} is een complex getal; de Value van micrograd bevat reële getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls} needs a @staticmethod {name}(ctx, ...)</source>
        <translation>{cls} heeft een @staticmethod {name}(ctx, ...) nodig</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{cls}() takes no arguments</source>
        <translation>{cls}() verwacht geen argumenten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned a gradient of shape {got} for an input of shape {want}</source>
        <translation>{cls}.backward gaf een gradiënt met vorm {got} terug voor een invoer met vorm {want}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned {n} gradients; forward takes {m} arguments</source>
        <translation>{cls}.backward gaf {n} gradiënten terug; forward heeft {m} argumenten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.forward must return one tensor here</source>
        <translation>{cls}.forward moet hier één tensor teruggeven</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>{c} looks like {ascii} but is a different character; type {ascii}</source>
        <translation>{c} lijkt op {ascii} maar is een ander teken; typ {ascii}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{func}() has no option &apos;{name}&apos;</source>
        <translation>{func}() heeft geen optie &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{kind} cannot be called</source>
        <translation>{kind} kan niet worden aangeroepen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be indexed</source>
        <translation>{kind} kan niet worden geïndexeerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be looped over</source>
        <translation>over {kind} kan niet worden geïtereerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>{kind} has no attribute &apos;{name}&apos; here</source>
        <translation>{kind} heeft hier geen attribuut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{kind} has no len()</source>
        <translation>{kind} heeft geen len()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>{kind} values are not part of the language</source>
        <translation>waarden van het type {kind} horen niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>{message} — try: {hint}</source>
        <translation>{message} — probeer: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{name} should contain {c} elements not {n}</source>
        <translation>{name} moet {c} elementen bevatten, niet {n}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name} without dim= uses dim={d}, as PyTorch does (with a warning); write dim= to be sure</source>
        <translation>{name} zonder dim= gebruikt dim={d}, net als PyTorch (met een waarschuwing); schrijf dim= om zeker te zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() got &apos;{kw}&apos; twice: by position and by name</source>
        <translation>{name}() kreeg &apos;{kw}&apos; twee keer: via positie en via naam</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() got two values for &apos;{arg}&apos;</source>
        <translation>{name}() kreeg twee waarden voor &apos;{arg}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() has no parameter &apos;{arg}&apos;</source>
        <translation>{name}() heeft geen parameter &apos;{arg}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() has no parameter &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}() heeft geen parameter &apos;{kw}&apos;; de parameters zijn: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() is missing the argument &apos;{arg}&apos;</source>
        <translation>{name}() mist het argument &apos;{arg}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() needs the argument &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}() heeft het argument &apos;{kw}&apos; nodig; de parameters zijn: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() of an empty sequence</source>
        <translation>{name}() van een lege reeks</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}() of one tensor: write {name}(x, 0) for the larger of x and 0, or torch.{name}(x) for its largest value</source>
        <translation>{name}() van één tensor: schrijf {name}(x, 0) voor de grootste van x en 0, of torch.{name}(x) voor de grootste waarde erin</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() takes at most {most} positional arguments ({given} given); its parameters are: {params}</source>
        <translation>{name}() verwacht hoogstens {most} positionele argumenten ({given} gegeven); de parameters zijn: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() takes {n} positional arguments but {m} were given</source>
        <translation>{name}() verwacht {n} positionele argumenten, maar kreeg er {m}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() takes {want} argument(s), {given} given</source>
        <translation>{name}() verwacht {want} argument(en), {given} gegeven</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}(...) takes numbers, as in {name}([1.0, 2.0])</source>
        <translation>{name}(...) verwacht getallen, zoals in {name}([1.0, 2.0])</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}(key=...) is not part of the language</source>
        <translation>{name}(key=...) hoort niet bij de taal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name}(weight=...) is not something visualgrad computes yet</source>
        <translation>{name}(weight=...) kan visualgrad nog niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{name}.apply takes its arguments by position, as PyTorch&apos;s does</source>
        <translation>{name}.apply neemt zijn argumenten op positie, zoals bij PyTorch</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{n} names to unpack into, but {m} values</source>
        <translation>{n} namen om in uit te pakken, maar {m} waarden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{op}: axis {axis} does not exist for shape {shape}</source>
        <translation>{op}: as {axis} bestaat niet voor vorm {shape}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{op}: shapes {a} and {b} cannot be broadcast together</source>
        <translation>{op}: vormen {a} en {b} kunnen niet samen worden gebroadcast</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{v!r} is not a number</source>
        <translation>{v!r} is geen getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} can only optimize leaf tensors that require grad</source>
        <translation>{what} kan alleen leaf-tensors met requires_grad optimaliseren</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be called</source>
        <translation>{what} kan niet worden aangeroepen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>{what} kan niet worden opgemaakt met &apos;:{spec}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be indexed</source>
        <translation>{what} kan niet worden geïndexeerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be looped over</source>
        <translation>over {what} kan niet worden geïtereerd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be used in a with statement</source>
        <translation>{what} kan niet in een with-statement worden gebruikt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} does not support unary {op}</source>
        <translation>{what} ondersteunt geen unaire {op}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has .values and .indices, not &apos;{name}&apos;</source>
        <translation>{what} heeft .values en .indices, geen &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no attribute &apos;{name}&apos;</source>
        <translation>{what} heeft geen attribuut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no len()</source>
        <translation>{what} heeft geen len()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has two items: [0] the values and [1] the indices</source>
        <translation>{what} heeft twee elementen: [0] de waarden en [1] de indices</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>{what} holds modules (nn.Linear(...), nn.ReLU(), ...), not {kind}</source>
        <translation>{what} bevat modules (nn.Linear(...), nn.ReLU(), ...), niet {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} is called with one input list</source>
        <translation>{what} wordt aangeroepen met één lijst met invoerwaarden</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} is only used as a base class here</source>
        <translation>{what} wordt hier alleen als basisklasse gebruikt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what} moet een getal zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} must be a whole number from 0 to 10,000</source>
        <translation>{what} moet een geheel getal van 0 tot 10.000 zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} moet een geheel getal zijn, niet {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{what} of a tensor is not supported yet</source>
        <translation>{what} van een tensor wordt nog niet ondersteund</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes a list of arrays</source>
        <translation>{what} verwacht een lijst met arrays</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_shape.py"/>
        <source>{what} takes a list of tensors</source>
        <translation>{what} verwacht een lijst met tensors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} takes a list of tensors, such as model.parameters()</source>
        <translation>{what} verwacht een lijst met tensors, zoals model.parameters()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a non-empty list</source>
        <translation>{what} verwacht een niet-lege lijst</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number, not {kind}</source>
        <translation>{what} verwacht een getal, niet {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number; this tensor has {n} elements</source>
        <translation>{what} verwacht een getal; deze tensor heeft {n} elementen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what} takes a tensor</source>
        <translation>{what} verwacht een tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what} takes a tensor (a layer&apos;s weight or bias)</source>
        <translation>{what} verwacht een tensor (het gewicht of de bias van een laag)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes a tensor, not {kind}</source>
        <translation>{what} verwacht een tensor, niet {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes a whole number or a list of numbers</source>
        <translation>{what} verwacht een geheel getal of een lijst met getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes arrays or numbers</source>
        <translation>{what} verwacht arrays of getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes numbers</source>
        <translation>{what} verwacht getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes numbers or arrays</source>
        <translation>{what} verwacht getallen of arrays</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes numbers or lists of numbers, not {kind}</source>
        <translation>{what} verwacht getallen of lijsten met getallen, niet {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes whole numbers</source>
        <translation>{what} verwacht gehele getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes a torch tensor, not a NumPy array</source>
        <translation>{what}() verwacht een torch-tensor, geen NumPy-array</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes keepdim only with a dim</source>
        <translation>{what}() accepteert keepdim alleen samen met een dim</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}(): argument &apos;normalized_shape&apos; must be a tuple of ints, not {kind}</source>
        <translation>{what}(): argument &apos;normalized_shape&apos; moet een tuple van gehele getallen zijn, niet {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): argument &apos;{arg}&apos; must be a tensor, not {kind}</source>
        <translation>{what}(): argument &apos;{arg}&apos; moet een tensor zijn, niet {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): the input must be a floating point tensor, not {dtype}</source>
        <translation>{what}(): de invoer moet een floating-point-tensor zijn, niet {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(dtype=...) other than a float type is not something visualgrad computes</source>
        <translation>{what}(dtype=...) met iets anders dan een float-type kan visualgrad niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what}(x) turns the tensor into a plain number, as in PyTorch: no gradient flows through it (torch.{name}(x) keeps it)</source>
        <translation>{what}(x) maakt van de tensor een gewoon getal, net als in PyTorch: er stroomt geen gradiënt doorheen (torch.{name}(x) behoudt hem)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}({arg}=...) is not something visualgrad computes yet</source>
        <translation>{what}({arg}=...) kan visualgrad nog niet berekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>{what}.{name} can only be set to an nn.Parameter</source>
        <translation>{what}.{name} kan alleen op een nn.Parameter worden ingesteld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: a must be a positive whole number</source>
        <translation>{what}: a moet een positief geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: a size cannot be negative: {dims}</source>
        <translation>{what}: een grootte kan niet negatief zijn: {dims}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: a size cannot be negative: {size}</source>
        <translation>{what}: een grootte kan niet negatief zijn: {size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: betas is a pair of numbers</source>
        <translation>{what}: betas is een paar getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>{what}: numpy() kan niet worden aangeroepen op een tensor met requires_grad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: correction must be a number</source>
        <translation>{what}: correction moet een getal zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: dtype {dtype} is not one visualgrad computes</source>
        <translation>{what}: dtype {dtype} berekent visualgrad niet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: fan in and fan out need a tensor of at least 2 dimensions</source>
        <translation>{what}: fan-in en fan-out hebben een tensor met minstens 2 dimensies nodig</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: give the size once, by position or as size=</source>
        <translation>{what}: geef de grootte één keer op, op positie of als size=</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: index {i} is out of range for {n} rows (0 to {top})</source>
        <translation>{what}: index {i} valt buiten het bereik voor {n} rijen (0 tot en met {top})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: mode is &apos;fan_in&apos; or &apos;fan_out&apos;</source>
        <translation>{what}: mode is &apos;fan_in&apos; of &apos;fan_out&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: only tensors of floating point dtype can require gradients</source>
        <translation>{what}: alleen tensors met een floating-point-dtype kunnen gradiënten vereisen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: shapes {a} and {b} do not broadcast</source>
        <translation>{what}: vormen {a} en {b} kunnen niet samen worden gebroadcast</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: size {size} cannot be drawn</source>
        <translation>{what}: grootte {size} kan niet worden getekend</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}: sizes must be from 1 up to a million weights</source>
        <translation>{what}: de groottes moeten tussen 1 en een miljoen gewichten liggen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: the fill value is a number</source>
        <translation>{what}: de vulwaarde is een getal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the indices must be an int64 tensor, not {dtype}</source>
        <translation>{what}: de indices moeten een int64-tensor zijn, niet {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the list is nested too deeply</source>
        <translation>{what}: de lijst is te diep genest</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the rows of the list have different lengths</source>
        <translation>{what}: de rijen van de lijst zijn niet even lang</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the target must hold class indices (an int64 tensor), not {dtype}</source>
        <translation>{what}: de target moet klasse-indices bevatten (een int64-tensor), niet {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{what}: {error} (micrograd&apos;s Value stops here too)</source>
        <translation>{what}: {error} (ook de Value van micrograd stopt hier)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: {name} must be a number ≥ 0</source>
        <translation>{what}: {name} moet een getal ≥ 0 zijn</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: {size} is too many numbers to draw</source>
        <translation>{what}: {size} is te veel getallen om te tekenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>… (more printed lines are not kept)</source>
        <translation>… (meer geprinte regels worden niet bewaard)</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found at {path}; using the built-in layout</source>
        <translation>Graphviz (dot) niet gevonden op {path}; de ingebouwde indeling wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found; using the built-in layout</source>
        <translation>Graphviz (dot) niet gevonden; de ingebouwde indeling wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz failed; using the built-in layout</source>
        <translation>Graphviz is mislukt; de ingebouwde indeling wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz gave an unreadable answer; using the built-in layout</source>
        <translation>Graphviz gaf een onleesbaar antwoord; de ingebouwde indeling wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz timed out after {seconds} s; using the built-in layout</source>
        <translation>Graphviz reageerde niet binnen {seconds} s; de ingebouwde indeling wordt gebruikt</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 to a negative power divides by zero: the value is ∞.</source>
        <translation>0 tot een negatieve macht deelt door nul: de waarde is ∞.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 × ∞ is undefined, so the value is NaN.</source>
        <translation>0 × ∞ is niet gedefinieerd, dus de waarde is NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0/0 is undefined (NaN).</source>
        <translation>0/0 is niet gedefinieerd (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>A negative number to a fractional power is undefined (NaN).</source>
        <translation>Een negatief getal tot een gebroken macht is niet gedefinieerd (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>An infinite gradient passes on as ∞ (or NaN where it meets 0).</source>
        <translation>Een oneindige gradiënt wordt doorgegeven als ∞ (of NaN waar hij 0 tegenkomt).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the loss: {d} = 1.</source>
        <translation>Backpropagation begint bij de loss, waar het ongeluk gebeurde: {d} = 1.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the output: {d} = 1 for every entry (the same as backward on its sum).</source>
        <translation>Backpropagation begint bij de uitvoer: {d} = 1 voor elk element (hetzelfde als backward op de som).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>By hand: {formula} = {substituted} = {hand}; autograd: {autograd}.</source>
        <translation>Met de hand: {formula} = {substituted} = {hand}; autograd: {autograd}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Constants: {values}.</source>
        <translation>Constanten: {values}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Dividing by zero gives ∞.</source>
        <translation>Delen door nul geeft ∞.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} = {value}.</source>
        <translation>Voorwaarts: {chain} = {value}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} gives a {shape} tensor {value}.</source>
        <translation>Voorwaarts: {chain} geeft een {shape}-tensor {value}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Inputs: {values}.</source>
        <translation>Invoer: {values}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads backward: the blame passed on is NaN too.</source>
        <translation>NaN verspreidt zich achterwaarts: de schuld die wordt doorgegeven is ook NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads: whatever is computed from NaN is NaN too.</source>
        <translation>NaN verspreidt zich: alles wat uit NaN wordt berekend, is ook NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is not finite here, so its blame is ∞ or NaN.</source>
        <translation>De lokale afgeleide naar {src} is hier niet eindig, dus de schuld van {src} is ∞ of NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here and 0 × ∞ is undefined, so its blame is NaN.</source>
        <translation>De lokale afgeleide naar {src} is hier {local} en 0 × ∞ is niet gedefinieerd, dus de schuld van {src} is NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here, so its blame is {c}.</source>
        <translation>De lokale afgeleide naar {src} is hier {local}, dus de schuld van {src} is {c}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The loss: {name} = {value}. The accident happened here; now we trace back who is responsible.</source>
        <translation>De loss: {name} = {value}. Hier is het ongeluk gebeurd; nu sporen we terug wie de schuld heeft.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The square root of a negative number is undefined (NaN).</source>
        <translation>De wortel van een negatief getal is niet gedefinieerd (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/steps.py"/>
        <source>Update: the program sets {w} to {new}.</source>
        <translation>Bijwerken: het programma zet {w} op {new}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</source>
        <translation>Bijwerken: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>line {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log of a negative number is undefined (NaN).</source>
        <translation>de log van een negatief getal is niet gedefinieerd (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log(0) is −∞: the logarithm falls without end as its input reaches 0.</source>
        <translation>log(0) is −∞: de logaritme daalt eindeloos naarmate de invoer 0 nadert.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>masked_fill writes {value} where the mask is true, as the program asks.</source>
        <translation>masked_fill schrijft {value} waar het masker waar is, zoals het programma vraagt.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>preset</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} = {formula} passes the blame on.</source>
        <translation>{d} = {g} staat vast; {name} = {formula} geeft de schuld door (kettingregel).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} passes the blame on.</source>
        <translation>{d} = {g} staat vast; {name} geeft de schuld door (kettingregel).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} has no value as a float64 number here: the result is ∞ or NaN.</source>
        <translation>{expr} heeft hier geen waarde als float64-getal: het resultaat is ∞ of NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} overflows to ∞: the value is too large for a float64 (the largest is about 1.8e308).</source>
        <translation>{expr} loopt over naar ∞: de waarde is te groot voor een float64 (de grootste is ongeveer 1.8e308).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{op} of ∞ has no defined value, so it is NaN.</source>
        <translation>{op} van ∞ heeft geen gedefinieerde waarde, dus het is NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{src} is used {k} times, so its blame adds up: {d} = {sum} = {total}</source>
        <translation>{src} wordt {k} keer gebruikt, dus zijn schuld wordt opgeteld: {d} = {sum} = {total}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ / ∞ is undefined, so the value is NaN.</source>
        <translation>∞ / ∞ is niet gedefinieerd, dus de waarde is NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ passes on: whatever is computed from ∞ stays infinite.</source>
        <translation>∞ wordt doorgegeven: alles wat uit ∞ wordt berekend, blijft oneindig.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ − ∞ is undefined, so the value is NaN.</source>
        <translation>∞ − ∞ is niet gedefinieerd, dus de waarde is NaN.</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source> (input {k})</source>
        <translation> (invoer {k})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>({n} paths; the backward pass computed {g})</source>
        <translation>({n} paden; de achterwaartse stap berekende {g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>{name} gets no gradient</source>
        <translation>{name} krijgt geen gradiënt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>— the first {k} of {n} paths only; all {n} add up to {g}</source>
        <translation>— alleen de eerste {k} van {n} paden; alle {n} samen geven {g}</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>Compute {formula} from {inputs}.</source>
        <translation>Bereken {formula} uit {inputs}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>The loss is where the backward pass starts: how much does the loss change when the loss itself changes by a little?</source>
        <translation>Bij de loss begint de achterwaartse stap: hoeveel verandert de loss als de loss zelf een klein beetje verandert?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>hint: {hint}</source>
        <translation>hint: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>not quite: {name} = {value}</source>
        <translation>niet helemaal: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>right</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>upstream {up} = {g}, local {d} = {formula}</source>
        <translation>upstream {up} = {g}, lokaal {d} = {formula}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{d} = 1: the seed of the backward pass.</source>
        <translation>{d} = 1: het startpunt van de achterwaartse stap.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is an input: its value is given.</source>
        <translation>{name} is een invoer: de waarde is gegeven.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is used {k} times: add up what each use passes back.</source>
        <translation>{name} wordt {k} keer gebruikt: tel op wat elk gebruik teruggeeft.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>{text!r} is not a number.</source>
        <translation>{text!r} is geen getal.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>A three-stage chain: the director&apos;s blame on the team lead is dz/dx = dz/dy · dy/dx, read off the edges</source>
        <translation>Een keten van drie schakels: de schuld die de directeur bij de teamleider legt is dz/dx = dz/dy · dy/dx, af te lezen langs de pijlen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Catalan article</source>
        <translation>Catalaans artikel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Chain rule: by hand vs autograd</source>
        <translation>Kettingregel: met de hand tegenover autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Dutch and Japanese articles</source>
        <translation>Nederlandse en Japanse artikelen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Korean article (Lesson 05)</source>
        <translation>Koreaans artikel (les 05)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron</source>
        <translation>Eén neuron</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron: y = sigmoid(w·x + b), squared error against the target</source>
        <translation>Eén neuron: y = sigmoid(w·x + b), kwadratische fout ten opzichte van het doel</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Passing the blame: team lead → manager → director</source>
        <translation>De schuld doorgeven: teamleider → manager → directeur</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Team lead A (input) -&gt; manager B (hidden) -&gt; director C (output): dz/dx = dz/dy · dy/dx</source>
        <translation>Teamleider A (invoer) -&gt; manager B (verborgen) -&gt; directeur C (uitvoer): dz/dx = dz/dy · dy/dx</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>The Korean article&apos;s tiny graph (Lesson 05): backprop by hand vs autograd</source>
        <translation>De kleine graaf uit het Koreaanse artikel (les 05): backpropagation met de hand tegenover autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>The article&apos;s 2-2-1 sigmoid network on the four XOR points, mean squared error, learning rate 0.1; matrices or one node per weight</source>
        <translation>Het 2-2-1-sigmoïdnetwerk uit het artikel op de vier XOR-punten, gemiddelde kwadratische fout, leersnelheid 0.1; matrices of één knooppunt per gewicht</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>The article&apos;s exercise: a deep Linear + sigmoid / tanh / ReLU stack; compare each layer&apos;s gradient norm, with residuals and Xavier / He init</source>
        <translation>De opdracht uit het artikel: een diepe stapel Linear + sigmoid / tanh / ReLU; vergelijk de gradiëntnorm van elke laag, met residuele verbindingen en Xavier- / He-initialisatie</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>Vanishing gradients lab</source>
        <translation>Lab verdwijnende gradiënten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>XOR network</source>
        <translation>XOR-netwerk</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>blame starts at y</source>
        <translation>de schuld begint bij y</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end of the forward pass</source>
        <translation>einde van de voorwaartse pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>every layer&apos;s gradient</source>
        <translation>de gradiënt van elke laag</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>example {k}: x = ({a}, {b}), y = {y}</source>
        <translation>voorbeeld {k}: x = ({a}, {b}), y = {y}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>head</source>
        <translation>kop</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation type="vanished">verborgen laag</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k}</source>
        <translation>laag {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k} gets its gradient</source>
        <translation>laag {k} krijgt zijn gradiënt</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="vanished">loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation type="vanished">uitvoerlaag</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <location filename="../../visualgrad/presets/programs.py"/>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>preset {preset} has no input or weight named &apos;{name}&apos; (it has: {known})</source>
        <translation>voorbeeld {preset} heeft geen invoer of gewicht met de naam &apos;{name}&apos; (wel: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>preset {preset} has no parameter &apos;{name}&apos; (its parameters: {known})</source>
        <translation>voorbeeld {preset} heeft geen parameter &apos;{name}&apos; (de parameters zijn: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>preset {preset} has nothing to train</source>
        <translation>voorbeeld {preset} heeft niets om te trainen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>the learning rate must be a number ≥ 0, not {value!r}</source>
        <translation>de leersnelheid moet een getal ≥ 0 zijn, niet {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>the output y</source>
        <translation>de uitvoer y</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/catalogue.py"/>
        <source>there is no preset named {name!r}; the presets are: {known}</source>
        <translation>er is geen voorbeeld met de naam {name!r}; de voorbeelden zijn: {known}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: residual must be True or False, not {value!r}</source>
        <translation>vanishing: residual moet True of False zijn, niet {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: seed must be a whole number ≥ 0, not {value!r}</source>
        <translation>vanishing: seed moet een geheel getal ≥ 0 zijn, niet {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: {name} must be a whole number from 1 to {top}, not {value!r}</source>
        <translation>vanishing: {name} moet een geheel getal van 1 tot en met {top} zijn, niet {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x = 3; a = x², b = eˣ, c = a + b, L = 2c: the hand-derived ∂L/∂x = 2·(2x + eˣ) next to autograd&apos;s 52.1711</source>
        <translation>x = 3; a = x², b = eˣ, c = a + b, L = 2c: de met de hand afgeleide ∂L/∂x = 2·(2x + eˣ) naast de 52.1711 van autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x: the basic data team lead A hands over</source>
        <translation>x: de basisgegevens die teamleider A aanlevert</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y = sigmoid(w·x + b) with a squared error against a target; train w and b by gradient descent</source>
        <translation>y = sigmoid(w·x + b) met een kwadratische fout ten opzichte van een doelwaarde; train w en b met gradient descent</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y: manager B&apos;s report; dy/dx = 3</source>
        <translation>y: het rapport van manager B; dy/dx = 3</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>z: director C&apos;s result; dz/dy = 2·manager</source>
        <translation>z: het resultaat van directeur C; dz/dy = 2·manager</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name} has shape {want}, not {got}</source>
        <translation>{name} heeft vorm {want}, niet {got}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name}: {value!r} is not a number or a list of numbers</source>
        <translation>{name}: {value!r} is geen getal of lijst van getallen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no input named &apos;{name}&apos; (its inputs: {known})</source>
        <translation>{preset} heeft geen invoer met de naam &apos;{name}&apos; (de invoer is: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no weight named &apos;{name}&apos; (its weights: {known})</source>
        <translation>{preset} heeft geen gewicht met de naam &apos;{name}&apos; (de gewichten zijn: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{preset}: {name} must be one of {allowed}, not {value!r}</source>
        <translation>{preset}: {name} moet een van {allowed} zijn, niet {value!r}</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name}</source>
        <translation>  {where}, in {name}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name} = {formula}</source>
        <translation>  {where}, in {name} = {formula}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Backward pass (most recent frame first: from the loss back to the inputs)</source>
        <translation>Achterwaartse pass (meest recente frame eerst: van de loss terug naar de invoer)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Forward pass</source>
        <translation>Voorwaartse pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Gradients</source>
        <translation>Gradiënten</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Loss: {name} = {value}</source>
        <translation>Loss: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Note: {text}</source>
        <translation>Opmerking: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>line {line}</source>
        <translation>regel {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>passed to {src}: {label}</source>
        <translation>doorgegeven aan {src}: {label}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>preset</source>
        <translation>voorbeeld</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>received {d} = {g}</source>
        <translation>ontvangen {d} = {g}</translation>
    </message>
</context>
</TS>
