<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../../visualgrad/qt/about.py"/>
        <source>not found: built-in layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../../visualgrad/qt/app.py"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/app.py"/>
        <source>visualgrad hit an unexpected error. Your text is kept; you can go on working or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/app.py"/>
        <source>visualgrad: could not save the screenshot to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../../visualgrad/qt/editor.py"/>
        <source>Expression editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/editor.py"/>
        <source>Type an expression, e.g. L = 2*(x**2 + exp(x))</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>cannot write {path}: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>could not write the SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>step {k} is out of range: this graph has {n} steps, numbered 0 to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>step {k} of {n} · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>the range {a}..{b} is empty: the first step comes after the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>this graph has no {phase} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>unknown page size {page!r}; use fit or 16:9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>unknown step {what!r}: use a number, all, forward, backward, loss or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>unknown theme {name!r}; use one of: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>{path} is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/render.py"/>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif or .pptx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>16:9 slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>A range of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>As shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Caption with the step&apos;s narration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Diagram copied to the clipboard ({w} × {h} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Every step ({n} pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Exported {n} files, from {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Exported {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Exporting {n} steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Fit the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>PNG scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>The backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>The forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>The inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>The update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>There is no diagram to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>This step ({k} of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/export_dialog.py"/>
        <source>{name} files (*.{ext})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../../visualgrad/qt/gallery.py"/>
        <source>Every preset with its description and the article it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/gallery.py"/>
        <source>Gallery…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../../visualgrad/qt/gallery.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;From: {article}&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/gallery.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/gallery.py"/>
        <source>Every example from the articles, ready to step through. Double-click one, or select it and press Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/gallery.py"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/gallery.py"/>
        <source>Preset gallery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../../visualgrad/qt/inputs_panel.py"/>
        <source>No inputs: the program uses only constants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>Click a node to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>Line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>Local derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>output (the loss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/inspector.py"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Find a node by name… (Enter for the next match, Esc to close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Graphviz dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Layout: {engine}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Line {line}, column {column}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>No node named “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>The graph shown is the last one that worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>built-in layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/main_window.py"/>
        <source>{k} / {n} · {phase}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>About visualgrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Copy diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>End of forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Find node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Fold operations into nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Follow the active node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Jump to the end of the forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Jump to the inputs (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Jump to the last step (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Jump to the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Lay the graph out left to right instead of top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Next node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Next node (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Play / Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Play speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Previous step (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Rebuild graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Significant digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Stepping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/menus.py"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../../../visualgrad/qt/narration_bar.py"/>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/narration_bar.py"/>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/narration_bar.py"/>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/narration_bar.py"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/narration_bar.py"/>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/narration_bar.py"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../../../visualgrad/qt/notebook.py"/>
        <source># {heading}
# a graph built in Python: edit its inputs in the Inputs panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <location filename="../../../visualgrad/qt/trace_panel.py"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/trace_panel.py"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/trace_panel.py"/>
        <source>loss {name} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/qt/trace_panel.py"/>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>--set takes NAME=VALUE, as in --set x=3 (got {pair!r})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>--set {name}: {raw!r} is not a number or a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>Commands: visualgrad trace|export|presets --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>K, all, forward, backward, loss or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>K, forward-end, loss or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>Open the visualgrad app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>See backpropagation: type an expression, step the forward and backward passes node by node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>a program, or a file holding one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>give a program (TEXT or FILE) or --preset NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>give an input a value (repeatable); free names default to 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>list the preset graphs and networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>print the forward pass and the backward pass as a traceback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>print the stable JSON contract instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>save a PNG of the window and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>use a preset instead of a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>visualgrad: no display found. Use &apos;visualgrad trace TEXT&apos; in a terminal, or set QT_QPA_PLATFORM=offscreen with --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>{path}: not a UTF-8 text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/cli.py"/>
        <source>{path}: the file is too large to be a program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>JSON data (numbers, text, lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a document holds either a program or a preset, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a number from {lo} to {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a number or a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a theme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>a whole number from 1 to {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>an input value has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>an object of input values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>an object of parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>an object of view options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>could not read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>could not save: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the document is larger than {limit} MB and could not be saved; use smaller tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the document must hold either a program (“text”) or a preset (“preset”), exactly one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the field “{field}” must be {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the field “{field}” must be {expected} (found {got})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the file does not exist (moved or deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the file is cut short (truncated): it ends in the middle of the document. Was it copied or saved completely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the file is damaged: data nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the file is damaged: invalid JSON at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the file is damaged: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the file is too large to be a visualgrad document ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>the input “{name}” is not a rectangular tensor (its rows differ in length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>this file was made by a newer visualgrad (format {found}); this version reads format {supported}. Update visualgrad to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>this is a folder, not a visualgrad document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>this is not a visualgrad document (it is JSON, but has no “format”: “visualgrad” marker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>this is not a visualgrad document (it is not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>this is not a visualgrad document: it is not UTF-8 text (byte {offset} is not valid UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>you are not allowed to read this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/document.py"/>
        <source>{name} is not allowed in a document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lang</name>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source> — did you mean &apos;{name}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>&apos;.{name}&apos; is a method: write .{name}()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>&apos;.{name}&apos; is not something visualgrad knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>&apos;.{name}()&apos; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/lexer.py"/>
        <source>&apos;:&apos; is not part of the language (no lambdas, slices, := or blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/lexer.py"/>
        <source>&apos;{c}&apos; ({name}) is not allowed in names; use plain letters a–z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/lexer.py"/>
        <source>&apos;{c}&apos; is not part of the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/lexer.py"/>
        <source>&apos;{c}&apos; looks like &apos;{ascii}&apos; but is a different character; type &apos;{ascii}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>&apos;{kw}&apos; is Python, not part of visualgrad&apos;s language: write one computation, one statement per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>&apos;{kw}&apos; is not part of the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>&apos;{name}&apos; is not defined before .backward()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>&apos;{name}&apos; is not something visualgrad knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>&apos;{name}&apos; is used on line {line} before it is given a value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>&apos;{name}&apos; only makes sense as dtype=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>True and False only go in requires_grad=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>empty parentheses: put an expression inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>expected &apos;)&apos; to close the &apos;(&apos; on line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>expected &apos;,&apos; or &apos;)&apos; between arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>expected &apos;]&apos; to close the &apos;[&apos; on line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>expected True or False here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>expected a method name after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>expected a number, a name or &apos;(&apos; but found &apos;{text}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>expected a whole number here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>expected an expression after &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>import {module} is not needed and is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>imports are not part of the language; only &apos;import torch&apos;, &apos;import numpy as np&apos; and &apos;import math&apos; are accepted (and ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>indexing with [...] is not supported; give each value its own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>lambda is not part of the language: write the expression out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/errors.py"/>
        <source>line {line}, column {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>list entries must be numbers, as in [[0.5, -0.2], [0.1, 0.4]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>matmul: shapes {a} and {b} do not line up (columns of the left must equal rows of the right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>names starting with &apos;__&apos; are reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>nothing to compute yet: type an expression such as L = 2*(x**2 + exp(x))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>one &apos;=&apos; per statement: give each value its own line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>only a plain name can be assigned to, as in &apos;a = x**2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>only functions can be called, as in exp(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>positional arguments must come before keyword arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>print(...) is skipped: the graph shows every value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>reading .grad is skipped: the graph shows every gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>text in quotes is not part of the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>the expression ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>the expression is nested too deeply (more than {limit} levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>the last statement only names a value; compute something from it, as in L = 2*x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>the program is too large (more than {limit} operations and values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>the rows of this list have different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/lexer.py"/>
        <source>the text contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/lexer.py"/>
        <source>the text is too long ({n} characters; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>there is no input named &apos;{name}&apos; to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>tuples are not supported; use a list [a, b] for a tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>unexpected &apos;{text}&apos; after the end of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/lexer.py"/>
        <source>unexpected character {c!r} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/parser.py"/>
        <source>unknown function &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>{func}() has no option &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>{name}() takes {want} argument(s), {given} given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>{name}(...) takes numbers, as in {name}([1.0, 2.0])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>{op}: axis {axis} does not exist for shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/lang/build.py"/>
        <source>{op}: shapes {a} and {b} cannot be broadcast together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found at {path}; using the built-in layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found; using the built-in layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/layout/auto.py"/>
        <source>Graphviz failed; using the built-in layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/layout/auto.py"/>
        <source>Graphviz gave an unreadable answer; using the built-in layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/layout/auto.py"/>
        <source>Graphviz timed out after {seconds} s; using the built-in layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the loss: {d} = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the output: {d} = 1 for every entry (the same as backward on its sum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>Constants: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} = {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} gives a {shape} tensor {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>Inputs: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>The loss: {name} = {value}. The accident happened here; now we trace back who is responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>Update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} = {formula} passes the blame on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} passes the blame on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/timeline/narration.py"/>
        <source>{src} is used {k} times, so its blame adds up: {d} = {sum} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../../visualgrad/presets/programs.py"/>
        <source>A three-stage chain: the director&apos;s blame on the team lead is dz/dx = dz/dy · dy/dx, read off the edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/programs.py"/>
        <source>Chain rule: by hand vs autograd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/programs.py"/>
        <source>One neuron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/programs.py"/>
        <source>Passing the blame: team lead → manager → director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/xor.py"/>
        <source>The article&apos;s 2-2-1 sigmoid network on the four XOR points, mean squared error, learning rate 0.1; matrices or one node per weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/vanishing.py"/>
        <source>The article&apos;s exercise: a deep Linear + sigmoid / tanh / ReLU stack; compare each layer&apos;s gradient norm, with residuals and Xavier / He init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/vanishing.py"/>
        <source>Vanishing gradients lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/xor.py"/>
        <source>XOR network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/xor.py"/>
        <source>example {k}: x = ({a}, {b}), y = {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/vanishing.py"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/xor.py"/>
        <source>hidden layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/vanishing.py"/>
        <source>layer {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/xor.py"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/base.py"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/xor.py"/>
        <source>output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/base.py"/>
        <location filename="../../../visualgrad/presets/programs.py"/>
        <location filename="../../../visualgrad/presets/xor.py"/>
        <source>preset {preset} has no input or weight named &apos;{name}&apos; (it has: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/base.py"/>
        <source>preset {preset} has no parameter &apos;{name}&apos; (its parameters: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/training.py"/>
        <source>preset {preset} has nothing to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/training.py"/>
        <source>the learning rate must be a number ≥ 0, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/__init__.py"/>
        <source>there is no preset named {name!r}; the presets are: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: residual must be True or False, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: seed must be a whole number ≥ 0, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: {name} must be a whole number from 1 to {top}, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/programs.py"/>
        <source>x = 3; a = x², b = eˣ, c = a + b, L = 2c: the hand-derived ∂L/∂x = 2·(2x + eˣ) next to autograd&apos;s 52.1711</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/programs.py"/>
        <source>y = sigmoid(w·x + b) with a squared error against a target; train w and b by gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/base.py"/>
        <source>{name} has shape {want}, not {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/base.py"/>
        <source>{name}: {value!r} is not a number or a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/training.py"/>
        <source>{preset} has no input named &apos;{name}&apos; (its inputs: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/training.py"/>
        <source>{preset} has no weight named &apos;{name}&apos; (its weights: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/presets/base.py"/>
        <source>{preset}: {name} must be one of {allowed}, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>  {where}, in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>  {where}, in {name} = {formula}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>Backward pass (most recent frame first: from the loss back to the inputs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>Forward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>Loss: {name} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>passed to {src}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../visualgrad/report.py"/>
        <source>received {d} = {g}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
