<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca_ES" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>See backpropagation: the chain rule read like a stack trace in reverse.</source>
        <translation>Veieu la retropropagació: la regla de la cadena llegida com un stack trace al revés.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>not found: built-in layout</source>
        <translation>no s’ha trobat: disposició integrada</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>Something went wrong</source>
        <translation>Alguna cosa ha anat malament</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad hit an unexpected error. Your text is kept; you can go on working or save it.</source>
        <translation>visualgrad ha trobat un error inesperat. El vostre text es conserva; podeu continuar treballant o desar-lo.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad: could not save the screenshot to {path}</source>
        <translation>visualgrad: no s’ha pogut desar la captura de pantalla a {path}</translation>
    </message>
</context>
<context>
    <name>BoundaryMap</name>
    <message>
        <location filename="../../visualgrad/qt/panels/boundary_map.py"/>
        <source>The network&apos;s output for every input (x₁, x₂): blue towards 1, orange towards 0, the line where it is 0.5. The dots are the four XOR examples.</source>
        <translation>La sortida de la xarxa per a cada entrada (x₁, x₂): blau cap a 1, taronja cap a 0, la línia on val 0.5. Els punts són els quatre exemples de XOR.</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Expression editor</source>
        <translation>Editor d’expressions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Type an expression, e.g. L = 2*(x**2 + exp(x))</source>
        <translation>Escriviu una expressió, p. ex. L = 2*(x**2 + exp(x))</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>(File → Restore Unsaved Work)</source>
        <translation>(Fitxer → Recupera la feina no desada)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Bring back the work a session that closed unexpectedly left</source>
        <translation>Recupera la feina que va deixar una sessió que es va tancar inesperadament</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Clear Recent Files</source>
        <translation>Esborra els fitxers recents</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Could not keep a recovery copy of your work: {reason}</source>
        <translation>No s’ha pogut guardar una còpia de recuperació de la vostra feina: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not open “{name}”</source>
        <translation>No s’ha pogut obrir «{name}»</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save</source>
        <translation>No s’ha pogut desar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save “{name}”</source>
        <translation>No s’ha pogut desar «{name}»</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Discard</source>
        <translation>Descarta</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>Voleu desar els canvis a «{name}»?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was in “{name}”.</source>
        <translation>Era a «{name}».</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was not saved to a file yet.</source>
        <translation>Encara no s’havia desat en cap fitxer.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Not now</source>
        <translation>Ara no</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Open Recent</source>
        <translation>Obre un fitxer recent</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open a saved lesson</source>
        <translation>Obre una lliçó desada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Open lesson</source>
        <translation>Obre una lliçó</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Open the example lesson “{name}” (as a new, untitled lesson)</source>
        <translation>Obre la lliçó d’exemple «{name}» (com una lliçó nova, sense títol)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open…</source>
        <translation>Obre…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore</source>
        <translation>Recupera</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Restore Unsaved Work</source>
        <translation>Recupera la feina no desada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore unsaved work</source>
        <translation>Recupera la feina no desada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save As…</source>
        <translation>Anomena i desa…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Save lesson</source>
        <translation>Desa la lliçó</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson</source>
        <translation>Desa la lliçó</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson under a new name</source>
        <translation>Desa la lliçó amb un nom nou</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Saved “{name}”</source>
        <translation>S’ha desat «{name}»</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Unsaved changes</source>
        <translation>Canvis no desats</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Untitled</source>
        <translation>Sense títol</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no els deseu, es perdran els canvis.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Your unsaved work is back. Save it to keep it.</source>
        <translation>La feina no desada ha tornat. Deseu-la per conservar-la.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>a graph built in Python cannot be saved as a lesson; export it (File → Export…) instead</source>
        <translation>un graf construït en Python no es pot desar com a lliçó; exporteu-lo (Fitxer → Exporta…)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recovery.py"/>
        <source>another visualgrad is using this recovery copy</source>
        <translation>un altre visualgrad està fent servir aquesta còpia de recuperació</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>lesson</source>
        <translation>lliçó</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/window_state.py"/>
        <source>the lesson&apos;s preset settings are not valid: {reason}</source>
        <translation>els paràmetres de l’exemple de la lliçó no són vàlids: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad</source>
        <translation>visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>visualgrad closed unexpectedly; restore your unsaved work?</source>
        <translation>visualgrad s’ha tancat inesperadament; voleu recuperar la feina no desada?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix})</source>
        <translation>Lliçons de visualgrad (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix});;All files (*)</source>
        <translation>Lliçons de visualgrad (*{suffix});;Tots els fitxers (*)</translation>
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
        <translation>«{name}» ja no hi és (s’ha mogut o suprimit?), així que s’ha tret dels fitxers recents.
{path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--font-scale must be between 0.5 and 3 (got {scale:g})</source>
        <translation>--font-scale ha d’estar entre 0.5 i 3 (s’ha rebut {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--scale must be between 1 and 4 (got {scale:g})</source>
        <translation>--scale ha d’estar entre 1 i 4 (s’ha rebut {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>backward</source>
        <translation>enrere</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: permission denied</source>
        <translation>no es pot escriure {path}: permís denegat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>no es pot escriure {path}: la carpeta {folder} no existeix</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>no es pot escriure {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>could not write the SVG</source>
        <translation>no s’ha pogut escriure l’SVG</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>could not write {path}</source>
        <translation>no s’ha pogut escriure {path}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>export cancelled</source>
        <translation>s’ha cancel·lat l’exportació</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>forward</source>
        <translation>endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>inputs</source>
        <translation>entrades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>seed</source>
        <translation>inici de la retropropagació</translation>
    </message>
    <message>
        <source>step {k} is out of range: this graph has {n} steps, numbered 0 to {last}</source>
        <translation type="vanished">el pas {k} és fora de l’interval: aquest graf té {n} passos, numerats del 0 al {last}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>step {k} is out of range: this graph has {n} steps, numbered 1 to {n}</source>
        <translation>el pas {k} és fora de l’interval: aquest graf té {n} passos, numerats de l’1 al {n}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>step {k} of {n} · {phase}</source>
        <translation>pas {k} de {n} · {phase}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>the font scale must be between 0.5 and 3 (got {s:g})</source>
        <translation>l’escala de la lletra ha d’estar entre 0.5 i 3 (s’ha rebut {s:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>the range {a}..{b} is empty: the first step comes after the last</source>
        <translation>l’interval {a}..{b} és buit: el primer pas ve després de l’últim</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>this graph has no {phase} steps</source>
        <translation>aquest graf no té passos de tipus «{phase}»</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown direction {d!r}; use auto, TB or LR</source>
        <translation>direcció desconeguda {d!r}; feu servir auto, TB o LR</translation>
    </message>
    <message>
        <source>unknown page size {page!r}; use fit or 16:9</source>
        <translation type="vanished">mida de pàgina desconeguda {page!r}; feu servir fit o 16:9</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown page size {page!r}; use fit, 16:9 or 4:3</source>
        <translation>mida de pàgina desconeguda {page!r}; feu servir fit, 16:9 o 4:3</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>unknown step {what!r}: use a number, all, forward, backward, loss or end</source>
        <translation>pas desconegut {what!r}: feu servir un número, all, forward, backward, loss o end</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>unknown theme {name!r}; use one of: {names}</source>
        <translation>tema desconegut {name!r}; feu servir un d’aquests: {names}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>update</source>
        <translation>actualització</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} és una carpeta; indiqueu un nom de fitxer</translation>
    </message>
    <message>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif or .pptx</source>
        <translation type="vanished">{path}: format desconegut {suffix!r}; feu servir .svg, .pdf, .png, .gif o .pptx</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif, .pptx or .tex</source>
        <translation>{path}: format desconegut {suffix!r}; feu servir .svg, .pdf, .png, .gif, .pptx o .tex</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>16:9 slide</source>
        <translation>diapositiva 16:9</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>4:3 slide</source>
        <translation>diapositiva 4:3</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>A range of steps</source>
        <translation>Un interval de passos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown</source>
        <translation>Com es mostra</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown (on a slide: whichever fills it better)</source>
        <translation>Com es mostra (en una diapositiva: el que l’ompli millor)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Browse…</source>
        <translation>Navega…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Caption with the step&apos;s narration</source>
        <translation>Peu amb la narració del pas</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Choose a file to export to.</source>
        <translation>Trieu un fitxer on exportar.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Diagram copied to the clipboard ({w} × {h} pixels)</source>
        <translation>S’ha copiat el diagrama al porta-retalls ({w} × {h} píxels)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Direction:</source>
        <translation>Direcció:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Every step ({n} pages)</source>
        <translation>Tots els passos ({n} pàgines)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export</source>
        <translation>Exporta</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>S’ha cancel·lat l’exportació; no s’ha escrit res.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export to</source>
        <translation>Exporta a</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {n} files, from {path}</source>
        <translation>S’han exportat {n} fitxers, a partir de {path}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {path}</source>
        <translation>S’ha exportat {path}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exporting {n} steps…</source>
        <translation>S’estan exportant {n} passos…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>File:</source>
        <translation>Fitxer:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fit the diagram</source>
        <translation>Ajusta al diagrama</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fold operations into their boxes</source>
        <translation>Integra les operacions dins les seves caixes</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Left to right</source>
        <translation>D’esquerra a dreta</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>PNG scale:</source>
        <translation>Escala del PNG:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Page size:</source>
        <translation>Mida de pàgina:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Text size:</source>
        <translation>Mida del text:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The backward pass</source>
        <translation>La passada enrere</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The forward pass</source>
        <translation>La passada endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The inputs</source>
        <translation>Les entrades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The steps that matter ({n} pages)</source>
        <translation>Els passos que importen ({n} pàgines)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The update</source>
        <translation>L’actualització</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>There is no diagram to export yet.</source>
        <translation>Encara no hi ha cap diagrama per exportar.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>This step ({k} of {n})</source>
        <translation>Aquest pas ({k} de {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Top to bottom</source>
        <translation>De dalt a baix</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Transparent background</source>
        <translation>Fons transparent</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>What:</source>
        <translation>Què:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>from </source>
        <translation>des de </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>to </source>
        <translation>fins a </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>{name} files (*.{ext})</source>
        <translation>Fitxers {name} (*.{ext})</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every preset with its description and the article it comes from</source>
        <translation>Tots els exemples amb la seva descripció i l’article d’on provenen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Gallery…</source>
        <translation>Galeria…</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;From: {article}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;Font: {article}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every example from the articles, ready to step through. Double-click one, or select it and press Open.</source>
        <translation>Tots els exemples dels articles, a punt per recórrer pas a pas. Feu-hi doble clic, o seleccioneu-lo i premeu Obre.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Open</source>
        <translation>Obre</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Preset gallery</source>
        <translation>Galeria d’exemples</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/inputs.py"/>
        <source>No inputs: the program uses only constants.</source>
        <translation>No hi ha entrades: el programa només fa servir constants.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Click a node to inspect it.</source>
        <translation>Feu clic en un node per inspeccionar-lo.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Line {line}</source>
        <translation>Línia {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Local derivatives</source>
        <translation>Derivades locals</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Operation</source>
        <translation>Operació</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Preset</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>constant</source>
        <translation>constant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>intermediate</source>
        <translation>intermedi</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>none: no gradient flows here</source>
        <translation>cap: aquí no hi flueix cap gradient</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet (forward pass)</source>
        <translation>encara no s’ha calculat (passada endavant)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet: the backward pass has not reached it</source>
        <translation>encara no s’ha calculat: la passada enrere encara no hi ha arribat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>output (the loss)</source>
        <translation>sortida (la pèrdua)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>parameter</source>
        <translation>paràmetre</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>why?</source>
        <translation>per què?</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;Why ReLU, residuals and good init exist&lt;/b&gt; (first/last ratio at this depth; 1 is ideal)</source>
        <translation>&lt;b&gt;Per què existeixen ReLU, les connexions residuals i una bona inicialització&lt;/b&gt; (ràtio primera/última a aquesta profunditat; 1 és l’ideal)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;first/last = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</source>
        <translation>&lt;b&gt;primera/última = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</translation>
    </message>
    <message>
        <source>A deep stack h = act(h @ W + b), y = sum(head(h)). How much gradient reaches each layer&apos;s weights?</source>
        <translation type="vanished">Una pila profunda h = act(h @ W + b), y = sum(head(h)). Quant gradient arriba als pesos de cada capa?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>A few slides instead of every step: the loss, blame starting, a handful of layers getting their gradient, the end</source>
        <translation>Unes quantes diapositives en lloc de cada pas: la pèrdua, la culpa que comença a passar enrere, un grapat de capes que reben el seu gradient, el final</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Activation</source>
        <translation>Activació</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Could not write {path}.</source>
        <translation>No s’ha pogut escriure {path}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Depth</source>
        <translation>Profunditat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Export the steps that matter</source>
        <translation>Exporta els passos que importen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Export the steps that matter…</source>
        <translation>Exporta els passos que importen…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>First and last layer get gradients of the same order of magnitude: every layer learns.</source>
        <translation>La primera i l’última capa reben gradients del mateix ordre de magnitud: totes les capes aprenen.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Gradient norm per layer</source>
        <translation>Norma del gradient per capa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Gradient norm per layer: {depth} layers, {act}</source>
        <translation>Norma del gradient per capa: {depth} capes, {act}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>He init (variance 2/fan_in) keeps the size of the signal from layer to layer</source>
        <translation>La inicialització He (variància 2/fan_in) manté la mida del senyal d’una capa a l’altra</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Init</source>
        <translation>Inicialització</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PDF (*.pdf);;PowerPoint (*.pptx);;PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PDF (*.pdf);;PowerPoint (*.pptx);;Imatges PNG (*.png);;Dibuixos SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>Imatge PNG (*.png);;Dibuix SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>PyTorch default</source>
        <translation>Per defecte de PyTorch</translation>
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
        <translation>ReLU, inicialització He</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU, default init</source>
        <translation>ReLU, inicialització per defecte</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU′ = 1 where active: no ¼ per layer, but the default init still shrinks the signal</source>
        <translation>ReLU′ = 1 on és activa: no hi ha ¼ per capa, però la inicialització per defecte encara encongeix el senyal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Same weights, only the activation differs: first/last is {sig} with sigmoid and {relu} with ReLU.</source>
        <translation>Els mateixos pesos, només canvia l’activació: primera/última és {sig} amb sigmoide i {relu} amb ReLU.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Save chart</source>
        <translation>Desa el gràfic</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Save chart…</source>
        <translation>Desa el gràfic…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Saved {what}</source>
        <translation>S’ha desat {what}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Seed</source>
        <translation>Llavor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Sigmoid vs ReLU, same weights</source>
        <translation>Sigmoide contra ReLU, amb els mateixos pesos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The chart can be saved as PNG, SVG or PDF, not “{ext}”.</source>
        <translation>El gràfic es pot desar com a PNG, SVG o PDF, no «{ext}».</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it barely learns.</source>
        <translation>La primera capa rep aproximadament {p} del gradient de l’última: gairebé no aprèn.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it learns, slowly.</source>
        <translation>La primera capa rep aproximadament {p} del gradient de l’última: aprèn, però a poc a poc.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient.</source>
        <translation>La primera capa rep aproximadament {p} vegades el gradient de l’última.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient: it explodes.</source>
        <translation>La primera capa rep aproximadament {p} vegades el gradient de l’última: explota.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets no gradient at all: it cannot learn.</source>
        <translation>La primera capa no rep cap gradient: no pot aprendre.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existeix.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>The gradient norm per layer at slide size, as PNG, SVG or PDF</source>
        <translation>La norma del gradient per capa a mida de diapositiva, com a PNG, SVG o PDF</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Vanishing gradients lab</source>
        <translation>Laboratori de gradients que s’esvaeixen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <source>first and last layer get gradients of the same order: all layers learn.</source>
        <translation type="vanished">la primera i l’última capa reben gradients del mateix ordre: totes les capes aprenen.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>first/last</source>
        <translation>primera/última</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>h + f(h): the gradient has a path around every sigmoid</source>
        <translation>h + f(h): el gradient té un camí que envolta cada sigmoide</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>h = act(h @ W + b), layer after layer: how much gradient reaches each layer&apos;s weights?</source>
        <translation>h = act(h @ W + b), capa rere capa: quant gradient arriba als pesos de cada capa?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>layer (1 = first, next to the input)</source>
        <translation>capa (1 = la primera, al costat de l’entrada)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>residual connections (h + act(…))</source>
        <translation>connexions residuals (h + act(…))</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>setting</source>
        <translation>configuració</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>sigmoid + residual</source>
        <translation>sigmoide + residual</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>sigmoid, default init</source>
        <translation>sigmoide, inicialització per defecte</translation>
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
        <translation>tanh, inicialització Xavier</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>tanh′(0) = 1 and Xavier init keep the variance near 1</source>
        <translation>tanh′(0) = 1 i la inicialització Xavier mantenen la variància a prop d’1</translation>
    </message>
    <message>
        <source>the first layer gets no gradient at all: it cannot learn.</source>
        <translation type="vanished">la primera capa no rep cap gradient: no pot aprendre.</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} of the last layer&apos;s: it barely learns.</source>
        <translation type="vanished">el gradient de la primera capa és 10^{k} del de l’última: gairebé no aprèn.</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} times the last layer&apos;s: it explodes.</source>
        <translation type="vanished">el gradient de la primera capa és 10^{k} vegades el de l’última: explota.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>why</source>
        <translation>per què</translation>
    </message>
    <message>
        <source>σ′ ≤ ¼: every layer multiplies the gradient by at most ¼</source>
        <translation type="vanished">σ′ ≤ ¼: cada capa multiplica el gradient per ¼ com a màxim</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>σ′ ≤ ¼: on the way back, every layer multiplies the gradient by σ′, at most ¼</source>
        <translation>σ′ ≤ ¼: en el camí de tornada, cada capa multiplica el gradient per σ′, com a màxim ¼</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>‖∂y/∂W‖ (log scale)</source>
        <translation>‖∂y/∂W‖ (escala logarítmica)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Llengua</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>Language: {language}</source>
        <translation>Llengua: {language}</translation>
    </message>
    <message>
        <source>Language: {language}. Anything still in the old language changes when visualgrad starts again.</source>
        <translation type="vanished">Llengua: {language}. El que encara sigui en la llengua anterior canviarà quan visualgrad torni a començar.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>System default ({language})</source>
        <translation>Per defecte del sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/languages.py"/>
        <source>unknown language {code!r}; use one of: {codes}</source>
        <translation>llengua desconeguda {code!r}; feu servir una d’aquestes: {codes}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Expression</source>
        <translation>Expressió</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Find a node by name… (Enter for the next match, Esc to close)</source>
        <translation>Cerca un node pel nom… (Retorn per al següent, Esc per tancar)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inputs</source>
        <translation>Entrades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Laying out…</source>
        <translation>S’està disposant el graf…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Layout: {engine}</source>
        <translation>Disposició: {engine}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Line {line}, column {column}: </source>
        <translation>Línia {line}, columna {column}: </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/view_controls.py"/>
        <source>No node named “{text}”</source>
        <translation>No hi ha cap node anomenat «{text}»</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/main_window.py"/>
        <source>Starting…</source>
        <translation>S’està iniciant…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>The graph shown is the last one that worked.</source>
        <translation>El graf que es mostra és l’últim que funcionava.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Trace</source>
        <translation>Traça</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>built-in layout</source>
        <translation>disposició integrada</translation>
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
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Presets</source>
        <translation>E&amp;xemples</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Step</source>
        <translation>&amp;Pas</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>About visualgrad</source>
        <translation>Quant a visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Collapse layers</source>
        <translation>Plega les capes</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Copy diagram</source>
        <translation>Copia el diagrama</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End of forward</source>
        <translation>Final de la passada endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Export…</source>
        <translation>Exporta…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Find node…</source>
        <translation>Cerca un node…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fit to window</source>
        <translation>Ajusta a la finestra</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fold operations into nodes</source>
        <translation>Integra les operacions als nodes</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Follow the active node</source>
        <translation>Segueix el node actiu</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the end of the forward pass</source>
        <translation>Vés al final de la passada endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the inputs (Home)</source>
        <translation>Vés a les entrades (Inici)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the last step (End)</source>
        <translation>Vés a l’últim pas (Fi)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the loss</source>
        <translation>Vés a la pèrdua</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Lay the graph out left to right instead of top to bottom</source>
        <translation>Disposa el graf d’esquerra a dreta en lloc de dalt a baix</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Left to right</source>
        <translation>D’esquerra a dreta</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Loss</source>
        <translation>Pèrdua</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node</source>
        <translation>Node següent</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node (→)</source>
        <translation>Node següent (→)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play</source>
        <translation>Reprodueix</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play / Pause (Space)</source>
        <translation>Reprodueix / pausa (espai)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play speed</source>
        <translation>Velocitat de reproducció</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous step (←)</source>
        <translation>Pas anterior (←)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Quit</source>
        <translation>Surt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Rebuild graph</source>
        <translation>Reconstrueix el graf</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Show each layer of a network as one box; double-click a box to open it</source>
        <translation>Mostra cada capa d’una xarxa com una sola caixa; feu doble clic en una caixa per obrir-la</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Significant digits</source>
        <translation>Xifres significatives</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Speed</source>
        <translation>Velocitat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Start</source>
        <translation>Inici</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Stepping</source>
        <translation>Pas a pas</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>View</source>
        <translation>Visualització</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom in</source>
        <translation>Amplia</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom out</source>
        <translation>Redueix</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>backward</source>
        <translation>enrere</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>forward</source>
        <translation>endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>inputs</source>
        <translation>entrades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>seed</source>
        <translation>inici de la retropropagació</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>update</source>
        <translation>actualització</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../../visualgrad/qt/notebook.py"/>
        <source># {heading}
# a graph built in Python: edit its inputs in the Inputs panel</source>
        <translation># {heading}
# un graf construït en Python: editeu-ne les entrades al tauler Entrades</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Check</source>
        <translation>Comprova</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Compute each gradient yourself before it is shown; the app checks (Ctrl+Shift+P)</source>
        <translation>Calcula cada gradient tu mateix abans que es mostri; l’aplicació ho comprova (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Not quite. Hint:</source>
        <translation>No del tot. Pista:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practice</source>
        <translation>Practica</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practise forward values too</source>
        <translation>Practica també els valors endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Right: {name} = {value}</source>
        <translation>Correcte: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Score {right}/{asked}</source>
        <translation>Puntuació {right}/{asked}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Show answer</source>
        <translation>Mostra la resposta</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Type the number and press Enter (or Check). Within 0.5 % counts as right.</source>
        <translation>Escriu el nombre i prem Retorn (o Comprova). Dins del 0,5 % compta com a correcte.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>your answer</source>
        <translation>la teva resposta</translation>
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
        <translation>Pantalla completa per a una classe: les tecles del comandament avancen pas a pas, B enfosqueix la pantalla, Esc en surt (F5)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/presentation.py"/>
        <source>Present</source>
        <translation>Presenta</translation>
    </message>
</context>
<context>
    <name>ProgramPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Check my backprop</source>
        <translation>Comprova la meva retropropagació</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Output</source>
        <translation>Sortida</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Printed output</source>
        <translation>Sortida impresa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>The check could not run on this program ({why}); please report it.</source>
        <translation>No s’ha pogut fer la comprovació d’aquest programa ({why}); si us plau, informeu-ne.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>… {n} more lines …</source>
        <translation>… {n} línies més …</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/scene.py"/>
        <source>{name}: {n} nodes — double-click to expand</source>
        <translation>{name}: {n} nodes — feu doble clic per desplegar</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Colour-blind safe</source>
        <translation>Apte per a daltonisme</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Dark</source>
        <translation>Fosc</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Light</source>
        <translation>Clar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>Inputs</source>
        <translation>Entrades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>line {line}</source>
        <translation>línia {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>loss {name} = {value}</source>
        <translation>pèrdua {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>preset</source>
        <translation>exemple</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>{where}, in {name}: {d} = {grad} → {passed}</source>
        <translation>{where}, a {name}: {d} = {grad} → {passed}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source> · first {first}</source>
        <translation> · al principi {first}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>%v / %m epochs</source>
        <translation>%v / %m èpoques</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>1 step</source>
        <translation>1 pas</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10 steps</source>
        <translation>10 passos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10,000 steps</source>
        <translation>10.000 passos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>100 steps</source>
        <translation>100 passos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;The program&apos;s training loop&lt;/b&gt;: {n} iterations, as the program ran them</source>
        <translation>&lt;b&gt;El bucle d’entrenament del programa&lt;/b&gt;: {n} iteracions, tal com les va executar el programa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: gradient descent on {params}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: descens del gradient sobre {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Back to the starting weights; forget the loss curve</source>
        <translation>Torna als pesos inicials; oblida la corba de pèrdua</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_runs.py"/>
        <source>Cancelled after {done} of {total} epochs.</source>
        <translation>S’ha cancel·lat després de {done} de {total} èpoques.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Change an input or a weight in the Inputs panel (or the program): the loss and every activation follow, and training goes on from there.</source>
        <translation>Canvieu una entrada o un pes al tauler Entrades (o al programa): la pèrdua i totes les activacions el segueixen, i l’entrenament continua des d’allà.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_sync.py"/>
        <source>Edited: the next epoch starts from the new numbers.</source>
        <translation>Modificat: la propera època comença amb els nous números.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Epoch {epoch} · loss now {loss}</source>
        <translation>Època {epoch} · pèrdua actual {loss}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate</source>
        <translation>Taxa d’aprenentatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate η</source>
        <translation>Taxa d’aprenentatge η</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per epoch</source>
        <translation>Pèrdua per època</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per iteration</source>
        <translation>Pèrdua per iteració</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>One epoch, then show its update phase w ← w − η·∂L/∂w on the graph</source>
        <translation>Una època, i després mostra la seva fase d’actualització w ← w − η·∂L/∂w al graf</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Reset</source>
        <translation>Restableix</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Run {n} epochs of gradient descent: forward, backward, update</source>
        <translation>Executa {n} èpoques de descens del gradient: endavant, enrere, actualització</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Scalar view (one node per weight)</source>
        <translation>Vista escalar (un node per pes)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Tensor view (matrices)</source>
        <translation>Vista de tensors (matrius)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Training</source>
        <translation>Entrenament</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>epoch</source>
        <translation>època</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>iteration</source>
        <translation>iteració</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>loss</source>
        <translation>pèrdua</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="vanished">pèrdua (escala logarítmica)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>loss at the first iteration {first} · at the last {last}</source>
        <translation>pèrdua a la primera iteració {first} · a l’última {last}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>prediction</source>
        <translation>predicció</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>target</source>
        <translation>objectiu</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>{right} of {n} predictions on the right side of 0.5.</source>
        <translation>{right} de {n} prediccions al costat correcte de 0.5.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>η in w ← w − η·∂L/∂w; press Enter to use it for the next update</source>
        <translation>η a w ← w − η·∂L/∂w; premeu Retorn per fer-la servir a la propera actualització</translation>
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
        <translation>Il·lumina cada camí per torns</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>The sum, over every path from here to the loss, of the product of the local derivatives along it:</source>
        <translation>La suma, sobre cada camí d’aquí a la pèrdua, del producte de les derivades locals al llarg del camí:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why this number</source>
        <translation>Per què aquest nombre</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why {name}?</source>
        <translation>Per què {name}?</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Answer key</source>
        <translation>Solucions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Could not write {path}: {reason}</source>
        <translation>No s’ha pogut escriure {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet</source>
        <translation>Exporta el full d’exercicis</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet (PDF)…</source>
        <translation>Exporta el full d’exercicis (PDF)…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Lesson 05 exercise</source>
        <translation>Exercici de la lliçó 05</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Step by step</source>
        <translation>Pas a pas</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The exercise: a {depth}-layer Linear + sigmoid stack and a {depth}-layer Linear + ReLU stack (the same weights). Run forward and backward, and compare the gradient norm of the first and the last layer. Which ratio should make you uneasy?</source>
        <translation>L’exercici: una pila de {depth} capes Linear + sigmoide i una pila de {depth} capes Linear + ReLU (els mateixos pesos). Fes el pas endavant i enrere, i compara la norma del gradient de la primera i l’última capa. Quina proporció t’hauria d’inquietar?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The sigmoid stack vanishes: its first layer gets a gradient many orders of magnitude smaller than its last, because each sigmoid multiplies the blame by at most 0.25.</source>
        <translation>La pila sigmoide s’esvaeix: la primera capa rep un gradient molts ordres de magnitud més petit que l’última, perquè cada sigmoide multiplica la culpa com a molt per 0,25.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Work backwards from the loss. For each step, multiply the gradient that arrives (upstream) by the local derivative; where a node is used more than once, add up what each use passes back. Every gradient still to find is shown as ?.</source>
        <translation>Treballa enrere des de la pèrdua. A cada pas, multiplica el gradient que arriba (upstream) per la derivada local; on un node s’usa més d’una vegada, suma el que retorna cada ús. Cada gradient que encara has de trobar es mostra com a ?.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet</source>
        <translation>Full d’exercicis</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet written: {n} questions, with the answer key</source>
        <translation>Full d’exercicis escrit: {n} preguntes, amb les solucions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>first / last</source>
        <translation>primera / última</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>line</source>
        <translation>línia</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>step {k}</source>
        <translation>pas {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>the worksheet is a PDF: give a path ending in .pdf (got {path})</source>
        <translation>el full d’exercicis és un PDF: dona un camí que acabi en .pdf (s’ha rebut {path})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{name} = {chain}, where {locals}</source>
        <translation>{name} = {chain}, on {locals}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{path}: {n} questions and their answer key</source>
        <translation>{path}: {n} preguntes i les seves solucions</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>&apos;{name}&apos; holds {size} numbers; the loss must be one number</source>
        <translation>&apos;{name}&apos; conté {size} números; la pèrdua ha de ser un sol número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the first of the loop&apos;s {n} iterations</source>
        <translation>, a la primera de les {n} iteracions del bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s first iteration</source>
        <translation>, a la primera iteració del bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s iteration {i}</source>
        <translation>, a la iteració {i} del bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>--loss {name}: the program has no tensor or array named &apos;{name}&apos;</source>
        <translation>--loss {name}: el programa no té cap tensor ni array anomenat &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1 hand gradient checked against autograd&apos;s ∂{loss}</source>
        <translation>1 gradient a mà comprovat amb el ∂{loss} d’autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1/{m}: divided by m = {m} once more than the loss is</source>
        <translation>1/{m}: dividit per m = {m} una vegada més que la pèrdua</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>2: a 2 the loss does not have (it halves its square: ½·(…)²)</source>
        <translation>2: un 2 que la pèrdua no té (divideix el seu quadrat per dos: ½·(…)²)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand} · autograd {auto} · {mark}</source>
        <translation>a mà {hand} · autograd {auto} · {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand}: {mark}</source>
        <translation>a mà {hand}: {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different</source>
        <translation>diferent</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: by hand it is {hand}, autograd&apos;s is {auto}</source>
        <translation>diferent: a mà és {hand}, el d’autograd és {auto}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: largest gap {gap}{at} (by hand {hand}, autograd {auto})</source>
        <translation>diferent: diferència màxima {gap}{at} (a mà {hand}, autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal</source>
        <translation>igual</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal (largest gap {gap})</source>
        <translation>igual (diferència màxima {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no hand gradient found: name the gradient of W2 dW2, d_W2, grad_W2 or W2_grad (for every variable ∂{loss} reaches)</source>
        <translation>no s’ha trobat cap gradient a mà: anomeneu el gradient de W2 com a dW2, d_W2, grad_W2 o W2_grad (per a cada variable a què arriba ∂{loss})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>no loss found: assign it as loss = np.mean(...), call loss.backward(), or name it with --loss NAME</source>
        <translation>no s’ha trobat cap pèrdua: assigneu-la com a loss = np.mean(...), crideu loss.backward() o doneu-li nom amb --loss NOM</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no usual cause; look at each factor in your formula</source>
        <translation>cap causa habitual; reviseu cada factor de la vostra fórmula</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped</source>
        <translation>signe canviat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped (largest gap {gap})</source>
        <translation>signe canviat (diferència màxima {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed</source>
        <translation>transposat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed (by hand {hand}, autograd {auto})</source>
        <translation>transposat (a mà {hand}, autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{m}: the loss divides by m = {m} (a mean), the hand gradient does not</source>
        <translation>{m}: la pèrdua divideix per m = {m} (una mitjana), el gradient a mà no</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{n} hand gradients checked against autograd&apos;s ∂{loss}</source>
        <translation>{n} gradients a mà comprovats amb el ∂{loss} d’autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>½: the 2 of the squared error is dropped, or the loss is ½·MSE</source>
        <translation>½: s’ha perdut el 2 de l’error quadràtic, o la pèrdua és ½·MSE</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>×{m} per example: the mean&apos;s 1/m (m = {m}) is left for later</source>
        <translation>×{m} per exemple: l’1/m de la mitjana (m = {m}) queda per a més endavant</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--param takes NAME=VALUE, as in --param activation=relu (got {pair!r})</source>
        <translation>--param espera NOM=VALOR, com a --param activation=relu (s’ha rebut {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set takes NAME=VALUE, as in --set x=3 (got {pair!r})</source>
        <translation>--set espera NOM=VALOR, com a --set x=3 (s’ha rebut {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set {name}: {raw!r} is not a number or a list of numbers</source>
        <translation>--set {name}: {raw!r} no és un número ni una llista de números</translation>
    </message>
    <message>
        <source>Commands: visualgrad trace|export|presets --help</source>
        <translation type="vanished">Ordres: visualgrad trace|export|presets --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Commands: visualgrad trace|export|presets|practice|check --help</source>
        <translation>Ordres: visualgrad trace|export|presets|practice|check --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>K (1 to N, as the window counts), all, A..B, forward, backward, loss or end; default: end (for a GIF: all)</source>
        <translation>K (de l’1 a N, com compta la finestra), all, A..B, forward, backward, loss o end; per defecte: end (per a un GIF: all)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>K (1 to N, as the window counts), forward-end, loss or end</source>
        <translation>K (de l’1 a N, com compta la finestra), forward-end, loss o end</translation>
    </message>
    <message>
        <source>K, all, forward, backward, loss or end</source>
        <translation type="vanished">K, all, forward, backward, loss o end</translation>
    </message>
    <message>
        <source>K, forward-end, loss or end</source>
        <translation type="vanished">K, forward-end, loss o end</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Open the visualgrad app.</source>
        <translation>Obre l’aplicació visualgrad.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/__init__.py"/>
        <source>See backpropagation: type an expression, step the forward and backward passes node by node.</source>
        <translation>Veieu la retropropagació: escriviu una expressió i avanceu node a node per la passada endavant i la passada enrere.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>a preset&apos;s setting, e.g. --param activation=relu --param depth=50</source>
        <translation>un paràmetre de l’exemple, p. ex. --param activation=relu --param depth=50</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>a program, or a file holding one</source>
        <translation>un programa, o un fitxer que en contingui un</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>a slide (16:9, 4:3) or a page the diagram&apos;s size; default: 16:9 for the slide theme and PowerPoint, page otherwise</source>
        <translation>una diapositiva (16:9, 4:3) o una pàgina de la mida del diagrama; per defecte: 16:9 per al tema de diapositiva i PowerPoint, pàgina en els altres casos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>ask for the forward values first</source>
        <translation>pregunta primer pels valors endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>compare hand-written gradients (dW2, grad_W2, ...) with autograd&apos;s</source>
        <translation>compara els gradients escrits a mà (dW2, grad_W2, ...) amb els d’autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>compute each gradient yourself; the answers are checked</source>
        <translation>calcula cada gradient tu mateix; les respostes es comproven</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX</source>
        <translation type="vanished">exporta passos com a SVG, PDF, PNG, GIF o PPTX</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX, or the graph as GraphML or DOT</source>
        <translation type="vanished">exporta els passos com a SVG, PDF, PNG, GIF o PPTX, o el graf com a GraphML o DOT</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>export steps as SVG, PDF, PNG, GIF, PPTX or LaTeX Beamer (.tex), or the graph as GraphML or DOT</source>
        <translation>exporta els passos com a SVG, PDF, PNG, GIF, PPTX o LaTeX Beamer (.tex), o el graf com a GraphML o DOT</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>fold each operation into its value box</source>
        <translation>integra cada operació dins la caixa del seu valor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>give a program (TEXT or FILE) or --preset NAME</source>
        <translation>doneu un programa (TEXT o FITXER) o --preset NOM</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>give an input a value (repeatable)</source>
        <translation>dona un valor a una entrada (es pot repetir)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>give an input a value (repeatable); free names default to 1.0</source>
        <translation>dona un valor a una entrada (es pot repetir); els noms lliures valen 1.0 per defecte</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/presets.py"/>
        <source>list the preset graphs and networks</source>
        <translation>llista els grafs i les xarxes d’exemple</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>print a JSON list of {hand, of, verdict, factor, max_abs_diff}</source>
        <translation>imprimeix una llista JSON de {hand, of, verdict, factor, max_abs_diff}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the forward pass and the backward pass as a traceback</source>
        <translation>mostra la passada endavant i la passada enrere com un traceback</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the stable JSON contract instead</source>
        <translation>mostra en canvi el format JSON estable</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>save a PNG of the window and exit</source>
        <translation>desa un PNG de la finestra i surt</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>scale the diagram&apos;s type (0.5 to 3)</source>
        <translation>escala la mida del text del diagrama (de 0.5 a 3)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>the language of the narration: en, nl, ja, ca or ko</source>
        <translation>la llengua de la narració: en, nl, ja, ca o ko</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>the variable that holds the loss, when it is not the one backward() is called on or named loss</source>
        <translation>la variable que conté la pèrdua, quan no és aquella sobre la qual es crida backward() ni es diu loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>top to bottom, left to right, or auto: whichever fills a slide better</source>
        <translation>de dalt a baix, d’esquerra a dreta, o auto: el que ompli millor una diapositiva</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>use a preset instead of a program</source>
        <translation>fes servir un exemple en lloc d’un programa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>visualgrad: no display found. Use &apos;visualgrad trace TEXT&apos; in a terminal, or set QT_QPA_PLATFORM=offscreen with --screenshot.</source>
        <translation>visualgrad: no s’ha trobat cap pantalla. Feu servir &apos;visualgrad trace TEXT&apos; en un terminal, o definiu QT_QPA_PLATFORM=offscreen amb --screenshot.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>visualgrad: translations need PySide6; printing in English</source>
        <translation>visualgrad: les traduccions necessiten PySide6; s’escriu en anglès</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>write a printable worksheet with an answer key instead of asking</source>
        <translation>escriu un full d’exercicis imprimible amb les solucions en lloc de preguntar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: not a UTF-8 text file</source>
        <translation>{path}: no és un fitxer de text UTF-8</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: the file is too large to be a program</source>
        <translation>{path}: el fitxer és massa gran per ser un programa</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>JSON data (numbers, text, lists)</source>
        <translation>dades JSON (números, text, llistes)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a document holds either a program or a preset, not both</source>
        <translation>un document conté un programa o bé un exemple, no tots dos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a finite number</source>
        <translation>un número finit</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a number from {lo} to {hi}</source>
        <translation>un número del {lo} al {hi}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a number or a list of numbers</source>
        <translation>un número o una llista de números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a preset name</source>
        <translation>el nom d’un exemple</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a theme name</source>
        <translation>el nom d’un tema</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 0</source>
        <translation>un nombre enter a partir de 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1</source>
        <translation>un nombre enter a partir d’1</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1 to {hi}</source>
        <translation>un nombre enter de l’1 al {hi}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an input value has an empty name</source>
        <translation>un valor d’entrada té el nom buit</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of input values</source>
        <translation>un objecte amb valors d’entrada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of parameters</source>
        <translation>un objecte amb paràmetres</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of view options</source>
        <translation>un objecte amb opcions de visualització</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>could not read the file: {reason}</source>
        <translation>no s’ha pogut llegir el fitxer: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/recovery.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>could not save: {reason}</source>
        <translation>no s’ha pogut desar: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>the document is larger than {limit} MB and could not be saved; use smaller tensors</source>
        <translation>el document supera els {limit} MB i no s’ha pogut desar; feu servir tensors més petits</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the document must hold either a program (“text”) or a preset (“preset”), exactly one of them</source>
        <translation>el document ha de contenir un programa («text») o un exemple («preset»), exactament un dels dos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected}</source>
        <translation>el camp «{field}» ha de ser {expected}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected} (found {got})</source>
        <translation>el camp «{field}» ha de ser {expected} (s’ha trobat {got})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file does not exist (moved or deleted?)</source>
        <translation>el fitxer no existeix (s’ha mogut o suprimit?)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is cut short (truncated): it ends in the middle of the document. Was it copied or saved completely?</source>
        <translation>el fitxer està tallat (truncat): s’acaba a mig document. S’ha copiat o desat del tot?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: data nested too deeply</source>
        <translation>el fitxer està malmès: dades imbricades massa profundament</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: invalid JSON at line {line}, column {column}</source>
        <translation>el fitxer està malmès: JSON no vàlid a la línia {line}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: {reason}</source>
        <translation>el fitxer està malmès: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is empty</source>
        <translation>el fitxer és buit</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is too large to be a visualgrad document ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation>el fitxer és massa gran per ser un document de visualgrad ({size:.1f} MB; el límit és {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the input “{name}” is not a rectangular tensor (its rows differ in length)</source>
        <translation>l’entrada «{name}» no és un tensor rectangular (les files tenen longituds diferents)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this file was made by a newer visualgrad (format {found}); this version reads format {supported}. Update visualgrad to open it.</source>
        <translation>aquest fitxer l’ha creat una versió més nova de visualgrad (format {found}); aquesta versió llegeix el format {supported}. Actualitzeu visualgrad per obrir-lo.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is a folder, not a visualgrad document</source>
        <translation>això és una carpeta, no un document de visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is JSON, but has no “format”: “visualgrad” marker)</source>
        <translation>això no és un document de visualgrad (és JSON, però no té la marca “format”: “visualgrad”)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is not JSON)</source>
        <translation>això no és un document de visualgrad (no és JSON)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document: it is not UTF-8 text (byte {offset} is not valid UTF-8)</source>
        <translation>això no és un document de visualgrad: no és text UTF-8 (el byte {offset} no és UTF-8 vàlid)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>you are not allowed to read this file</source>
        <translation>no teniu permís per llegir aquest fitxer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>{name} is not allowed in a document</source>
        <translation>{name} no es permet en un document</translation>
    </message>
</context>
<context>
    <name>lang</name>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source> — did you mean &apos;{name}&apos;?</source>
        <translation> — volíeu dir &apos;{name}&apos;?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;*&apos; unpacking goes in a list, a tuple or a call&apos;s arguments</source>
        <translation>el desempaquetament amb &apos;*&apos; va dins d’una llista, una tupla o els arguments d’una crida</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <source>&apos;**&apos; in a dict is not part of the language</source>
        <translation>&apos;**&apos; dins d’un dict no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;**&apos; needs a dict</source>
        <translation>&apos;**&apos; necessita un dict</translation>
    </message>
    <message>
        <source>&apos;.{name}&apos; is a method: write .{name}()</source>
        <translation type="vanished">&apos;.{name}&apos; és un mètode: escriviu .{name}()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>&apos;.{name}&apos; is not something visualgrad knows</source>
        <translation>visualgrad no coneix &apos;.{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;.{name}()&apos; takes no arguments</source>
        <translation type="vanished">&apos;.{name}()&apos; no admet arguments</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>&apos;/&apos; in parameters is not part of the language</source>
        <translation>&apos;/&apos; als paràmetres no forma part del llenguatge</translation>
    </message>
    <message>
        <source>&apos;//&apos; (whole-number division) is not part of the language: use /</source>
        <translation type="vanished">&apos;//&apos; (divisió entera) no forma part del llenguatge: feu servir /</translation>
    </message>
    <message>
        <source>&apos;:&apos; is not part of the language (no lambdas, slices, := or blocks)</source>
        <translation type="vanished">&apos;:&apos; no forma part del llenguatge (ni lambdes, ni slices, ni :=, ni blocs)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;:=&apos; is not part of the language</source>
        <translation>&apos;:=&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>&apos;:{spec}&apos; does not format {kind}</source>
        <translation>&apos;:{spec}&apos; no formata {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;break&apos; outside a loop</source>
        <translation>&apos;break&apos; fora d’un bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;continue&apos; outside a loop</source>
        <translation>&apos;continue&apos; fora d’un bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;else&apos; after a loop is not part of the language</source>
        <translation>&apos;else&apos; després d’un bucle no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;global&apos; is not part of the language</source>
        <translation>&apos;global&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;import *&apos; is not part of the language</source>
        <translation>&apos;import *&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;in&apos; works on lists, tuples, dicts and text here</source>
        <translation>aquí &apos;in&apos; funciona amb llistes, tuples, dicts i text</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;nonlocal&apos; is not part of the language</source>
        <translation>&apos;nonlocal&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;return&apos; outside a function</source>
        <translation>&apos;return&apos; fora d’una funció</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; object has no attribute &apos;{name}&apos;</source>
        <translation>l’objecte &apos;{cls}&apos; no té l’atribut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{cls}&apos; objects cannot be called: give the class a __call__ or forward method</source>
        <translation>els objectes &apos;{cls}&apos; no es poden cridar: doneu a la classe un mètode __call__ o forward</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; objects cannot be looped over</source>
        <translation>els objectes &apos;{cls}&apos; no es poden recórrer amb un bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; ({name}) is not allowed in names; use plain letters a–z</source>
        <translation>&apos;{c}&apos; ({name}) no es permet en els noms; feu servir lletres normals a–z</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; is not part of the language</source>
        <translation>&apos;{c}&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <source>&apos;{c}&apos; looks like &apos;{ascii}&apos; but is a different character; type &apos;{ascii}&apos;</source>
        <translation type="vanished">&apos;{c}&apos; s’assembla a &apos;{ascii}&apos; però és un altre caràcter; escriviu &apos;{ascii}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;{kind}&apos; is not part of the language</source>
        <translation>&apos;{kind}&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is Python, not part of visualgrad&apos;s language: write one computation, one statement per line</source>
        <translation type="vanished">&apos;{kw}&apos; és Python, no forma part del llenguatge de visualgrad: escriviu un càlcul, una instrucció per línia</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{kw}&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; calls itself; recursion is not part of the language</source>
        <translation>&apos;{name}&apos; es crida a si mateixa; la recursió no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; cannot be imported yet in visualgrad</source>
        <translation>&apos;{name}&apos; encara no es pot importar a visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>&apos;{name}&apos; cannot be set on a tensor</source>
        <translation>&apos;{name}&apos; no es pot assignar en un tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>&apos;{name}&apos; is not defined before .backward()</source>
        <translation>&apos;{name}&apos; no està definit abans de .backward()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>&apos;{name}&apos; is not something visualgrad can compute</source>
        <translation>&apos;{name}&apos; no és una cosa que visualgrad pugui calcular</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not something visualgrad knows</source>
        <translation type="vanished">visualgrad no coneix &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>&apos;{name}&apos; is used on line {line} before it is given a value here</source>
        <translation>&apos;{name}&apos; es fa servir a la línia {line} abans que aquí se li doni un valor</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; only makes sense as dtype=...</source>
        <translation type="vanished">&apos;{name}&apos; només té sentit com a dtype=...</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not compare {a} and {b}</source>
        <translation>&apos;{op}&apos; no compara {a} i {b}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not work between {a} and {b}</source>
        <translation>&apos;{op}&apos; no funciona entre {a} i {b}</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{op}&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language: write the new value out, as in a = a {short} 1</source>
        <translation type="vanished">&apos;{op}&apos; no forma part del llenguatge: escriviu el valor nou sencer, com a = a {short} 1</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;~&apos; is not part of the language</source>
        <translation>&apos;~&apos; no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Dropout masks are visualgrad&apos;s own random draws (seeded by torch.manual_seed), not PyTorch&apos;s; the gradients are exact for the units shown as dropped</source>
        <translation>Les màscares de dropout són sorteigs aleatoris propis de visualgrad (amb la llavor de torch.manual_seed), no els de PyTorch; els gradients són exactes per a les unitats que es mostren com a descartades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected more than 1 value per channel when training, got input size torch.Size({size})</source>
        <translation>En entrenament cal més d’1 valor per canal, però l’entrada té mida torch.Size({size})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected {name} to be of same shape as normalized_shape, but got {name} of shape {got} and normalized_shape = {shape}</source>
        <translation>{name} ha de tenir la mateixa forma que normalized_shape, però {name} té forma {got} i normalized_shape = {shape}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>F.batch_norm takes an input of shape (N, C, ...), not shape {s}</source>
        <translation>F.batch_norm espera una entrada de forma (N, C, ...), no de forma {s}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy: la forma {t} de l’objectiu ha de ser la de l’entrada, {x}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy_with_logits: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy_with_logits: la forma {t} de l’objectiu ha de ser la de l’entrada, {x}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.cross_entropy is accepted with class-index targets (int64), not probabilities</source>
        <translation>F.cross_entropy s’accepta amb objectius d’índex de classe (int64), no amb probabilitats</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.embedding&apos;s weight must be 2-D (num_embeddings, embedding_dim)</source>
        <translation>el pes de F.embedding ha de ser 2-D (num_embeddings, embedding_dim)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.gelu&apos;s approximate is &apos;none&apos; or &apos;tanh&apos;</source>
        <translation>l’approximate de F.gelu és &apos;none&apos; o &apos;tanh&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.linear&apos;s weight must be 2-D (out_features, in_features)</source>
        <translation>el pes de F.linear ha de ser 2-D (out_features, in_features)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot takes a tensor of class indices (int64)</source>
        <translation>F.one_hot rep un tensor d’índexs de classe (int64)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot: class values must be from 0 to {top}</source>
        <translation>F.one_hot: els valors de classe han d’anar de 0 a {top}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.{name}(inplace=True) changes its input in place; visualgrad shows the result as a new node</source>
        <translation>F.{name}(inplace=True) modifica la seva entrada in situ; visualgrad mostra el resultat com un node nou</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Given normalized_shape={shape}, expected input with shape [*, {last}], but got input of size{size}</source>
        <translation>Amb normalized_shape={shape} s’espera una entrada de forma [*, {last}], però l’entrada té mida{size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>MLP takes the input size and a list of layer sizes</source>
        <translation>MLP rep la mida de l’entrada i una llista de mides de capa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>Nesterov momentum requires a momentum and zero dampening</source>
        <translation>el moment de Nesterov requereix un momentum i un dampening de zero</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors appears to not have been used in the graph</source>
        <translation>Sembla que un dels tensors diferenciats no s’ha fet servir al graf</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors does not require grad</source>
        <translation>Un dels tensors diferenciats no requereix grad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Padding_idx must be within num_embeddings</source>
        <translation>padding_idx ha d’estar dins de num_embeddings</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>Random numbers from torch (torch.randn, torch.rand, ...) are visualgrad&apos;s own seeded values, not PyTorch&apos;s numbers; every gradient is exact for the numbers shown.</source>
        <translation>Els números aleatoris de torch (torch.randn, torch.rand, ...) són valors propis de visualgrad amb llavor, no els números de PyTorch; cada gradient és exacte per als números que es mostren.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>Shape of weight does not match num_embeddings and embedding_dim</source>
        <translation>La forma del pes no coincideix amb num_embeddings i embedding_dim</translation>
    </message>
    <message>
        <source>True and False only go in requires_grad=...</source>
        <translation type="vanished">True i False només van a requires_grad=...</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>Value takes a number</source>
        <translation>Value rep un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>a Neuron takes a list of inputs</source>
        <translation>una Neuron rep una llista d’entrades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value has data, grad and label; &apos;{name}&apos; cannot be set</source>
        <translation>un Value té data, grad i label; &apos;{name}&apos; no es pot assignar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s data is a number</source>
        <translation>el data d’un Value és un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s grad is a number</source>
        <translation>el grad d’un Value és un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a class can only be based on another class, such as nn.Module</source>
        <translation>una classe només pot derivar d’una altra classe, com ara nn.Module</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a for loop</source>
        <translation>un bucle for</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number</source>
        <translation>una llista s’indexa amb un nombre enter</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number or a slice</source>
        <translation>una llista s’indexa amb un nombre enter o una llesca</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>a list of more than {n} items</source>
        <translation>una llista de més de {n} elements</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a single number cannot be looped over</source>
        <translation>un sol número no es pot recórrer amb un bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor</source>
        <translation>un tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor and {kind} cannot be combined here</source>
        <translation>aquí no es poden combinar un tensor i {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor that requires grad can be changed in place only inside &apos;with torch.no_grad():&apos; (PyTorch refuses it too)</source>
        <translation>un tensor que requereix grad només es pot modificar in situ dins de &apos;with torch.no_grad():&apos; (PyTorch també ho rebutja)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>a tensor that requires grad cannot be changed in place while gradients are recorded</source>
        <translation>un tensor que requereix grad no es pot modificar in situ mentre s’enregistren els gradients</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>a tensor with {n} elements cannot be converted to a number with .item()</source>
        <translation>un tensor amb {n} elements no es pot convertir en un número amb .item()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor with {n} values is neither true nor false</source>
        <translation>un tensor amb {n} valors no és ni vertader ni fals</translation>
    </message>
    <message>
        <source>a torch.autograd.Function with a backward of your own is not part of the language</source>
        <translation type="vanished">una torch.autograd.Function amb un backward propi no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_methods.py"/>
        <source>a.item() needs an array of one element</source>
        <translation>a.item() necessita un array d’un sol element</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>abs() of {kind}</source>
        <translation>abs() de {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>an array of shape {shape} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>un array de forma {shape} no es pot formatar amb &apos;:{spec}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>an assert that visualgrad could not evaluate was skipped (line {line})</source>
        <translation>s’ha omès un assert que visualgrad no ha pogut avaluar (línia {line})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>async is not part of the language</source>
        <translation>async no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>attributes of a NumPy array cannot be set</source>
        <translation>no es poden assignar atributs d’un array de NumPy</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>attributes of {kind} cannot be set</source>
        <translation>no es poden assignar atributs de {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>attributes of {what} cannot be set here</source>
        <translation>aquí no es poden assignar atributs de {what}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>attributes starting with &apos;__&apos; are not part of the language</source>
        <translation>els atributs que comencen per &apos;__&apos; no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>await is not part of the language</source>
        <translation>await no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>axis {k} is out of bounds for an array of {n} dimensions</source>
        <translation>l’eix {k} és fora de rang per a un array de {n} dimensions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() could not run: {e}</source>
        <translation>backward() no s’ha pogut executar: {e}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() needs gradient=... for a tensor of {n} values (PyTorch: grad can be implicitly created only for scalar outputs)</source>
        <translation>backward() necessita gradient=... per a un tensor de {n} valors (PyTorch: grad can be implicitly created only for scalar outputs)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>visualgrad no calcula backward(create_graph=True) (gradients de gradients)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(gradient=...) needs a gradient of shape {want}, not {got}</source>
        <translation>backward(gradient=...) necessita un gradient de forma {want}, no {got}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(inputs=...) is not something visualgrad computes</source>
        <translation>visualgrad no calcula backward(inputs=...)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>batch_norm eps must be positive during training and non-negative otherwise, but got {eps}</source>
        <translation>l’eps de batch_norm ha de ser positiu en entrenament i no negatiu altrament, però és {eps}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>calls nest more than {n} deep</source>
        <translation>les crides s’imbriquen més de {n} nivells</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>no es pot cridar numpy() sobre un tensor que requereix grad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>casting a tensor that requires grad to {tag} cuts the graph</source>
        <translation>convertir a {tag} un tensor que requereix grad talla el graf</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>changing a computed tensor in place is not something visualgrad shows</source>
        <translation>visualgrad no mostra la modificació in situ d’un tensor calculat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>class &apos;{cls}&apos; has no attribute &apos;{name}&apos;</source>
        <translation>la classe &apos;{cls}&apos; no té l’atribut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>clip() missing 1 required positional argument: &apos;{name}&apos;</source>
        <translation>a clip() li falta 1 argument posicional obligatori: &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>comparisons such as &apos;{op}&apos; are not part of the language</source>
        <translation type="vanished">les comparacions com &apos;{op}&apos; no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.save_for_backward takes tensors</source>
        <translation>ctx.save_for_backward espera tensors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.{name} cannot be set</source>
        <translation>ctx.{name} no es pot assignar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>decorators are not part of the language</source>
        <translation>els decoradors no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>del is not part of the language</source>
        <translation>del no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>detach_() changes a tensor in place; visualgrad shows the cut with detach()</source>
        <translation>detach_() modifica un tensor in situ; visualgrad mostra el tall amb detach()</translation>
    </message>
    <message>
        <source>dict comprehensions are not part of the language</source>
        <translation type="vanished">les comprensions de dict no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>dict keys are numbers or text here</source>
        <translation>aquí les claus d’un dict són números o text</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>dimension {d} is out of range for a tensor of {n} dimensions</source>
        <translation>la dimensió {d} és fora de rang per a un tensor de {n} dimensions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>division by zero (Python numbers; a tensor would give inf)</source>
        <translation>divisió per zero (números de Python; un tensor donaria inf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>dropout probability has to be between 0 and 1, but got {p}</source>
        <translation>la probabilitat de dropout ha d’estar entre 0 i 1, però s’ha rebut {p}</translation>
    </message>
    <message>
        <source>empty parentheses: put an expression inside</source>
        <translation type="vanished">parèntesis buits: poseu-hi una expressió a dins</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; on line {line}, column {column}</source>
        <translation type="vanished">s’esperava &apos;)&apos; per tancar el &apos;(&apos; de la línia {line}, columna {column}</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; between arguments</source>
        <translation type="vanished">s’esperava &apos;,&apos; o &apos;)&apos; entre arguments</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation type="vanished">s’esperava &apos;,&apos; o &apos;]&apos; a la llista</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; on line {line}, column {column}</source>
        <translation type="vanished">s’esperava &apos;]&apos; per tancar el &apos;[&apos; de la línia {line}, columna {column}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>expected 2D or 3D input (got {n}D input)</source>
        <translation>s’esperava una entrada 2D o 3D (s’ha rebut una entrada {n}D)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected True or False here</source>
        <translation>aquí s’esperava True o False</translation>
    </message>
    <message>
        <source>expected a method name after &apos;.&apos;</source>
        <translation type="vanished">s’esperava un nom de mètode després de &apos;.&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a number or a tensor here, not {kind}</source>
        <translation>aquí s’esperava un número o un tensor, no {kind}</translation>
    </message>
    <message>
        <source>expected a number, a name or &apos;(&apos; but found &apos;{text}&apos;</source>
        <translation type="vanished">s’esperava un número, un nom o &apos;(&apos;, però s’ha trobat &apos;{text}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a whole number here</source>
        <translation>aquí s’esperava un nombre enter</translation>
    </message>
    <message>
        <source>expected an expression after &apos;=&apos;</source>
        <translation type="vanished">s’esperava una expressió després de &apos;=&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>generator= takes a torch.Generator()</source>
        <translation>generator= espera un torch.Generator()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>generators (yield) are not part of the language</source>
        <translation>els generadors (yield) no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>grad can be implicitly created only for scalar outputs</source>
        <translation>grad només es pot crear implícitament per a sortides escalars</translation>
    </message>
    <message>
        <source>import {module} is not needed and is ignored</source>
        <translation type="vanished">import {module} no cal i s’ignora</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>imports are limited to torch, numpy, math, random and micrograd; &apos;{name}&apos; is not one of them</source>
        <translation>les importacions es limiten a torch, numpy, math, random i micrograd; &apos;{name}&apos; no n’és cap</translation>
    </message>
    <message>
        <source>imports are not part of the language; only &apos;import torch&apos;, &apos;import numpy as np&apos; and &apos;import math&apos; are accepted (and ignored)</source>
        <translation type="vanished">els imports no formen part del llenguatge; només s’accepten (i s’ignoren) &apos;import torch&apos;, &apos;import numpy as np&apos; i &apos;import math&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>in place, the result must keep the shape {shape}</source>
        <translation>in situ, el resultat ha de mantenir la forma {shape}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>index {i} is out of range (length {n})</source>
        <translation>l’índex {i} és fora de rang (longitud {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>index {i} is out of range for {size}</source>
        <translation>l’índex {i} és fora de rang per a {size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>index {i} is out of range for {what} of {n} modules</source>
        <translation>l’índex {i} és fora de rang per a {what} de {n} mòduls</translation>
    </message>
    <message>
        <source>indexing with [...] is not supported; give each value its own name</source>
        <translation type="vanished">no es pot indexar amb [...]; doneu a cada valor el seu propi nom</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>invalid format &apos;:{spec}&apos; for a number</source>
        <translation>format &apos;:{spec}&apos; no vàlid per a un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>items of {kind} cannot be set</source>
        <translation>no es poden assignar elements de {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>items of {what} cannot be set</source>
        <translation>no es poden assignar elements de {what}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>label_smoothing is not something visualgrad computes yet</source>
        <translation>visualgrad encara no calcula label_smoothing</translation>
    </message>
    <message>
        <source>lambda is not part of the language</source>
        <translation type="vanished">lambda no forma part del llenguatge</translation>
    </message>
    <message>
        <source>lambda is not part of the language: write the expression out</source>
        <translation type="vanished">lambda no forma part del llenguatge: escriviu l’expressió sencera</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>len() of a 0-d tensor</source>
        <translation>len() d’un tensor 0-d</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>line {line}, column {column}: {message}</source>
        <translation>línia {line}, columna {column}: {message}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>list entries must be numbers, as in [[0.5, -0.2], [0.1, 0.4]]</source>
        <translation>els elements de la llista han de ser números, com a [[0.5, -0.2], [0.1, 0.4]]</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>match is not part of the language</source>
        <translation>match no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.factorial takes a whole number from 0 to 1000</source>
        <translation>math.factorial rep un nombre enter del 0 al 1000</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.fsum takes a list of numbers</source>
        <translation>math.fsum rep una llista de números</translation>
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
        <translation>math.prod rep una llista de números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.{name}: {error}</source>
        <translation>math.{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul (@) multiplies vectors and matrices, but shapes {a} and {b} include a single number: use * to multiply by a number</source>
        <translation>matmul (@) multiplica vectors i matrius, però les formes {a} i {b} inclouen un sol número: feu servir * per multiplicar per un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul: shapes {a} and {b} do not line up (columns of the left must equal rows of the right)</source>
        <translation>matmul: les formes {a} i {b} no encaixen (les columnes de l’esquerra han de ser tantes com les files de la dreta)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>metaclasses and class keywords are not part of the language</source>
        <translation>les metaclasses i les paraules clau de classe no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value combines with numbers and Values, not this</source>
        <translation>el Value de micrograd es combina amb números i Values, no amb això</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value supports only int/float powers</source>
        <translation>el Value de micrograd només admet potències int/float</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>names starting with &apos;__&apos; are reserved</source>
        <translation>els noms que comencen per &apos;__&apos; estan reservats</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Embedding starts from visualgrad&apos;s own seeded weights, N(0, 1) as in PyTorch, but not PyTorch&apos;s numbers. The gradients shown are exact for these weights.</source>
        <translation>nn.Embedding comença amb pesos propis de visualgrad amb llavor, N(0, 1) com a PyTorch, però no són els nombres de PyTorch. Els gradients mostrats són exactes per a aquests pesos.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear starts from visualgrad&apos;s own seeded weights: He (Kaiming) normal, N(0, 2/in_features), with zero biases — not PyTorch&apos;s numbers, nor its default U(−1/√in, 1/√in) start. The gradients shown are exact for these weights.</source>
        <translation>nn.Linear comença amb pesos propis de visualgrad amb llavor: normal de He (Kaiming), N(0, 2/in_features), amb biaixos zero — no els números de PyTorch, ni el seu inici per defecte U(−1/√in, 1/√in). Els gradients que es mostren són exactes per a aquests pesos.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}) takes inputs whose last size is {i}, not shape {s}</source>
        <translation>nn.Linear({i}, {o}) rep entrades amb {i} com a darrera mida, no de forma {s}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}): sizes must be from 1 up to a million weights</source>
        <translation>nn.Linear({i}, {o}): les mides han d’anar d’1 fins a un milió de pesos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Module.__init__() takes no arguments</source>
        <translation>nn.Module.__init__() no admet arguments</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList cannot be called; loop over it</source>
        <translation>nn.ModuleList no es pot cridar; recorreu-la amb un bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList takes a list of modules</source>
        <translation>nn.ModuleList rep una llista de mòduls</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Parameter takes a tensor</source>
        <translation>nn.Parameter rep un tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init.constant_ takes a number</source>
        <translation>nn.init.constant_ rep un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init: unknown nonlinearity {n!r}</source>
        <translation>nn.init: no linealitat desconeguda {n!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>nothing to compute yet: type an expression such as L = 2*(x**2 + exp(x))</source>
        <translation>encara no hi ha res per calcular: escriviu una expressió com L = 2*(x**2 + exp(x))</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/__init__.py"/>
        <source>nothing to draw: the program computes no tensor</source>
        <translation>no hi ha res a dibuixar: el programa no calcula cap tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange takes one to three numbers</source>
        <translation>np.arange rep d’un a tres números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: the step cannot be 0</source>
        <translation>np.arange: el pas no pot ser 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: too many numbers to draw</source>
        <translation>np.arange: massa números per dibuixar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.dot of arrays with more than two dimensions is not something visualgrad computes</source>
        <translation>visualgrad no calcula np.dot d’arrays de més de dues dimensions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>np.empty deixa els seus números sense definir; visualgrad mostra zeros fins que s’omplen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.eye: too many numbers to draw</source>
        <translation>np.eye: massa números per dibuixar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.linalg.norm is accepted for vector norms (ord None, 1, 2, inf) and the Frobenius norm</source>
        <translation>np.linalg.norm s’accepta per a normes vectorials (ord None, 1, 2, inf) i per a la norma de Frobenius</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace is accepted with numbers for start and stop</source>
        <translation>np.linspace s’accepta amb números per a start i stop</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace: num must be from 0 to 10,000,000</source>
        <translation>np.linspace: num ha d’anar de 0 a 10.000.000</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.matmul: a scalar is not a matrix</source>
        <translation>np.matmul: un escalar no és una matriu</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>np.random is used without np.random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>np.random es fa servir sense np.random.seed(...): visualgrad hi posa la llavor 0, de manera que els números són els mateixos a cada execució</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.default_rng() without a seed would draw different numbers on every run</source>
        <translation>np.random.default_rng() sense llavor trauria números diferents a cada execució</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.randint: high must be greater than low</source>
        <translation>np.random.randint: high ha de ser més gran que low</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.seed() without a number would draw different numbers on every run</source>
        <translation>np.random.seed() sense un número trauria números diferents a cada execució</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.shuffle takes an array or a list</source>
        <translation>np.random.shuffle rep un array o una llista</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.reshape needs a shape (order &apos;C&apos;)</source>
        <translation>np.reshape necessita una forma (order &apos;C&apos;)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.transpose&apos;s axes are a tuple, one per dimension</source>
        <translation>els eixos de np.transpose són una tupla, un per dimensió</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.where is accepted with three arguments</source>
        <translation>np.where s’accepta amb tres arguments</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes a number or an array</source>
        <translation>np.{name} rep un número o un array</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes one number</source>
        <translation>np.{name} rep un sol número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(initial=..., where=...) is not something visualgrad computes</source>
        <translation>visualgrad no calcula np.{name}(initial=..., where=...)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(out=...) writes into another array; visualgrad shows results as new nodes</source>
        <translation>np.{name}(out=...) escriu en un altre array; visualgrad mostra els resultats com a nodes nous</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>object.__init__() takes no arguments</source>
        <translation>object.__init__() no admet arguments</translation>
    </message>
    <message>
        <source>one &apos;=&apos; per statement: give each value its own line</source>
        <translation type="vanished">un sol &apos;=&apos; per instrucció: doneu a cada valor la seva pròpia línia</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>one context per &apos;with&apos;, as in: with torch.no_grad():</source>
        <translation>un context per &apos;with&apos;, com a: with torch.no_grad():</translation>
    </message>
    <message>
        <source>only a plain name can be assigned to, as in &apos;a = x**2&apos;</source>
        <translation type="vanished">només es pot assignar a un nom simple, com a &apos;a = x**2&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>only a tensor of one value converts to a Python number</source>
        <translation>només un tensor d’un sol valor es converteix en un número de Python</translation>
    </message>
    <message>
        <source>only functions can be called, as in exp(x)</source>
        <translation type="vanished">només es poden cridar funcions, com a exp(x)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only names, attributes and items can be assigned to</source>
        <translation>només es pot assignar a noms, atributs i elements</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only one &apos;*&apos; name in an unpacking</source>
        <translation>només un nom amb &apos;*&apos; en un desempaquetament</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>only tensors of floating point dtype can require gradients</source>
        <translation>només els tensors de dtype de coma flotant poden requerir gradients</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>only torch.no_grad() and similar go in a with statement here</source>
        <translation>aquí només torch.no_grad() i similars van en una sentència with</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>optimizer.step(closure) is not something visualgrad runs</source>
        <translation>visualgrad no executa optimizer.step(closure) (un pas amb closure)</translation>
    </message>
    <message>
        <source>positional arguments must come before keyword arguments</source>
        <translation type="vanished">els arguments posicionals han d’anar abans dels arguments amb nom</translation>
    </message>
    <message>
        <source>print(...) is skipped: the graph shows every value</source>
        <translation type="vanished">print(...) s’omet: el graf mostra tots els valors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>raise is not part of the language</source>
        <translation>raise no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>random is used without random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>random es fa servir sense random.seed(...): visualgrad hi posa la llavor 0, de manera que els números són els mateixos a cada execució</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: k is too large</source>
        <translation>random.choices: k és massa gran</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: {error}</source>
        <translation>random.choices: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randint({a}, {b}): the range is empty</source>
        <translation>random.randint({a}, {b}): l’interval és buit</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randrange: {error}</source>
        <translation>random.randrange: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.sample: k must be from 0 to the population&apos;s size</source>
        <translation>random.sample: k ha d’anar de 0 a la mida de la població</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed takes a number or a string</source>
        <translation>random.seed rep un número o un text</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed() without a number would draw different numbers on every run</source>
        <translation>random.seed() sense un número trauria números diferents a cada execució</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.shuffle takes a list (it shuffles it in place)</source>
        <translation>random.shuffle rep una llista (la barreja in situ)</translation>
    </message>
    <message>
        <source>reading .grad is skipped: the graph shows every gradient</source>
        <translation type="vanished">la lectura de .grad s’omet: el graf mostra tots els gradients</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>reduction must be &apos;mean&apos;, &apos;sum&apos; or &apos;none&apos;, not {r!r}</source>
        <translation>reduction ha de ser &apos;mean&apos;, &apos;sum&apos; o &apos;none&apos;, no {r!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer is for a module class of your own</source>
        <translation>register_buffer és per a una classe de mòdul pròpia</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a name without dots</source>
        <translation>register_buffer espera un nom sense punts</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a tensor or None</source>
        <translation>register_buffer espera un tensor o None</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>relative imports are not part of the language</source>
        <translation>les importacions relatives no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>remove the @ line</source>
        <translation>traieu la línia amb @</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>remove the try: and keep its body</source>
        <translation>traieu el try: i conserveu-ne el cos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>requires_grad can only be changed on a tensor you made (a leaf), not on a computed one</source>
        <translation>requires_grad només es pot canviar en un tensor que hàgiu creat vosaltres (una fulla), no en un de calculat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>return the new value</source>
        <translation>retorneu el valor nou</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>rng.integers: high must be greater than low</source>
        <translation>rng.integers: high ha de ser més gran que low</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>round() takes a number</source>
        <translation>round() rep un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>running_mean must be defined in evaluation mode</source>
        <translation>running_mean ha d’estar definit en mode d’avaluació</translation>
    </message>
    <message>
        <source>set comprehensions are not part of the language</source>
        <translation type="vanished">les comprensions de conjunt no formen part del llenguatge</translation>
    </message>
    <message>
        <source>set literals are not part of the language</source>
        <translation type="vanished">els conjunts literals no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>size_average= and reduce= are PyTorch&apos;s old spelling; use reduction=</source>
        <translation>size_average= i reduce= són la grafia antiga de PyTorch; feu servir reduction=</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>sorted() takes numbers or text here</source>
        <translation>aquí sorted() rep números o text</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>super() has no attribute &apos;{name}&apos;</source>
        <translation>super() no té l’atribut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super() works inside a method of a class</source>
        <translation>super() funciona dins d’un mètode d’una classe</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super(Class, self) takes a class of the program and one of its instances</source>
        <translation>super(Class, self) espera una classe del programa i una de les seves instàncies</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>tensors used as indices must be long, int or bool tensors</source>
        <translation>els tensors que es fan servir com a índexs han de ser tensors long, int o bool</translation>
    </message>
    <message>
        <source>text in quotes is not part of the language</source>
        <translation type="vanished">el text entre cometes no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>text wider than 10,000 characters</source>
        <translation>text de més de 10.000 caràcters d’amplada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the dict has no key {key!r}</source>
        <translation>el dict no té la clau {key!r}</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation type="vanished">l’expressió s’acaba massa aviat</translation>
    </message>
    <message>
        <source>the expression is nested too deeply (more than {limit} levels)</source>
        <translation type="vanished">l’expressió està imbricada massa profundament (més de {limit} nivells)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the indentation does not line up here ({detail})</source>
        <translation>aquí la sagnia no quadra ({detail})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the last statement only names a value; compute something from it, as in L = 2*x</source>
        <translation>l’última instrucció només anomena un valor; calculeu-ne alguna cosa, com L = 2*x</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the number is too large for a float</source>
        <translation>el número és massa gran per a un float</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is nested too deeply (more than {limit} levels)</source>
        <translation>el programa està imbricat massa profundament (més de {limit} nivells)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is too large (more than {limit} operations and values)</source>
        <translation>el programa és massa gran (més de {limit} operacions i valors)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program needs more memory than this machine has</source>
        <translation>el programa necessita més memòria de la que té aquesta màquina</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program nests calls too deeply</source>
        <translation>el programa imbrica les crides massa profundament</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program runs more than {limit} statements; make the loop shorter</source>
        <translation>el programa executa més de {limit} sentències; escurceu el bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the rows of this list have different lengths</source>
        <translation>les files d’aquesta llista tenen longituds diferents</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text contains a NUL byte</source>
        <translation>el text conté un byte NUL</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text is too long ({n} characters; the limit is {limit})</source>
        <translation>el text és massa llarg ({n} caràcters; el límit és {limit})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the value given for &apos;{name}&apos; is not a number or a rectangular list of numbers</source>
        <translation>el valor donat per a &apos;{name}&apos; no és un número ni una llista rectangular de números</translation>
    </message>
    <message>
        <source>there is no input named &apos;{name}&apos; to set</source>
        <translation type="vanished">no hi ha cap entrada anomenada &apos;{name}&apos; per definir</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no input named &apos;{name}&apos; to set; the inputs are: {inputs}</source>
        <translation>no hi ha cap entrada anomenada &apos;{name}&apos; per definir; les entrades són: {inputs}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no tensor named &apos;{name}&apos; to use as the loss</source>
        <translation>no hi ha cap tensor anomenat &apos;{name}&apos; per fer-lo servir com a pèrdua</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this % formatting does not fit its values: {why}</source>
        <translation>aquest format amb % no s’ajusta als seus valors: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>this assert fails: the program would stop here</source>
        <translation>aquest assert falla: el programa s’aturaria aquí</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>this backward pass goes through a batch norm computed in eval mode, whose running statistics a later training call has changed (PyTorch would silently use the new numbers); call backward() before that training call, or compute the eval output under torch.no_grad()</source>
        <translation>aquesta passada enrere travessa una batch norm calculada en mode d’avaluació, les estadístiques de la qual ha canviat una crida d’entrenament posterior (PyTorch faria servir els nombres nous sense avisar); crideu backward() abans d’aquella crida d’entrenament, o calculeu la sortida d’avaluació dins de torch.no_grad()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this could not be computed: {why}</source>
        <translation>no s’ha pogut calcular: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this gives a complex number, which visualgrad does not compute</source>
        <translation>això dona un nombre complex, que visualgrad no calcula</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this graph has {n} nodes; the window draws at most {limit}. Use &apos;visualgrad trace&apos; for it</source>
        <translation>aquest graf té {n} nodes; la finestra en dibuixa com a màxim {limit}. Feu servir &apos;visualgrad trace&apos; per a aquest graf</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this is not valid Python: {detail}</source>
        <translation>això no és Python vàlid: {detail}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this name is {n} characters long; names can have at most {limit}</source>
        <translation>aquest nom té {n} caràcters; un nom pot tenir com a màxim {limit} caràcters</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this needs more memory than this machine has</source>
        <translation>això necessita més memòria de la que té aquesta màquina</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>this operator is not part of the language</source>
        <translation>aquest operador no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this program is too big to draw (the window draws at most {limit} nodes); use &apos;visualgrad trace&apos; for it</source>
        <translation>aquest programa és massa gran per dibuixar-lo (la finestra dibuixa com a màxim {limit} nodes); feu servir &apos;visualgrad trace&apos; per a aquest programa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this tensor does not require grad, so backward() has nothing to do (PyTorch refuses it too)</source>
        <translation>aquest tensor no requereix grad, de manera que backward() no té res a fer (PyTorch també ho rebutja)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>this tensor does not require grad, so there is nothing to send back: none of the tensors it was computed from has requires_grad=True</source>
        <translation>aquest tensor no requereix grad, de manera que no hi ha res a enviar enrere: cap dels tensors a partir dels quals s’ha calculat té requires_grad=True</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this text in quotes is not closed</source>
        <translation>aquest text entre cometes no està tancat</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal</source>
        <translation>aquest nombre enter seria massa gran; escriviu-ne un com a decimal</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal (2.0 ** 1000)</source>
        <translation>aquest nombre enter seria massa gran; escriviu-ne un com a decimal (2.0 ** 1000)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this would make a list or text of {n} items; the limit is {limit}</source>
        <translation>això faria una llista o un text de {n} elements; el límit és {limit}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.Tensor(sizes) leaves its numbers unset; torch.Tensor takes a list of numbers</source>
        <translation>torch.Tensor(sizes) deixa els seus números sense definir; torch.Tensor rep una llista de números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange takes finite numbers</source>
        <translation>torch.arange rep números finits</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: step must be nonzero</source>
        <translation>torch.arange: el pas (step) no pot ser zero</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: {n} is too many numbers to draw</source>
        <translation>torch.arange: {n} són massa números per dibuixar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.backward: grad_tensors needs one gradient per tensor</source>
        <translation>torch.autograd.backward: grad_tensors necessita un gradient per tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>visualgrad no calcula torch.autograd.grad(create_graph=True) (gradients de gradients)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad: grad_outputs needs one gradient per output</source>
        <translation>torch.autograd.grad: grad_outputs necessita un gradient per sortida</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.{what}: {arg} must be a tensor or a list of tensors</source>
        <translation>torch.autograd.{what}: {arg} ha de ser un tensor o una llista de tensors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.clamp needs min or max</source>
        <translation>torch.clamp necessita min o max</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.device takes a name such as &quot;cpu&quot;</source>
        <translation>torch.device espera un nom com ara &quot;cpu&quot;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.div with rounding_mode has no gradient to show</source>
        <translation>torch.div amb rounding_mode no té cap gradient a mostrar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>torch.empty deixa els seus números sense definir; visualgrad mostra zeros fins que s’omplen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.from_numpy takes a NumPy array</source>
        <translation>torch.from_numpy rep un array de NumPy</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.linspace: steps must be non-negative</source>
        <translation>torch.linspace: steps (el nombre de passos) no pot ser negatiu</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial takes a 1-d or 2-d tensor of weights ≥ 0</source>
        <translation>torch.multinomial espera un tensor d’1 o 2 dimensions amb pesos ≥ 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial: each row needs weight, and without replacement at most as many samples as categories</source>
        <translation>torch.multinomial: cada fila necessita pes, i sense reemplaçament com a molt tantes mostres com categories</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.normal is accepted with numbers and a size</source>
        <translation>torch.normal s’accepta amb números i una mida</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint takes (high, size) or (low, high, size)</source>
        <translation>torch.randint rep (high, size) o (low, high, size)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint: high must be greater than low</source>
        <translation>torch.randint: high ha de ser més gran que low</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.set_grad_enabled is accepted in a with statement</source>
        <translation>torch.set_grad_enabled s’accepta en una sentència with</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.where&apos;s condition must be a bool tensor, such as x &gt; 0</source>
        <translation>la condició de torch.where ha de ser un tensor bool, com ara x &gt; 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name} takes one dim; for several use torch.a{name}</source>
        <translation>torch.{name} rep una sola dim; per a diverses, feu servir torch.a{name}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name}() takes keepdim only with a dim</source>
        <translation>torch.{name}() només admet keepdim amb una dim</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>try/except is not part of the language</source>
        <translation>try/except no forma part del llenguatge</translation>
    </message>
    <message>
        <source>tuples are not supported; use a list [a, b] for a tensor</source>
        <translation type="vanished">les tuples no s’admeten; feu servir una llista [a, b] per a un tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>unary &apos;{op}&apos; does not work on {kind}</source>
        <translation>el &apos;{op}&apos; unari no funciona amb {kind}</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; after the end of the statement</source>
        <translation type="vanished">&apos;{text}&apos; inesperat després del final de la instrucció</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>unexpected character {c!r} ({name})</source>
        <translation>caràcter inesperat {c!r} ({name})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>unknown function &apos;{name}&apos;</source>
        <translation>funció desconeguda &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>unsupported format string passed to Tensor.__format__ (the tensor has shape {shape})</source>
        <translation>cadena de format no admesa passada a Tensor.__format__ (el tensor té forma {shape})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>unsupported format string passed to Value.__format__</source>
        <translation>cadena de format no admesa passada a Value.__format__</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>visualgrad could not run this ({why}); please report it</source>
        <translation>visualgrad no ha pogut executar això ({why}); si us plau, informeu-ne</translation>
    </message>
    <message>
        <source>write its forward with torch operations in a def, and autograd derives the backward</source>
        <translation type="vanished">escriviu el forward amb operacions de torch en un def, i l’autograd en dedueix el backward</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>write the numbers with a decimal point, e.g. 1.0</source>
        <translation>escriviu els números amb punt decimal, p. ex. 1.0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>writing a tensor that requires grad into another tensor is not something visualgrad shows</source>
        <translation>visualgrad no mostra l’escriptura d’un tensor que requereix grad dins d’un altre tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.T on a tensor of {n} dimensions is not something visualgrad computes</source>
        <translation>visualgrad no calcula x.T sobre un tensor de {n} dimensions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.data can be set to a tensor</source>
        <translation>x.data es pot assignar a un tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.grad can be set to None or to a tensor of x&apos;s shape</source>
        <translation>x.grad es pot assignar a None o a un tensor amb la forma de x</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.to() is accepted with a dtype or a device</source>
        <translation>x.to() s’accepta amb un dtype o un device</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}() takes a tensor or a number</source>
        <translation>x.{name}() rep un tensor o un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}(): the result&apos;s shape {got} is not x&apos;s {want}</source>
        <translation>x.{name}(): la forma del resultat, {got}, no és la de x, {want}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>x[...] = ...: {error}</source>
        <translation>x[...] = ...: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{b} ** {k} is a complex number; micrograd&apos;s Value holds real numbers</source>
        <translation>{b} ** {k} és un nombre complex; el Value de micrograd conté nombres reals</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls} needs a @staticmethod {name}(ctx, ...)</source>
        <translation>{cls} necessita un @staticmethod {name}(ctx, ...)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{cls}() takes no arguments</source>
        <translation>{cls}() no admet arguments</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned a gradient of shape {got} for an input of shape {want}</source>
        <translation>{cls}.backward ha retornat un gradient de forma {got} per a una entrada de forma {want}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned {n} gradients; forward takes {m} arguments</source>
        <translation>{cls}.backward ha retornat {n} gradients; forward pren {m} arguments</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.forward must return one tensor here</source>
        <translation>{cls}.forward ha de retornar aquí un sol tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>{c} looks like {ascii} but is a different character; type {ascii}</source>
        <translation>{c} s’assembla a {ascii} però és un altre caràcter; escriviu {ascii}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{func}() has no option &apos;{name}&apos;</source>
        <translation>{func}() no té l’opció &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{kind} cannot be called</source>
        <translation>{kind} no es pot cridar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be indexed</source>
        <translation>{kind} no es pot indexar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be looped over</source>
        <translation>{kind} no es pot recórrer amb un bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>{kind} has no attribute &apos;{name}&apos; here</source>
        <translation>aquí {kind} no té l’atribut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{kind} has no len()</source>
        <translation>{kind} no té len()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>{kind} values are not part of the language</source>
        <translation>els valors {kind} no formen part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>{message} — try: {hint}</source>
        <translation>{message} — proveu: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{name} should contain {c} elements not {n}</source>
        <translation>{name} hauria de contenir {c} elements, no {n}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name} without dim= uses dim={d}, as PyTorch does (with a warning); write dim= to be sure</source>
        <translation>{name} sense dim= fa servir dim={d}, com fa PyTorch (amb un avís); escriviu dim= per anar sobre segur</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() got &apos;{kw}&apos; twice: by position and by name</source>
        <translation>{name}() ha rebut &apos;{kw}&apos; dues vegades: per posició i per nom</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() got two values for &apos;{arg}&apos;</source>
        <translation>{name}() ha rebut dos valors per a &apos;{arg}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() has no parameter &apos;{arg}&apos;</source>
        <translation>{name}() no té el paràmetre &apos;{arg}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() has no parameter &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}() no té el paràmetre &apos;{kw}&apos;; els seus paràmetres són: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() is missing the argument &apos;{arg}&apos;</source>
        <translation>a {name}() li falta l’argument &apos;{arg}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() needs the argument &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}() necessita l’argument &apos;{kw}&apos;; els seus paràmetres són: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() of an empty sequence</source>
        <translation>{name}() d’una seqüència buida</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}() of one tensor: write {name}(x, 0) for the larger of x and 0, or torch.{name}(x) for its largest value</source>
        <translation>{name}() d’un sol tensor: escriviu {name}(x, 0) per al més gran entre x i 0, o torch.{name}(x) per al seu valor més gran</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() takes at most {most} positional arguments ({given} given); its parameters are: {params}</source>
        <translation>{name}() admet com a màxim {most} arguments posicionals (se n’han donat {given}); els seus paràmetres són: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() takes {n} positional arguments but {m} were given</source>
        <translation>{name}() admet {n} arguments posicionals però se n’han donat {m}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() takes {want} argument(s), {given} given</source>
        <translation>{name}() pren {want} argument(s), però se n’han donat {given}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}(...) takes numbers, as in {name}([1.0, 2.0])</source>
        <translation>{name}(...) pren números, com a {name}([1.0, 2.0])</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}(key=...) is not part of the language</source>
        <translation>{name}(key=...) no forma part del llenguatge</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name}(weight=...) is not something visualgrad computes yet</source>
        <translation>visualgrad encara no calcula {name}(weight=...)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{name}.apply takes its arguments by position, as PyTorch&apos;s does</source>
        <translation>{name}.apply pren els arguments per posició, com el de PyTorch</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{n} names to unpack into, but {m} values</source>
        <translation>{n} noms on desempaquetar, però {m} valors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{op}: axis {axis} does not exist for shape {shape}</source>
        <translation>{op}: l’eix {axis} no existeix per a la forma {shape}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{op}: shapes {a} and {b} cannot be broadcast together</source>
        <translation>{op}: les formes {a} i {b} no es poden combinar per broadcasting</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{v!r} is not a number</source>
        <translation>{v!r} no és un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} can only optimize leaf tensors that require grad</source>
        <translation>{what} només pot optimitzar tensors fulla que requereixen grad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be called</source>
        <translation>{what} no es pot cridar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>{what} no es pot formatar amb &apos;:{spec}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be indexed</source>
        <translation>{what} no es pot indexar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be looped over</source>
        <translation>{what} no es pot recórrer amb un bucle</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be used in a with statement</source>
        <translation>{what} no es pot fer servir en una sentència with</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} does not support unary {op}</source>
        <translation>{what} no admet l’operador unari {op}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has .values and .indices, not &apos;{name}&apos;</source>
        <translation>{what} té .values i .indices, no &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no attribute &apos;{name}&apos;</source>
        <translation>{what} no té l’atribut &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no len()</source>
        <translation>{what} no té len()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has two items: [0] the values and [1] the indices</source>
        <translation>{what} té dos elements: [0] els valors i [1] els índexs</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>{what} holds modules (nn.Linear(...), nn.ReLU(), ...), not {kind}</source>
        <translation>{what} conté mòduls (nn.Linear(...), nn.ReLU(), ...), no {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} is called with one input list</source>
        <translation>{what} es crida amb una sola llista d’entrades</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} is only used as a base class here</source>
        <translation>aquí {what} només es fa servir com a classe base</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what} ha de ser un nombre, no {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} must be a whole number from 0 to 10,000</source>
        <translation>{what} ha de ser un nombre enter del 0 al 10.000</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} ha de ser un nombre enter, no {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{what} of a tensor is not supported yet</source>
        <translation>{what} d’un tensor encara no s’admet</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes a list of arrays</source>
        <translation>{what} rep una llista d’arrays</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_shape.py"/>
        <source>{what} takes a list of tensors</source>
        <translation>{what} rep una llista de tensors</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} takes a list of tensors, such as model.parameters()</source>
        <translation>{what} rep una llista de tensors, com ara model.parameters()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a non-empty list</source>
        <translation>{what} rep una llista no buida</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number, not {kind}</source>
        <translation>{what} rep un número, no {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number; this tensor has {n} elements</source>
        <translation>{what} rep un número; aquest tensor té {n} elements</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what} takes a tensor</source>
        <translation>{what} rep un tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what} takes a tensor (a layer&apos;s weight or bias)</source>
        <translation>{what} rep un tensor (el pes o el biaix d’una capa)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes a tensor, not {kind}</source>
        <translation>{what} rep un tensor, no {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes a whole number or a list of numbers</source>
        <translation>{what} rep un nombre enter o una llista de números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes arrays or numbers</source>
        <translation>{what} rep arrays o números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes numbers</source>
        <translation>{what} rep números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes numbers or arrays</source>
        <translation>{what} rep números o arrays</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes numbers or lists of numbers, not {kind}</source>
        <translation>{what} rep números o llistes de números, no {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes whole numbers</source>
        <translation>{what} rep nombres enters</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes a torch tensor, not a NumPy array</source>
        <translation>{what}() rep un tensor de torch, no un array de NumPy</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes keepdim only with a dim</source>
        <translation>{what}() només admet keepdim amb una dim</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}(): argument &apos;normalized_shape&apos; must be a tuple of ints, not {kind}</source>
        <translation>{what}(): l’argument &apos;normalized_shape&apos; ha de ser una tupla d’enters, no {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): argument &apos;{arg}&apos; must be a tensor, not {kind}</source>
        <translation>{what}(): l’argument &apos;{arg}&apos; ha de ser un tensor, no {kind}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): the input must be a floating point tensor, not {dtype}</source>
        <translation>{what}(): l’entrada ha de ser un tensor de coma flotant, no {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(dtype=...) other than a float type is not something visualgrad computes</source>
        <translation>visualgrad no calcula {what}(dtype=...) amb un tipus que no sigui de coma flotant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what}(x) turns the tensor into a plain number, as in PyTorch: no gradient flows through it (torch.{name}(x) keeps it)</source>
        <translation>{what}(x) converteix el tensor en un número normal, com a PyTorch: no hi flueix cap gradient (torch.{name}(x) el conserva)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}({arg}=...) is not something visualgrad computes yet</source>
        <translation>{what}({arg}=...) encara no és una cosa que visualgrad calculi</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>{what}.{name} can only be set to an nn.Parameter</source>
        <translation>{what}.{name} només es pot assignar a un nn.Parameter</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: a must be a positive whole number</source>
        <translation>{what}: a ha de ser un nombre enter positiu</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: a size cannot be negative: {dims}</source>
        <translation>{what}: una mida no pot ser negativa: {dims}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: a size cannot be negative: {size}</source>
        <translation>{what}: una mida no pot ser negativa: {size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: betas is a pair of numbers</source>
        <translation>{what}: betas és un parell de números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>{what}: no es pot cridar numpy() sobre un tensor que requereix grad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: correction must be a number</source>
        <translation>{what}: correction ha de ser un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: dtype {dtype} is not one visualgrad computes</source>
        <translation>{what}: visualgrad no calcula el dtype {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: fan in and fan out need a tensor of at least 2 dimensions</source>
        <translation>{what}: fan in i fan out necessiten un tensor d’almenys 2 dimensions</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: give the size once, by position or as size=</source>
        <translation>{what}: doneu la mida una sola vegada, per posició o com a size=</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: index {i} is out of range for {n} rows (0 to {top})</source>
        <translation>{what}: l’índex {i} és fora de l’interval per a {n} files (de 0 a {top})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: mode is &apos;fan_in&apos; or &apos;fan_out&apos;</source>
        <translation>{what}: mode és &apos;fan_in&apos; o &apos;fan_out&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: only tensors of floating point dtype can require gradients</source>
        <translation>{what}: només els tensors de dtype de coma flotant poden requerir gradients</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: shapes {a} and {b} do not broadcast</source>
        <translation>{what}: les formes {a} i {b} no són compatibles per a broadcasting</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: size {size} cannot be drawn</source>
        <translation>{what}: no es pot dibuixar la mida {size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}: sizes must be from 1 up to a million weights</source>
        <translation>{what}: les mides han de ser d’1 fins a un milió de pesos</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: the fill value is a number</source>
        <translation>{what}: el valor d’emplenament és un número</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the indices must be an int64 tensor, not {dtype}</source>
        <translation>{what}: els índexs han de ser un tensor int64, no {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the list is nested too deeply</source>
        <translation>{what}: la llista està imbricada massa profundament</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the rows of the list have different lengths</source>
        <translation>{what}: les files de la llista tenen longituds diferents</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the target must hold class indices (an int64 tensor), not {dtype}</source>
        <translation>{what}: l’objectiu ha de contenir índexs de classe (un tensor int64), no {dtype}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{what}: {error} (micrograd&apos;s Value stops here too)</source>
        <translation>{what}: {error} (el Value de micrograd també s’atura aquí)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: {name} must be a number ≥ 0</source>
        <translation>{what}: {name} ha de ser un número ≥ 0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: {size} is too many numbers to draw</source>
        <translation>{what}: {size} són massa números per dibuixar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>… (more printed lines are not kept)</source>
        <translation>… (no es conserven més línies impreses)</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found at {path}; using the built-in layout</source>
        <translation>no s’ha trobat Graphviz (dot) a {path}; es fa servir la disposició integrada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found; using the built-in layout</source>
        <translation>no s’ha trobat Graphviz (dot); es fa servir la disposició integrada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz failed; using the built-in layout</source>
        <translation>Graphviz ha fallat; es fa servir la disposició integrada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz gave an unreadable answer; using the built-in layout</source>
        <translation>Graphviz ha donat una resposta il·legible; es fa servir la disposició integrada</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz timed out after {seconds} s; using the built-in layout</source>
        <translation>Graphviz ha esgotat el temps després de {seconds} s; es fa servir la disposició integrada</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 to a negative power divides by zero: the value is ∞.</source>
        <translation>0 elevat a una potència negativa divideix per zero: el valor és ∞.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 × ∞ is undefined, so the value is NaN.</source>
        <translation>0 × ∞ no està definit, així que el valor és NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0/0 is undefined (NaN).</source>
        <translation>0/0 no està definit (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>A negative number to a fractional power is undefined (NaN).</source>
        <translation>Un nombre negatiu elevat a una potència fraccionària no està definit (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>An infinite gradient passes on as ∞ (or NaN where it meets 0).</source>
        <translation>Un gradient infinit es passa com a ∞ (o NaN on es troba amb 0).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the loss: {d} = 1.</source>
        <translation>L’error comença a propagar-se enrere des de la loss: {d} = 1.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the output: {d} = 1 for every entry (the same as backward on its sum).</source>
        <translation>L’error comença a propagar-se enrere des de la sortida: {d} = 1 per a cada element (el mateix que fer backward de la suma).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>By hand: {formula} = {substituted} = {hand}; autograd: {autograd}.</source>
        <translation>A mà: {formula} = {substituted} = {hand}; autograd: {autograd}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Constants: {values}.</source>
        <translation>Constants: {values}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Dividing by zero gives ∞.</source>
        <translation>Dividir per zero dona ∞.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} = {value}.</source>
        <translation>Endavant: {chain} = {value}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} gives a {shape} tensor {value}.</source>
        <translation>Endavant: {chain} dona un tensor {shape} {value}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Inputs: {values}.</source>
        <translation>Entrades: {values}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads backward: the blame passed on is NaN too.</source>
        <translation>El NaN també es propaga enrere: el senyal d’error que es passa és NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads: whatever is computed from NaN is NaN too.</source>
        <translation>El NaN s’escampa: tot el que es calcula a partir de NaN també és NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is not finite here, so its blame is ∞ or NaN.</source>
        <translation>La derivada local respecte de {src} aquí no és finita: l’error que li arriba és ∞ o NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here and 0 × ∞ is undefined, so its blame is NaN.</source>
        <translation>La derivada local respecte de {src} aquí és {local} i 0 × ∞ no està definit: l’error que li arriba és NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here, so its blame is {c}.</source>
        <translation>La derivada local respecte de {src} aquí és {local}: l’error que li arriba és {c}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The loss: {name} = {value}. The accident happened here; now we trace back who is responsible.</source>
        <translation>La loss: {name} = {value}. Aquí és on hem fallat el tir; ara l’error es propaga enrere perquè cadascú sàpiga com corregir-se.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The square root of a negative number is undefined (NaN).</source>
        <translation>L’arrel quadrada d’un nombre negatiu no està definida (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/steps.py"/>
        <source>Update: the program sets {w} to {new}.</source>
        <translation>Actualització: el programa assigna {new} a {w}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</source>
        <translation>Ajust, com després d’un tir fallat: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>line {line}</source>
        <translation>línia {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log of a negative number is undefined (NaN).</source>
        <translation>el log d’un nombre negatiu no està definit (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log(0) is −∞: the logarithm falls without end as its input reaches 0.</source>
        <translation>log(0) és −∞: el logaritme baixa sense fi quan l’entrada arriba a 0.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>masked_fill writes {value} where the mask is true, as the program asks.</source>
        <translation>masked_fill escriu {value} on la màscara és certa, tal com demana el programa.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>preset</source>
        <translation>exemple</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} = {formula} passes the blame on.</source>
        <translation>{d} = {g} ja és definitiu; {name} = {formula} fa arribar l’error enrere als seus arguments (regla de la cadena).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} passes the blame on.</source>
        <translation>{d} = {g} ja és definitiu; {name} fa arribar l’error enrere als seus arguments (regla de la cadena).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} has no value as a float64 number here: the result is ∞ or NaN.</source>
        <translation>{expr} aquí no té valor com a nombre float64: el resultat és ∞ o NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} overflows to ∞: the value is too large for a float64 (the largest is about 1.8e308).</source>
        <translation>{expr} desborda fins a ∞: el valor és massa gran per a un float64 (el més gran és aproximadament 1.8e308).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{op} of ∞ has no defined value, so it is NaN.</source>
        <translation>{op} de ∞ no té un valor definit, així que és NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{src} is used {k} times, so its blame adds up: {d} = {sum} = {total}</source>
        <translation>{src} es fa servir {k} vegades, així que els errors que li arriben se sumen: {d} = {sum} = {total}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ / ∞ is undefined, so the value is NaN.</source>
        <translation>∞ / ∞ no està definit, així que el valor és NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ passes on: whatever is computed from ∞ stays infinite.</source>
        <translation>∞ es propaga: tot el que es calcula a partir de ∞ continua sent infinit.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ − ∞ is undefined, so the value is NaN.</source>
        <translation>∞ − ∞ no està definit, així que el valor és NaN.</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source> (input {k})</source>
        <translation> (entrada {k})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>({n} paths; the backward pass computed {g})</source>
        <translation>({n} camins; el pas enrere ha calculat {g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>{name} gets no gradient</source>
        <translation>{name} no rep cap gradient</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>— the first {k} of {n} paths only; all {n} add up to {g}</source>
        <translation>— només els primers {k} de {n} camins; tots {n} sumen {g}</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>Compute {formula} from {inputs}.</source>
        <translation>Calcula {formula} a partir de {inputs}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>The loss is where the backward pass starts: how much does the loss change when the loss itself changes by a little?</source>
        <translation>El pas enrere comença a la pèrdua: quant canvia la pèrdua quan la mateixa pèrdua canvia una mica?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>hint: {hint}</source>
        <translation>pista: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>not quite: {name} = {value}</source>
        <translation>no del tot: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>right</source>
        <translation>correcte</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>upstream {up} = {g}, local {d} = {formula}</source>
        <translation>upstream {up} = {g}, local {d} = {formula}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{d} = 1: the seed of the backward pass.</source>
        <translation>{d} = 1: la llavor del pas enrere.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is an input: its value is given.</source>
        <translation>{name} és una entrada: el seu valor és donat.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is used {k} times: add up what each use passes back.</source>
        <translation>{name} s’usa {k} vegades: suma el que retorna cada ús.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>{text!r} is not a number.</source>
        <translation>{text!r} no és un nombre.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>A three-stage chain: the director&apos;s blame on the team lead is dz/dx = dz/dy · dy/dx, read off the edges</source>
        <translation>Una cadena de tres etapes: la culpa que el director posa sobre el cap d’equip és dz/dx = dz/dy · dy/dx, llegida sobre les arestes</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Catalan article</source>
        <translation>Article en català</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Chain rule: by hand vs autograd</source>
        <translation>Regla de la cadena: a mà contra autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Dutch and Japanese articles</source>
        <translation>Articles en neerlandès i japonès</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Korean article (Lesson 05)</source>
        <translation>Article en coreà (lliçó 05)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron</source>
        <translation>Una neurona</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron: y = sigmoid(w·x + b), squared error against the target</source>
        <translation>Una neurona: y = sigmoid(w·x + b), error quadràtic respecte de l’objectiu</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Passing the blame: team lead → manager → director</source>
        <translation>Passar la culpa: cap d’equip → gerent → director</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Team lead A (input) -&gt; manager B (hidden) -&gt; director C (output): dz/dx = dz/dy · dy/dx</source>
        <translation>Cap d’equip A (entrada) -&gt; gerent B (oculta) -&gt; director C (sortida): dz/dx = dz/dy · dy/dx</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>The Korean article&apos;s tiny graph (Lesson 05): backprop by hand vs autograd</source>
        <translation>El graf petit de l’article coreà (lliçó 05): retropropagació a mà contra autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>The article&apos;s 2-2-1 sigmoid network on the four XOR points, mean squared error, learning rate 0.1; matrices or one node per weight</source>
        <translation>La xarxa sigmoide 2-2-1 de l’article sobre els quatre punts de la XOR, error quadràtic mitjà, taxa d’aprenentatge 0.1; matrius o un node per pes</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>The article&apos;s exercise: a deep Linear + sigmoid / tanh / ReLU stack; compare each layer&apos;s gradient norm, with residuals and Xavier / He init</source>
        <translation>L’exercici de l’article: una pila profunda de Linear + sigmoide / tanh / ReLU; compareu la norma del gradient de cada capa, amb connexions residuals i inicialització Xavier / He</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>Vanishing gradients lab</source>
        <translation>Laboratori de gradients que s’esvaeixen</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>XOR network</source>
        <translation>Xarxa XOR</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>blame starts at y</source>
        <translation>la culpa comença a y</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end of the forward pass</source>
        <translation>final de la passada endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>every layer&apos;s gradient</source>
        <translation>el gradient de cada capa</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>example {k}: x = ({a}, {b}), y = {y}</source>
        <translation>exemple {k}: x = ({a}, {b}), y = {y}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>head</source>
        <translation>capçal</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation type="vanished">capa oculta</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k}</source>
        <translation>capa {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k} gets its gradient</source>
        <translation>la capa {k} rep el seu gradient</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="vanished">pèrdua</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation type="vanished">capa de sortida</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <location filename="../../visualgrad/presets/programs.py"/>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>preset {preset} has no input or weight named &apos;{name}&apos; (it has: {known})</source>
        <translation>l’exemple {preset} no té cap entrada ni pes anomenat &apos;{name}&apos; (té: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>preset {preset} has no parameter &apos;{name}&apos; (its parameters: {known})</source>
        <translation>l’exemple {preset} no té el paràmetre &apos;{name}&apos; (els seus paràmetres: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>preset {preset} has nothing to train</source>
        <translation>l’exemple {preset} no té res per entrenar</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>the learning rate must be a number ≥ 0, not {value!r}</source>
        <translation>la taxa d’aprenentatge ha de ser un número ≥ 0, no {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>the output y</source>
        <translation>la sortida y</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/catalogue.py"/>
        <source>there is no preset named {name!r}; the presets are: {known}</source>
        <translation>no hi ha cap exemple anomenat {name!r}; els exemples són: {known}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: residual must be True or False, not {value!r}</source>
        <translation>vanishing: residual ha de ser True o False, no {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: seed must be a whole number ≥ 0, not {value!r}</source>
        <translation>vanishing: seed ha de ser un nombre enter ≥ 0, no {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: {name} must be a whole number from 1 to {top}, not {value!r}</source>
        <translation>vanishing: {name} ha de ser un nombre enter de l’1 al {top}, no {value!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x = 3; a = x², b = eˣ, c = a + b, L = 2c: the hand-derived ∂L/∂x = 2·(2x + eˣ) next to autograd&apos;s 52.1711</source>
        <translation>x = 3; a = x², b = eˣ, c = a + b, L = 2c: la derivada feta a mà ∂L/∂x = 2·(2x + eˣ) al costat del 52.1711 d’autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x: the basic data team lead A hands over</source>
        <translation>x: les dades bàsiques que lliura el cap d’equip A</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y = sigmoid(w·x + b) with a squared error against a target; train w and b by gradient descent</source>
        <translation>y = sigmoid(w·x + b) amb un error quadràtic respecte d’un objectiu; entreneu w i b amb descens del gradient</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y: manager B&apos;s report; dy/dx = 3</source>
        <translation>y: l’informe del gerent B; dy/dx = 3</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>z: director C&apos;s result; dz/dy = 2·manager</source>
        <translation>z: el resultat del director C; dz/dy = 2·manager</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name} has shape {want}, not {got}</source>
        <translation>{name} té la forma {want}, no {got}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name}: {value!r} is not a number or a list of numbers</source>
        <translation>{name}: {value!r} no és un número ni una llista de números</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no input named &apos;{name}&apos; (its inputs: {known})</source>
        <translation>{preset} no té cap entrada anomenada &apos;{name}&apos; (les seves entrades: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no weight named &apos;{name}&apos; (its weights: {known})</source>
        <translation>{preset} no té cap pes anomenat &apos;{name}&apos; (els seus pesos: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{preset}: {name} must be one of {allowed}, not {value!r}</source>
        <translation>{preset}: {name} ha de ser un de {allowed}, no {value!r}</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name}</source>
        <translation>  {where}, a {name}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name} = {formula}</source>
        <translation>  {where}, a {name} = {formula}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Backward pass (most recent frame first: from the loss back to the inputs)</source>
        <translation>Passada enrere (el marc més recent primer: de la pèrdua enrere fins a les entrades)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Forward pass</source>
        <translation>Passada endavant</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Loss: {name} = {value}</source>
        <translation>Pèrdua: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>line {line}</source>
        <translation>línia {line}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>passed to {src}: {label}</source>
        <translation>passat a {src}: {label}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>preset</source>
        <translation>exemple</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>received {d} = {g}</source>
        <translation>rebut {d} = {g}</translation>
    </message>
</context>
</TS>
