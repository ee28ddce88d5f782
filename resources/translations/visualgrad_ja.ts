<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>See backpropagation: the chain rule read like a stack trace in reverse.</source>
        <translation>バックプロパゲーションを目で見る: 連鎖律を、スタックトレースを逆に読むように。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>not found: built-in layout</source>
        <translation>見つかりません: 内蔵レイアウトを使用</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad hit an unexpected error. Your text is kept; you can go on working or save it.</source>
        <translation>visualgrad で予期しないエラーが発生しました。入力したテキストは保持されています。作業を続けることも、保存することもできます。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad: could not save the screenshot to {path}</source>
        <translation>visualgrad: スクリーンショットを {path} に保存できませんでした</translation>
    </message>
</context>
<context>
    <name>BoundaryMap</name>
    <message>
        <location filename="../../visualgrad/qt/panels/boundary_map.py"/>
        <source>The network&apos;s output for every input (x₁, x₂): blue towards 1, orange towards 0, the line where it is 0.5. The dots are the four XOR examples.</source>
        <translation>各入力 (x₁, x₂) に対するネットワークの出力: 青は 1 寄り、オレンジは 0 寄り、線は出力がちょうど 0.5 になる所です。点は XOR の 4 つの例です。</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Expression editor</source>
        <translation>式エディタ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Type an expression, e.g. L = 2*(x**2 + exp(x))</source>
        <translation>式を入力してください。例: L = 2*(x**2 + exp(x))</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>(File → Restore Unsaved Work)</source>
        <translation>(ファイル → 保存していない作業を復元)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Bring back the work a session that closed unexpectedly left</source>
        <translation>予期せず終了したセッションに残っていた作業を取り戻します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Clear Recent Files</source>
        <translation>最近使ったファイルをクリア</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Could not keep a recovery copy of your work: {reason}</source>
        <translation>作業の復元用コピーを保存できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not open “{name}”</source>
        <translation>「{name}」を開けませんでした</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save “{name}”</source>
        <translation>「{name}」を保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>「{name}」への変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Examples</source>
        <translation>例</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was in “{name}”.</source>
        <translation>「{name}」にあったものです。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was not saved to a file yet.</source>
        <translation>まだファイルに保存されていませんでした。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Not now</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Open Recent</source>
        <translation>最近使ったファイルを開く</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open a saved lesson</source>
        <translation>保存したレッスンを開きます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Open lesson</source>
        <translation>レッスンを開く</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Open the example lesson “{name}” (as a new, untitled lesson)</source>
        <translation>例のレッスン「{name}」を開きます (新しい無題のレッスンとして)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Restore Unsaved Work</source>
        <translation>保存していない作業を復元</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore unsaved work</source>
        <translation>保存していない作業の復元</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Save lesson</source>
        <translation>レッスンを保存</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson</source>
        <translation>レッスンを保存します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson under a new name</source>
        <translation>レッスンを別の名前で保存します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Saved “{name}”</source>
        <translation>「{name}」を保存しました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Your unsaved work is back. Save it to keep it.</source>
        <translation>保存していなかった作業が戻りました。残すには保存してください。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>a graph built in Python cannot be saved as a lesson; export it (File → Export…) instead</source>
        <translation>Python で作ったグラフはレッスンとして保存できません。代わりにエクスポートしてください (ファイル → エクスポート…)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recovery.py"/>
        <source>another visualgrad is using this recovery copy</source>
        <translation>別の visualgrad がこの復元用コピーを使用中です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/window_state.py"/>
        <source>the lesson&apos;s preset settings are not valid: {reason}</source>
        <translation>レッスンのプリセット設定が正しくありません: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad</source>
        <translation>visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>visualgrad closed unexpectedly; restore your unsaved work?</source>
        <translation>visualgrad が予期せず終了しました。保存していない作業を復元しますか?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix})</source>
        <translation>visualgrad レッスン (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix});;All files (*)</source>
        <translation>visualgrad レッスン (*{suffix});;すべてのファイル (*)</translation>
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
        <translation>「{name}」が見つかりません (移動または削除されましたか?)。最近使ったファイルの一覧から外しました。
{path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--font-scale must be between 0.5 and 3 (got {scale:g})</source>
        <translation>--font-scale は 0.5 から 3 の間でなければなりません (受け取った値: {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--scale must be between 1 and 4 (got {scale:g})</source>
        <translation>--scale は 1 から 4 の間で指定してください (受け取った値: {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: permission denied</source>
        <translation>{path} に書き込めません: アクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path} に書き込めません: フォルダ {folder} が存在しません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path} に書き込めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>could not write the SVG</source>
        <translation>SVG を書き出せませんでした</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>could not write {path}</source>
        <translation>{path} に書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>export cancelled</source>
        <translation>エクスポートを中止しました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>seed</source>
        <translation>逆伝播の開始</translation>
    </message>
    <message>
        <source>step {k} is out of range: this graph has {n} steps, numbered 0 to {last}</source>
        <translation type="vanished">ステップ {k} は範囲外です: このグラフには 0 から {last} までの {n} 個のステップがあります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>step {k} is out of range: this graph has {n} steps, numbered 1 to {n}</source>
        <translation>ステップ {k} は範囲外です: このグラフには 1 から {n} までの {n} 個のステップがあります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>step {k} of {n} · {phase}</source>
        <translation>ステップ {k} / {n} · {phase}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>the font scale must be between 0.5 and 3 (got {s:g})</source>
        <translation>文字の倍率は 0.5 から 3 の間でなければなりません (受け取った値: {s:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>the range {a}..{b} is empty: the first step comes after the last</source>
        <translation>範囲 {a}..{b} は空です: 最初のステップが最後のステップより後ろにあります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>this graph has no {phase} steps</source>
        <translation>このグラフには「{phase}」のステップがありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown direction {d!r}; use auto, TB or LR</source>
        <translation>不明な向き {d!r} です。auto、TB、LR のいずれかを指定してください</translation>
    </message>
    <message>
        <source>unknown page size {page!r}; use fit or 16:9</source>
        <translation type="vanished">不明なページサイズ {page!r} です。fit または 16:9 を指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown page size {page!r}; use fit, 16:9 or 4:3</source>
        <translation>不明なページサイズ {page!r} です。fit、16:9、4:3 のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>unknown step {what!r}: use a number, all, forward, backward, loss or end</source>
        <translation>不明なステップ {what!r} です: 数値、all、forward、backward、loss、end のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>unknown theme {name!r}; use one of: {names}</source>
        <translation>不明なテーマ {name!r} です。次のいずれかを指定してください: {names}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} はフォルダです。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif or .pptx</source>
        <translation type="vanished">{path}: 不明な形式 {suffix!r} です。.svg、.pdf、.png、.gif、.pptx のいずれかを使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif, .pptx or .tex</source>
        <translation>{path}: 不明な形式 {suffix!r} です。.svg、.pdf、.png、.gif、.pptx、.tex のいずれかを使ってください</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>16:9 slide</source>
        <translation>16:9 スライド</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>4:3 slide</source>
        <translation>4:3 スライド</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>A range of steps</source>
        <translation>ステップの範囲</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown</source>
        <translation>表示どおり</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown (on a slide: whichever fills it better)</source>
        <translation>表示どおり (スライドでは収まりのよい方)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Caption with the step&apos;s narration</source>
        <translation>ステップの解説をキャプションに入れる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Choose a file to export to.</source>
        <translation>エクスポート先のファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Diagram copied to the clipboard ({w} × {h} pixels)</source>
        <translation>図をクリップボードにコピーしました ({w} × {h} ピクセル)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Direction:</source>
        <translation>向き:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Every step ({n} pages)</source>
        <translation>すべてのステップ ({n} ページ)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>エクスポートを中止しました。何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {n} files, from {path}</source>
        <translation>{n} 個のファイルをエクスポートしました ({path} から)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {path}</source>
        <translation>{path} をエクスポートしました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exporting {n} steps…</source>
        <translation>{n} 個のステップをエクスポート中…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fit the diagram</source>
        <translation>図に合わせる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fold operations into their boxes</source>
        <translation>演算を値のボックスにまとめる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Left to right</source>
        <translation>左から右</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>PNG scale:</source>
        <translation>PNG の倍率:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Page size:</source>
        <translation>ページサイズ:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Text size:</source>
        <translation>文字サイズ:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The backward pass</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The forward pass</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The steps that matter ({n} pages)</source>
        <translation>重要なステップ ({n} ページ)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Theme:</source>
        <translation>テーマ:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>There is no diagram to export yet.</source>
        <translation>エクスポートできる図はまだありません。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>This step ({k} of {n})</source>
        <translation>このステップ ({k} / {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Top to bottom</source>
        <translation>上から下</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Transparent background</source>
        <translation>背景を透明にする</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>What:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>from </source>
        <translation>開始 </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>to </source>
        <translation>終了 </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>{name} files (*.{ext})</source>
        <translation>{name} ファイル (*.{ext})</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every preset with its description and the article it comes from</source>
        <translation>すべてのプリセットを、説明と出典の記事とともに表示</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Gallery…</source>
        <translation>ギャラリー…</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;From: {article}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;出典: {article}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every example from the articles, ready to step through. Double-click one, or select it and press Open.</source>
        <translation>記事に出てくるすべての例を、ステップ実行できる形で用意しています。ダブルクリックするか、選択して「開く」を押してください。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Preset gallery</source>
        <translation>プリセット ギャラリー</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/inputs.py"/>
        <source>No inputs: the program uses only constants.</source>
        <translation>入力はありません: このプログラムは定数だけを使っています。</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Click a node to inspect it.</source>
        <translation>ノードをクリックすると詳細を表示します。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Local derivatives</source>
        <translation>局所的な微分</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Operation</source>
        <translation>演算</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>constant</source>
        <translation>定数</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>intermediate</source>
        <translation>中間値</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>none: no gradient flows here</source>
        <translation>なし: ここには勾配が流れません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet (forward pass)</source>
        <translation>まだ計算されていません (順伝播)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet: the backward pass has not reached it</source>
        <translation>まだ計算されていません: 逆伝播がここまで届いていません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>output (the loss)</source>
        <translation>出力 (損失)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>why?</source>
        <translation>なぜ?</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;Why ReLU, residuals and good init exist&lt;/b&gt; (first/last ratio at this depth; 1 is ideal)</source>
        <translation>&lt;b&gt;ReLU・残差接続・良い初期化がなぜ必要か&lt;/b&gt; (この深さでの最初/最後の比。1 が理想)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;first/last = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</source>
        <translation>&lt;b&gt;最初/最後 = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</translation>
    </message>
    <message>
        <source>A deep stack h = act(h @ W + b), y = sum(head(h)). How much gradient reaches each layer&apos;s weights?</source>
        <translation type="vanished">深い積み重ね h = act(h @ W + b)、y = sum(head(h))。各層の重みに勾配はどれだけ届くでしょうか?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>A few slides instead of every step: the loss, blame starting, a handful of layers getting their gradient, the end</source>
        <translation>すべてのステップではなく数枚のスライドで: 損失、責任転嫁の始まり、いくつかの層が勾配を受け取る場面、最後</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Could not write {path}.</source>
        <translation>{path} に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Depth</source>
        <translation>深さ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Export the steps that matter</source>
        <translation>重要なステップをエクスポート</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Export the steps that matter…</source>
        <translation>重要なステップをエクスポート…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>First and last layer get gradients of the same order of magnitude: every layer learns.</source>
        <translation>最初の層と最後の層が同じ桁の勾配を受け取ります: どの層も学習します。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Gradient norm per layer</source>
        <translation>層ごとの勾配ノルム</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Gradient norm per layer: {depth} layers, {act}</source>
        <translation>層ごとの勾配ノルム: {depth} 層、{act}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>He init (variance 2/fan_in) keeps the size of the signal from layer to layer</source>
        <translation>He 初期化 (分散 2/fan_in) は層から層へ信号の大きさを保ちます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Init</source>
        <translation>初期化</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PDF (*.pdf);;PowerPoint (*.pptx);;PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PDF (*.pdf);;PowerPoint (*.pptx);;PNG 画像 (*.png);;SVG 図形 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 画像 (*.png);;SVG 図形 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>PyTorch default</source>
        <translation>PyTorch の既定</translation>
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
        <translation>ReLU、He 初期化</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU, default init</source>
        <translation>ReLU、既定の初期化</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU′ = 1 where active: no ¼ per layer, but the default init still shrinks the signal</source>
        <translation>ReLU′ は活性な所で 1: 層ごとの ¼ はないが、既定の初期化では信号がまだ縮む</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Same weights, only the activation differs: first/last is {sig} with sigmoid and {relu} with ReLU.</source>
        <translation>重みは同じで活性化関数だけが違います: 最初/最後の比は シグモイド で {sig}、ReLU で {relu} です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Save chart</source>
        <translation>チャートを保存</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Save chart…</source>
        <translation>チャートを保存…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Saved {what}</source>
        <translation>{what} を保存しました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Sigmoid vs ReLU, same weights</source>
        <translation>シグモイド と ReLU の比較 (同じ重み)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The chart can be saved as PNG, SVG or PDF, not “{ext}”.</source>
        <translation>チャートは PNG、SVG、PDF で保存できます。「{ext}」では保存できません。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it barely learns.</source>
        <translation>最初の層が受け取る勾配は最後の層のおよそ {p} です: ほとんど学習しません。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it learns, slowly.</source>
        <translation>最初の層が受け取る勾配は最後の層のおよそ {p} です: 学習はしますが、ゆっくりです。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient.</source>
        <translation>最初の層は最後の層のおよそ {p} 倍の勾配を受け取ります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient: it explodes.</source>
        <translation>最初の層は最後の層のおよそ {p} 倍の勾配を受け取ります: 勾配が爆発しています。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets no gradient at all: it cannot learn.</source>
        <translation>最初の層には勾配がまったく届きません: 学習できません。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダ {folder} が存在しません。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>The gradient norm per layer at slide size, as PNG, SVG or PDF</source>
        <translation>層ごとの勾配ノルムをスライドの大きさで PNG、SVG、PDF として保存します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Vanishing gradients lab</source>
        <translation>勾配消失ラボ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <source>first and last layer get gradients of the same order: all layers learn.</source>
        <translation type="vanished">最初と最後の層が同じ程度の勾配を受け取ります: すべての層が学習します。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>first/last</source>
        <translation>最初/最後</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>h + f(h): the gradient has a path around every sigmoid</source>
        <translation>h + f(h): 勾配はどの シグモイド も迂回できる経路を持ちます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>h = act(h @ W + b), layer after layer: how much gradient reaches each layer&apos;s weights?</source>
        <translation>h = act(h @ W + b) を層ごとに重ねると、各層の重みに勾配はどれだけ届くでしょうか?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>layer (1 = first, next to the input)</source>
        <translation>層 (1 = 最初、入力のすぐ隣)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>residual connections (h + act(…))</source>
        <translation>残差接続 (h + act(…))</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>sigmoid + residual</source>
        <translation>シグモイド + 残差接続</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>sigmoid, default init</source>
        <translation>シグモイド、既定の初期化</translation>
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
        <translation>tanh、Xavier 初期化</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>tanh′(0) = 1 and Xavier init keep the variance near 1</source>
        <translation>tanh′(0) = 1 と Xavier 初期化で分散が 1 付近に保たれます</translation>
    </message>
    <message>
        <source>the first layer gets no gradient at all: it cannot learn.</source>
        <translation type="vanished">最初の層には勾配がまったく届きません: 学習できません。</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} of the last layer&apos;s: it barely learns.</source>
        <translation type="vanished">最初の層の勾配は最後の層の 10^{k} しかありません: ほとんど学習しません。</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} times the last layer&apos;s: it explodes.</source>
        <translation type="vanished">最初の層の勾配は最後の層の 10^{k} 倍です: 爆発しています。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>σ′ ≤ ¼: every layer multiplies the gradient by at most ¼</source>
        <translation type="vanished">σ′ ≤ ¼: 各層が勾配に最大でも ¼ を掛けます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>σ′ ≤ ¼: on the way back, every layer multiplies the gradient by σ′, at most ¼</source>
        <translation>σ′ ≤ ¼: 逆伝播では各層が勾配に σ′ を掛けます (最大でも ¼)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>‖∂y/∂W‖ (log scale)</source>
        <translation>‖∂y/∂W‖ (対数目盛)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>Language: {language}</source>
        <translation>言語: {language}</translation>
    </message>
    <message>
        <source>Language: {language}. Anything still in the old language changes when visualgrad starts again.</source>
        <translation type="vanished">言語: {language}。まだ前の言語のままの部分は、visualgrad を次に起動したときに切り替わります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>System default ({language})</source>
        <translation>システムの既定 ({language})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/languages.py"/>
        <source>unknown language {code!r}; use one of: {codes}</source>
        <translation>不明な言語 {code!r} です。次のいずれかを指定してください: {codes}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Expression</source>
        <translation>式</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Find a node by name… (Enter for the next match, Esc to close)</source>
        <translation>名前でノードを検索… (Enter で次の一致、Esc で閉じる)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Laying out…</source>
        <translation>レイアウト中…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Layout: {engine}</source>
        <translation>レイアウト: {engine}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Line {line}, column {column}: </source>
        <translation>{line} 行 {column} 列: </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/view_controls.py"/>
        <source>No node named “{text}”</source>
        <translation>「{text}」という名前のノードはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/main_window.py"/>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>The graph shown is the last one that worked.</source>
        <translation>表示しているのは、最後に正しく動いたグラフです。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Trace</source>
        <translation>トレース</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>built-in layout</source>
        <translation>内蔵レイアウト</translation>
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
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Presets</source>
        <translation>プリセット(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Step</source>
        <translation>ステップ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>About visualgrad</source>
        <translation>visualgrad について</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Collapse layers</source>
        <translation>層をまとめる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Copy diagram</source>
        <translation>図をコピー</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End</source>
        <translation>最後</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End of forward</source>
        <translation>順伝播の終わり</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Find node…</source>
        <translation>ノードを検索…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fit to window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fold operations into nodes</source>
        <translation>演算をノードにまとめる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Follow the active node</source>
        <translation>アクティブなノードを追う</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the end of the forward pass</source>
        <translation>順伝播の終わりへ移動</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the inputs (Home)</source>
        <translation>入力へ移動 (Home)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the last step (End)</source>
        <translation>最後のステップへ移動 (End)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the loss</source>
        <translation>損失へ移動</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Lay the graph out left to right instead of top to bottom</source>
        <translation>グラフを上から下ではなく左から右へ並べる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Left to right</source>
        <translation>左から右へ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node</source>
        <translation>次のノード</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node (→)</source>
        <translation>次のノード (→)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play / Pause (Space)</source>
        <translation>再生 / 一時停止 (Space)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous step (←)</source>
        <translation>前のステップ (←)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Rebuild graph</source>
        <translation>グラフを再構築</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Show each layer of a network as one box; double-click a box to open it</source>
        <translation>ネットワークの各層を 1 つの箱として表示します。箱をダブルクリックすると開きます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Significant digits</source>
        <translation>有効桁数</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Start</source>
        <translation>最初</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Stepping</source>
        <translation>ステップ操作</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>seed</source>
        <translation>逆伝播の開始</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../../visualgrad/qt/notebook.py"/>
        <source># {heading}
# a graph built in Python: edit its inputs in the Inputs panel</source>
        <translation># {heading}
# Python で作ったグラフです: 入力値は「入力」パネルで編集できます</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Compute each gradient yourself before it is shown; the app checks (Ctrl+Shift+P)</source>
        <translation>各勾配を表示される前に自分で計算します。アプリが確認します (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Not quite. Hint:</source>
        <translation>惜しい。ヒント:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practice</source>
        <translation>練習</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practise forward values too</source>
        <translation>順伝播の値も練習する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Right: {name} = {value}</source>
        <translation>正解: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Score {right}/{asked}</source>
        <translation>得点 {right}/{asked}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Show answer</source>
        <translation>答えを見る</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Type the number and press Enter (or Check). Within 0.5 % counts as right.</source>
        <translation>数値を入力して Enter(または確認)を押してください。誤差 0.5 % 以内なら正解です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>your answer</source>
        <translation>あなたの答え</translation>
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
        <translation>講義用の全画面表示: クリッカーのキーでステップを進め、B で画面を暗転、Esc で終了します (F5)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/presentation.py"/>
        <source>Present</source>
        <translation>プレゼンテーション</translation>
    </message>
</context>
<context>
    <name>ProgramPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Check my backprop</source>
        <translation>自分の逆伝播をチェック</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Note: {text}</source>
        <translation>注: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Printed output</source>
        <translation>print の出力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>The check could not run on this program ({why}); please report it.</source>
        <translation>このプログラムではチェックを実行できませんでした ({why})。お手数ですが報告してください。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>… {n} more lines …</source>
        <translation>… ほか {n} 行 …</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/scene.py"/>
        <source>{name}: {n} nodes — double-click to expand</source>
        <translation>{name}: {n} 個のノード — ダブルクリックで展開</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Colour-blind safe</source>
        <translation>色覚多様性に配慮</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Slide</source>
        <translation>スライド</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>Inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>loss {name} = {value}</source>
        <translation>損失 {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>{where}, in {name}: {d} = {grad} → {passed}</source>
        <translation>{where}、{name} で: {d} = {grad} → {passed}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source> · first {first}</source>
        <translation> · 最初 {first}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>%v / %m epochs</source>
        <translation>%v / %m エポック</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>1 step</source>
        <translation>1 ステップ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10 steps</source>
        <translation>10 ステップ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10,000 steps</source>
        <translation>10,000 ステップ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>100 steps</source>
        <translation>100 ステップ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;The program&apos;s training loop&lt;/b&gt;: {n} iterations, as the program ran them</source>
        <translation>&lt;b&gt;プログラムの学習ループ&lt;/b&gt;: {n} 回の反復 (プログラムが実行したとおり)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: gradient descent on {params}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {params} の勾配降下</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Back to the starting weights; forget the loss curve</source>
        <translation>重みを初期値に戻し、損失の曲線を消します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_runs.py"/>
        <source>Cancelled after {done} of {total} epochs.</source>
        <translation>{total} エポック中 {done} エポックで中止しました。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Change an input or a weight in the Inputs panel (or the program): the loss and every activation follow, and training goes on from there.</source>
        <translation>「入力」パネル (またはプログラム) で入力や重みを変えると、損失とすべての活性値がそれに追従し、学習はそこから続きます。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_sync.py"/>
        <source>Edited: the next epoch starts from the new numbers.</source>
        <translation>変更しました: 次のエポックは新しい値から始まります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Epoch {epoch} · loss now {loss}</source>
        <translation>エポック {epoch} · 現在の損失 {loss}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate η</source>
        <translation>学習率 η</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per epoch</source>
        <translation>エポックごとの損失</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per iteration</source>
        <translation>反復ごとの損失</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>One epoch, then show its update phase w ← w − η·∂L/∂w on the graph</source>
        <translation>1 エポック実行し、その更新 w ← w − η·∂L/∂w をグラフ上に表示します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Run {n} epochs of gradient descent: forward, backward, update</source>
        <translation>勾配降下を {n} エポック実行します: 順伝播、逆伝播、更新</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Scalar view (one node per weight)</source>
        <translation>スカラー表示 (重みごとに 1 ノード)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Tensor view (matrices)</source>
        <translation>テンソル表示 (行列)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>iteration</source>
        <translation>反復</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="vanished">損失 (対数目盛)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>loss at the first iteration {first} · at the last {last}</source>
        <translation>最初の反復の損失 {first} · 最後の反復の損失 {last}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>prediction</source>
        <translation>予測</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>{right} of {n} predictions on the right side of 0.5.</source>
        <translation>{n} 個の予測のうち {right} 個が 0.5 の正しい側にあります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>η in w ← w − η·∂L/∂w; press Enter to use it for the next update</source>
        <translation>w ← w − η·∂L/∂w の η。Enter を押すと次の更新から使います</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Element:</source>
        <translation>要素:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Light each path in turn</source>
        <translation>各経路を順に光らせる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>The sum, over every path from here to the loss, of the product of the local derivatives along it:</source>
        <translation>ここから損失までのすべての経路について、経路上の局所微分の積を足し合わせたもの:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why this number</source>
        <translation>なぜこの数?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why {name}?</source>
        <translation>なぜ {name}?</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Answer key</source>
        <translation>解答</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} を書き込めません: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet</source>
        <translation>練習シートを書き出す</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet (PDF)…</source>
        <translation>練習シートを書き出す (PDF)…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Lesson 05 exercise</source>
        <translation>レッスン 05 の演習</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Step by step</source>
        <translation>ステップごとに</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The exercise: a {depth}-layer Linear + sigmoid stack and a {depth}-layer Linear + ReLU stack (the same weights). Run forward and backward, and compare the gradient norm of the first and the last layer. Which ratio should make you uneasy?</source>
        <translation>演習: {depth} 層の Linear + シグモイド と {depth} 層の Linear + ReLU(同じ重み)。順伝播と逆伝播を行い、最初の層と最後の層の勾配ノルムを比べてください。どちらの比が不安にさせるでしょうか?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The sigmoid stack vanishes: its first layer gets a gradient many orders of magnitude smaller than its last, because each sigmoid multiplies the blame by at most 0.25.</source>
        <translation>シグモイド のスタックは勾配が消失します: 各 シグモイド が責任を最大 0.25 倍にするため、最初の層の勾配は最後の層より何桁も小さくなります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Work backwards from the loss. For each step, multiply the gradient that arrives (upstream) by the local derivative; where a node is used more than once, add up what each use passes back. Every gradient still to find is shown as ?.</source>
        <translation>損失から逆向きに進みます。各ステップで、届いた勾配(上流)に局所微分を掛けます。ノードが複数回使われるところでは、それぞれの使い道が返す分を足し合わせます。まだ求めていない勾配は ? で示しています。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet</source>
        <translation>練習シート</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet written: {n} questions, with the answer key</source>
        <translation>練習シートを書き出しました: {n} 問、解答付き</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>first / last</source>
        <translation>最初 / 最後</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>step {k}</source>
        <translation>ステップ {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>the worksheet is a PDF: give a path ending in .pdf (got {path})</source>
        <translation>練習シートは PDF です: .pdf で終わるパスを指定してください ({path} が指定されました)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{name} = {chain}, where {locals}</source>
        <translation>{name} = {chain}、ただし {locals}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{path}: {n} questions and their answer key</source>
        <translation>{path}: {n} 問とその解答</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>&apos;{name}&apos; holds {size} numbers; the loss must be one number</source>
        <translation>&apos;{name}&apos; は {size} 個の数値を持っています。損失は 1 つの数値でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the first of the loop&apos;s {n} iterations</source>
        <translation>(ループ全 {n} 回の反復のうち最初の回)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s first iteration</source>
        <translation>(ループの最初の反復)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s iteration {i}</source>
        <translation>(ループの反復 {i})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>--loss {name}: the program has no tensor or array named &apos;{name}&apos;</source>
        <translation>--loss {name}: プログラムには &apos;{name}&apos; という名前のテンソルも配列もありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1 hand gradient checked against autograd&apos;s ∂{loss}</source>
        <translation>手計算の勾配 1 個を autograd の ∂{loss} と照合しました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1/{m}: divided by m = {m} once more than the loss is</source>
        <translation>1/{m}: 損失よりも 1 回多く m = {m} で割っています</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>2: a 2 the loss does not have (it halves its square: ½·(…)²)</source>
        <translation>2: 損失にはない 2 が掛かっています (損失は二乗を半分にしています: ½·(…)²)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand} · autograd {auto} · {mark}</source>
        <translation>手計算 {hand} · autograd {auto} · {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand}: {mark}</source>
        <translation>手計算 {hand}: {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different</source>
        <translation>不一致</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: by hand it is {hand}, autograd&apos;s is {auto}</source>
        <translation>不一致: 手計算では {hand}、autograd では {auto} です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: largest gap {gap}{at} (by hand {hand}, autograd {auto})</source>
        <translation>不一致: 最大の差 {gap}{at} (手計算 {hand}、autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal (largest gap {gap})</source>
        <translation>一致 (最大の差 {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no hand gradient found: name the gradient of W2 dW2, d_W2, grad_W2 or W2_grad (for every variable ∂{loss} reaches)</source>
        <translation>手計算の勾配が見つかりません: W2 の勾配には dW2、d_W2、grad_W2、W2_grad のいずれかの名前を付けてください (∂{loss} が届くすべての変数について)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>no loss found: assign it as loss = np.mean(...), call loss.backward(), or name it with --loss NAME</source>
        <translation>損失が見つかりません: loss = np.mean(...) のように代入するか、loss.backward() を呼ぶか、--loss NAME で名前を指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no usual cause; look at each factor in your formula</source>
        <translation>よくある原因には当てはまりません。式の因子を 1 つずつ確認してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped</source>
        <translation>符号が逆</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped (largest gap {gap})</source>
        <translation>符号が逆 (最大の差 {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed</source>
        <translation>転置</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed (by hand {hand}, autograd {auto})</source>
        <translation>転置 (手計算 {hand}、autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{m}: the loss divides by m = {m} (a mean), the hand gradient does not</source>
        <translation>{m}: 損失は m = {m} で割っています (平均) が、手計算の勾配は割っていません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{n} hand gradients checked against autograd&apos;s ∂{loss}</source>
        <translation>手計算の勾配 {n} 個を autograd の ∂{loss} と照合しました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>½: the 2 of the squared error is dropped, or the loss is ½·MSE</source>
        <translation>½: 二乗誤差の 2 が抜けているか、損失が ½·MSE になっています</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>×{m} per example: the mean&apos;s 1/m (m = {m}) is left for later</source>
        <translation>例ごとに ×{m}: 平均の 1/m (m = {m}) が後回しになっています</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--param takes NAME=VALUE, as in --param activation=relu (got {pair!r})</source>
        <translation>--param には 名前=値 を指定します。例: --param activation=relu (受け取った値: {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set takes NAME=VALUE, as in --set x=3 (got {pair!r})</source>
        <translation>--set には 名前=値 を指定します。例: --set x=3 (受け取った値: {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set {name}: {raw!r} is not a number or a list of numbers</source>
        <translation>--set {name}: {raw!r} は数値でも数値のリストでもありません</translation>
    </message>
    <message>
        <source>Commands: visualgrad trace|export|presets --help</source>
        <translation type="vanished">コマンド: visualgrad trace|export|presets --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Commands: visualgrad trace|export|presets|practice|check --help</source>
        <translation>コマンド: visualgrad trace|export|presets|practice|check --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>K (1 to N, as the window counts), all, A..B, forward, backward, loss or end; default: end (for a GIF: all)</source>
        <translation>K (ウィンドウと同じく 1 から N)、all、A..B、forward、backward、loss、end のいずれか。既定: end (GIF では all)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>K (1 to N, as the window counts), forward-end, loss or end</source>
        <translation>K (ウィンドウと同じく 1 から N)、forward-end、loss、end のいずれか</translation>
    </message>
    <message>
        <source>K, all, forward, backward, loss or end</source>
        <translation type="vanished">K、all、forward、backward、loss、end のいずれか</translation>
    </message>
    <message>
        <source>K, forward-end, loss or end</source>
        <translation type="vanished">K、forward-end、loss、end のいずれか</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Open the visualgrad app.</source>
        <translation>visualgrad アプリを開きます。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/__init__.py"/>
        <source>See backpropagation: type an expression, step the forward and backward passes node by node.</source>
        <translation>バックプロパゲーションを目で見る: 式を入力し、順伝播と逆伝播をノードごとに1ステップずつたどります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>a preset&apos;s setting, e.g. --param activation=relu --param depth=50</source>
        <translation>プリセットの設定。例: --param activation=relu --param depth=50</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>a program, or a file holding one</source>
        <translation>プログラム、またはプログラムを含むファイル</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>a slide (16:9, 4:3) or a page the diagram&apos;s size; default: 16:9 for the slide theme and PowerPoint, page otherwise</source>
        <translation>スライド (16:9、4:3) か、図の大きさに合わせたページ。既定: スライドテーマと PowerPoint では 16:9、それ以外は page</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>ask for the forward values first</source>
        <translation>先に順伝播の値を尋ねる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>compare hand-written gradients (dW2, grad_W2, ...) with autograd&apos;s</source>
        <translation>手書きの勾配 (dW2、grad_W2、...) を autograd の勾配と比較します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>compute each gradient yourself; the answers are checked</source>
        <translation>各勾配を自分で計算します。答えは確認されます</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX</source>
        <translation type="vanished">ステップを SVG、PDF、PNG、GIF、PPTX で書き出す</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX, or the graph as GraphML or DOT</source>
        <translation type="vanished">ステップを SVG、PDF、PNG、GIF、PPTX で、またはグラフを GraphML、DOT で書き出します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>export steps as SVG, PDF, PNG, GIF, PPTX or LaTeX Beamer (.tex), or the graph as GraphML or DOT</source>
        <translation>ステップを SVG、PDF、PNG、GIF、PPTX、LaTeX Beamer (.tex) で、またはグラフを GraphML、DOT で書き出します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>fold each operation into its value box</source>
        <translation>各演算をその値のボックスにまとめる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>give a program (TEXT or FILE) or --preset NAME</source>
        <translation>プログラム (テキストまたはファイル) か --preset 名前 を指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>give an input a value (repeatable)</source>
        <translation>入力に値を与える (複数回指定可)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>give an input a value (repeatable); free names default to 1.0</source>
        <translation>入力に値を与える (複数回指定可)。値を与えていない名前は 1.0 になります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/presets.py"/>
        <source>list the preset graphs and networks</source>
        <translation>プリセットのグラフとネットワークを一覧表示する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>print a JSON list of {hand, of, verdict, factor, max_abs_diff}</source>
        <translation>{hand, of, verdict, factor, max_abs_diff} の JSON リストを出力する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the forward pass and the backward pass as a traceback</source>
        <translation>順伝播と逆伝播をトレースバックの形で表示する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the stable JSON contract instead</source>
        <translation>代わりに安定した JSON 形式で出力する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>save a PNG of the window and exit</source>
        <translation>ウィンドウの PNG を保存して終了する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>scale the diagram&apos;s type (0.5 to 3)</source>
        <translation>図の文字の大きさを変える (0.5 から 3)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>the language of the narration: en, nl, ja, ca or ko</source>
        <translation>ナレーションの言語: en、nl、ja、ca、ko</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>the variable that holds the loss, when it is not the one backward() is called on or named loss</source>
        <translation>損失を持つ変数。backward() を呼ぶ変数でも loss という名前の変数でもない場合に指定する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>top to bottom, left to right, or auto: whichever fills a slide better</source>
        <translation>上から下、左から右、または auto (スライドに収まりのよい方)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>use a preset instead of a program</source>
        <translation>プログラムの代わりにプリセットを使う</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>visualgrad: no display found. Use &apos;visualgrad trace TEXT&apos; in a terminal, or set QT_QPA_PLATFORM=offscreen with --screenshot.</source>
        <translation>visualgrad: ディスプレイが見つかりません。端末では &apos;visualgrad trace テキスト&apos; を使うか、--screenshot と一緒に QT_QPA_PLATFORM=offscreen を設定してください。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>visualgrad: translations need PySide6; printing in English</source>
        <translation>visualgrad: 翻訳には PySide6 が必要です。英語で出力します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>write a printable worksheet with an answer key instead of asking</source>
        <translation>質問する代わりに、解答付きの印刷用練習シートを書き出す</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: not a UTF-8 text file</source>
        <translation>{path}: UTF-8 のテキストファイルではありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: the file is too large to be a program</source>
        <translation>{path}: プログラムとしては大きすぎるファイルです</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>JSON data (numbers, text, lists)</source>
        <translation>JSON データ (数値、テキスト、リスト)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a document holds either a program or a preset, not both</source>
        <translation>ドキュメントに入れられるのはプログラムかプリセットのどちらか一方です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a finite number</source>
        <translation>有限の数値</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a number from {lo} to {hi}</source>
        <translation>{lo} から {hi} までの数値</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a number or a list of numbers</source>
        <translation>数値または数値のリスト</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a preset name</source>
        <translation>プリセット名</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a theme name</source>
        <translation>テーマ名</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 0</source>
        <translation>0 以上の整数</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1</source>
        <translation>1 以上の整数</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1 to {hi}</source>
        <translation>1 から {hi} までの整数</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an input value has an empty name</source>
        <translation>名前が空の入力値があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of input values</source>
        <translation>入力値のオブジェクト</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of parameters</source>
        <translation>パラメータのオブジェクト</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of view options</source>
        <translation>表示オプションのオブジェクト</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>could not read the file: {reason}</source>
        <translation>ファイルを読み込めませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/recovery.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>could not save: {reason}</source>
        <translation>保存できませんでした: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>the document is larger than {limit} MB and could not be saved; use smaller tensors</source>
        <translation>ドキュメントが {limit} MB を超えるため保存できませんでした。もっと小さいテンソルを使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the document must hold either a program (“text”) or a preset (“preset”), exactly one of them</source>
        <translation>ドキュメントにはプログラム (“text”) かプリセット (“preset”) のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected}</source>
        <translation>フィールド “{field}” は {expected} でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected} (found {got})</source>
        <translation>フィールド “{field}” は {expected} でなければなりません (実際の値: {got})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file does not exist (moved or deleted?)</source>
        <translation>ファイルが存在しません (移動または削除されましたか?)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is cut short (truncated): it ends in the middle of the document. Was it copied or saved completely?</source>
        <translation>ファイルが途中で切れています: ドキュメントの途中で終わっています。コピーや保存は最後まで完了しましたか?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: data nested too deeply</source>
        <translation>ファイルが壊れています: データの入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: invalid JSON at line {line}, column {column}</source>
        <translation>ファイルが壊れています: {line} 行 {column} 列の JSON が不正です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: {reason}</source>
        <translation>ファイルが壊れています: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is too large to be a visualgrad document ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation>visualgrad のドキュメントとしては大きすぎるファイルです ({size:.1f} MB、上限は {limit} MB)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the input “{name}” is not a rectangular tensor (its rows differ in length)</source>
        <translation>入力 “{name}” は長方形のテンソルではありません (行の長さがそろっていません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this file was made by a newer visualgrad (format {found}); this version reads format {supported}. Update visualgrad to open it.</source>
        <translation>このファイルは新しいバージョンの visualgrad で作られています (形式 {found})。このバージョンが読めるのは形式 {supported} です。開くには visualgrad を更新してください。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is a folder, not a visualgrad document</source>
        <translation>これはフォルダです。visualgrad のドキュメントではありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is JSON, but has no “format”: “visualgrad” marker)</source>
        <translation>これは visualgrad のドキュメントではありません (JSON ですが、“format”: “visualgrad” の印がありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is not JSON)</source>
        <translation>これは visualgrad のドキュメントではありません (JSON ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document: it is not UTF-8 text (byte {offset} is not valid UTF-8)</source>
        <translation>これは visualgrad のドキュメントではありません: UTF-8 のテキストではありません ({offset} バイト目が UTF-8 として不正です)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>you are not allowed to read this file</source>
        <translation>このファイルを読む権限がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>{name} is not allowed in a document</source>
        <translation>{name} はドキュメントに含められません</translation>
    </message>
</context>
<context>
    <name>lang</name>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source> — did you mean &apos;{name}&apos;?</source>
        <translation> — &apos;{name}&apos; のことですか?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;*&apos; unpacking goes in a list, a tuple or a call&apos;s arguments</source>
        <translation>&apos;*&apos; によるアンパックは、リスト、タプル、関数呼び出しの引数の中でだけ使えます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <source>&apos;**&apos; in a dict is not part of the language</source>
        <translation>辞書の中の &apos;**&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;**&apos; needs a dict</source>
        <translation>&apos;**&apos; には辞書が必要です</translation>
    </message>
    <message>
        <source>&apos;.{name}&apos; is a method: write .{name}()</source>
        <translation type="vanished">&apos;.{name}&apos; はメソッドです: .{name}() と書いてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>&apos;.{name}&apos; is not something visualgrad knows</source>
        <translation>&apos;.{name}&apos; は visualgrad では使えません</translation>
    </message>
    <message>
        <source>&apos;.{name}()&apos; takes no arguments</source>
        <translation type="vanished">&apos;.{name}()&apos; は引数を取りません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>&apos;/&apos; in parameters is not part of the language</source>
        <translation>パラメータリストの &apos;/&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <source>&apos;//&apos; (whole-number division) is not part of the language: use /</source>
        <translation type="vanished">&apos;//&apos; (整数の割り算) はこの言語にはありません: / を使ってください</translation>
    </message>
    <message>
        <source>&apos;:&apos; is not part of the language (no lambdas, slices, := or blocks)</source>
        <translation type="vanished">&apos;:&apos; はこの言語にはありません (lambda、スライス、:=、ブロックは使えません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;:=&apos; is not part of the language</source>
        <translation>&apos;:=&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>&apos;:{spec}&apos; does not format {kind}</source>
        <translation>&apos;:{spec}&apos; では {kind} を書式化できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;break&apos; outside a loop</source>
        <translation>ループの外に &apos;break&apos; があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;continue&apos; outside a loop</source>
        <translation>ループの外に &apos;continue&apos; があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;else&apos; after a loop is not part of the language</source>
        <translation>ループの後の &apos;else&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;global&apos; is not part of the language</source>
        <translation>&apos;global&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;import *&apos; is not part of the language</source>
        <translation>&apos;import *&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;in&apos; works on lists, tuples, dicts and text here</source>
        <translation>ここでは &apos;in&apos; はリスト、タプル、辞書、テキストにだけ使えます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;nonlocal&apos; is not part of the language</source>
        <translation>&apos;nonlocal&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;return&apos; outside a function</source>
        <translation>関数の外に &apos;return&apos; があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; object has no attribute &apos;{name}&apos;</source>
        <translation>&apos;{cls}&apos; オブジェクトには属性 &apos;{name}&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{cls}&apos; objects cannot be called: give the class a __call__ or forward method</source>
        <translation>&apos;{cls}&apos; オブジェクトは呼び出せません。クラスに __call__ か forward メソッドを定義してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; objects cannot be looped over</source>
        <translation>&apos;{cls}&apos; オブジェクトはループで回せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; ({name}) is not allowed in names; use plain letters a–z</source>
        <translation>&apos;{c}&apos; ({name}) は名前に使えません。半角英字 a–z を使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; is not part of the language</source>
        <translation>&apos;{c}&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <source>&apos;{c}&apos; looks like &apos;{ascii}&apos; but is a different character; type &apos;{ascii}&apos;</source>
        <translation type="vanished">&apos;{c}&apos; は &apos;{ascii}&apos; に似ていますが別の文字です。&apos;{ascii}&apos; を入力してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;{kind}&apos; is not part of the language</source>
        <translation>&apos;{kind}&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is Python, not part of visualgrad&apos;s language: write one computation, one statement per line</source>
        <translation type="vanished">&apos;{kw}&apos; は Python の構文で、visualgrad の言語にはありません: 1 行に 1 つの計算 (文) を書いてください</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{kw}&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; calls itself; recursion is not part of the language</source>
        <translation>&apos;{name}&apos; が自分自身を呼び出しています。再帰はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; cannot be imported yet in visualgrad</source>
        <translation>&apos;{name}&apos; は visualgrad ではまだインポートできません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>&apos;{name}&apos; cannot be set on a tensor</source>
        <translation>&apos;{name}&apos; はテンソルに設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>&apos;{name}&apos; is not defined before .backward()</source>
        <translation>&apos;{name}&apos; は .backward() より前に定義されていません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>&apos;{name}&apos; is not something visualgrad can compute</source>
        <translation>&apos;{name}&apos; は visualgrad では計算できません</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not something visualgrad knows</source>
        <translation type="vanished">&apos;{name}&apos; は visualgrad では使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>&apos;{name}&apos; is used on line {line} before it is given a value here</source>
        <translation>&apos;{name}&apos; は、ここで値が与えられる前に {line} 行目で使われています</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; only makes sense as dtype=...</source>
        <translation type="vanished">&apos;{name}&apos; は dtype=... としてしか意味を持ちません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not compare {a} and {b}</source>
        <translation>&apos;{op}&apos; では {a} と {b} を比較できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not work between {a} and {b}</source>
        <translation>&apos;{op}&apos; は {a} と {b} の間では使えません</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{op}&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language: write the new value out, as in a = a {short} 1</source>
        <translation type="vanished">&apos;{op}&apos; はこの言語にはありません: a = a {short} 1 のように新しい値を書き出してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;~&apos; is not part of the language</source>
        <translation>&apos;~&apos; はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Dropout masks are visualgrad&apos;s own random draws (seeded by torch.manual_seed), not PyTorch&apos;s; the gradients are exact for the units shown as dropped</source>
        <translation>Dropout のマスクは PyTorch の乱数ではなく、visualgrad 独自の乱数 (torch.manual_seed でシード設定) で決まります。勾配は、ドロップされたと表示されているユニットに対して正確です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected more than 1 value per channel when training, got input size torch.Size({size})</source>
        <translation>学習中はチャネルごとに 2 つ以上の値が必要ですが、入力のサイズは torch.Size({size}) です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected {name} to be of same shape as normalized_shape, but got {name} of shape {got} and normalized_shape = {shape}</source>
        <translation>{name} は normalized_shape と同じ形である必要がありますが、{name} の形は {got}、normalized_shape = {shape} です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>F.batch_norm takes an input of shape (N, C, ...), not shape {s}</source>
        <translation>F.batch_norm の入力は形 (N, C, ...) である必要があり、形 {s} は受け付けません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy: ターゲットの形状 {t} は入力の形状 {x} と同じでなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy_with_logits: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy_with_logits: ターゲットの形状 {t} は入力の形状 {x} と同じでなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.cross_entropy is accepted with class-index targets (int64), not probabilities</source>
        <translation>F.cross_entropy のターゲットには、確率ではなくクラスインデックス (int64) を指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.embedding&apos;s weight must be 2-D (num_embeddings, embedding_dim)</source>
        <translation>F.embedding の weight は 2 次元 (num_embeddings, embedding_dim) である必要があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.gelu&apos;s approximate is &apos;none&apos; or &apos;tanh&apos;</source>
        <translation>F.gelu の approximate は &apos;none&apos; か &apos;tanh&apos; です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.linear&apos;s weight must be 2-D (out_features, in_features)</source>
        <translation>F.linear の重みは 2 次元 (out_features, in_features) でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot takes a tensor of class indices (int64)</source>
        <translation>F.one_hot にはクラスインデックス (int64) のテンソルを渡してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot: class values must be from 0 to {top}</source>
        <translation>F.one_hot: クラスの値は 0 から {top} まででなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.{name}(inplace=True) changes its input in place; visualgrad shows the result as a new node</source>
        <translation>F.{name}(inplace=True) は入力をその場で書き換えます。visualgrad では結果を新しいノードとして表示します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Given normalized_shape={shape}, expected input with shape [*, {last}], but got input of size{size}</source>
        <translation>normalized_shape={shape} なので入力の形は [*, {last}] のはずですが、入力のサイズは{size}です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>MLP takes the input size and a list of layer sizes</source>
        <translation>MLP には入力サイズと層サイズのリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>Nesterov momentum requires a momentum and zero dampening</source>
        <translation>Nesterov モーメンタムには momentum の指定と dampening = 0 が必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors appears to not have been used in the graph</source>
        <translation>微分対象のテンソルの 1 つがグラフの中で使われていないようです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors does not require grad</source>
        <translation>微分対象のテンソルの 1 つが requires_grad になっていません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Padding_idx must be within num_embeddings</source>
        <translation>padding_idx は num_embeddings の範囲内である必要があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>Random numbers from torch (torch.randn, torch.rand, ...) are visualgrad&apos;s own seeded values, not PyTorch&apos;s numbers; every gradient is exact for the numbers shown.</source>
        <translation>torch の乱数 (torch.randn、torch.rand、...) は PyTorch の値ではなく、visualgrad 独自のシード付きの値です。表示されている数値に対して、勾配はすべて正確です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>Shape of weight does not match num_embeddings and embedding_dim</source>
        <translation>weight の形が num_embeddings と embedding_dim に合いません</translation>
    </message>
    <message>
        <source>True and False only go in requires_grad=...</source>
        <translation type="vanished">True と False は requires_grad=... にしか使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>Value takes a number</source>
        <translation>Value には数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>a Neuron takes a list of inputs</source>
        <translation>Neuron には入力のリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value has data, grad and label; &apos;{name}&apos; cannot be set</source>
        <translation>Value が持つのは data、grad、label です。&apos;{name}&apos; は設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s data is a number</source>
        <translation>Value の data は数値です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s grad is a number</source>
        <translation>Value の grad は数値です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a class can only be based on another class, such as nn.Module</source>
        <translation>クラスの基底にできるのは、nn.Module のような別のクラスだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a for loop</source>
        <translation>for ループ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number</source>
        <translation>リストのインデックスは整数です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number or a slice</source>
        <translation>リストのインデックスは整数かスライスです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>a list of more than {n} items</source>
        <translation>要素が {n} 個を超えるリストは扱えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a single number cannot be looped over</source>
        <translation>単一の数値はループで回せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor</source>
        <translation>テンソル</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor and {kind} cannot be combined here</source>
        <translation>ここではテンソルと {kind} を組み合わせられません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor that requires grad can be changed in place only inside &apos;with torch.no_grad():&apos; (PyTorch refuses it too)</source>
        <translation>requires_grad のテンソルをその場で変更できるのは &apos;with torch.no_grad():&apos; の中だけです (PyTorch でもエラーになります)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>a tensor that requires grad cannot be changed in place while gradients are recorded</source>
        <translation>勾配を記録している間は、requires_grad のテンソルをその場で変更できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>a tensor with {n} elements cannot be converted to a number with .item()</source>
        <translation>要素が {n} 個あるテンソルは .item() で数値に変換できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor with {n} values is neither true nor false</source>
        <translation>値が {n} 個あるテンソルは真とも偽とも言えません</translation>
    </message>
    <message>
        <source>a torch.autograd.Function with a backward of your own is not part of the language</source>
        <translation type="vanished">独自の backward を持つ torch.autograd.Function は言語に含まれません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_methods.py"/>
        <source>a.item() needs an array of one element</source>
        <translation>a.item() には要素が 1 個の配列が必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>abs() of {kind}</source>
        <translation>{kind} には abs() を使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>an array of shape {shape} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>形状 {shape} の配列は &apos;:{spec}&apos; で書式化できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>an assert that visualgrad could not evaluate was skipped (line {line})</source>
        <translation>visualgrad で評価できない assert をスキップしました ({line} 行目)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>async is not part of the language</source>
        <translation>async はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>attributes of a NumPy array cannot be set</source>
        <translation>NumPy 配列の属性は設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>attributes of {kind} cannot be set</source>
        <translation>{kind} の属性は設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>attributes of {what} cannot be set here</source>
        <translation>ここでは {what} の属性を設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>attributes starting with &apos;__&apos; are not part of the language</source>
        <translation>&apos;__&apos; で始まる属性はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>await is not part of the language</source>
        <translation>await はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>axis {k} is out of bounds for an array of {n} dimensions</source>
        <translation>軸 {k} は {n} 次元の配列の範囲外です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() could not run: {e}</source>
        <translation>backward() を実行できませんでした: {e}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() needs gradient=... for a tensor of {n} values (PyTorch: grad can be implicitly created only for scalar outputs)</source>
        <translation>値が {n} 個あるテンソルの backward() には gradient=... (勾配) の指定が必要です (PyTorch: grad can be implicitly created only for scalar outputs)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>backward(create_graph=True) (勾配の勾配) は visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(gradient=...) needs a gradient of shape {want}, not {got}</source>
        <translation>backward(gradient=...) には形状 {want} の勾配が必要です ({got} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(inputs=...) is not something visualgrad computes</source>
        <translation>backward(inputs=...) は visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>batch_norm eps must be positive during training and non-negative otherwise, but got {eps}</source>
        <translation>batch_norm の eps は学習中は正、それ以外では 0 以上である必要がありますが、{eps} です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>calls nest more than {n} deep</source>
        <translation>呼び出しの入れ子が {n} 段を超えています</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>requires_grad のテンソルに対して numpy() は呼び出せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>casting a tensor that requires grad to {tag} cuts the graph</source>
        <translation>requires_grad のテンソルを {tag} に変換すると、グラフが切れてしまいます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>changing a computed tensor in place is not something visualgrad shows</source>
        <translation>計算済みのテンソルをその場で変更する操作は visualgrad では表示できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>class &apos;{cls}&apos; has no attribute &apos;{name}&apos;</source>
        <translation>クラス &apos;{cls}&apos; には属性 &apos;{name}&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>clip() missing 1 required positional argument: &apos;{name}&apos;</source>
        <translation>clip() に必要な位置引数 &apos;{name}&apos; がありません</translation>
    </message>
    <message>
        <source>comparisons such as &apos;{op}&apos; are not part of the language</source>
        <translation type="vanished">&apos;{op}&apos; のような比較はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.save_for_backward takes tensors</source>
        <translation>ctx.save_for_backward にはテンソルを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.{name} cannot be set</source>
        <translation>ctx.{name} は設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>decorators are not part of the language</source>
        <translation>デコレータはこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>del is not part of the language</source>
        <translation>del はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>detach_() changes a tensor in place; visualgrad shows the cut with detach()</source>
        <translation>detach_() はテンソルをその場で変更します。visualgrad では detach() で切断を表示します</translation>
    </message>
    <message>
        <source>dict comprehensions are not part of the language</source>
        <translation type="vanished">辞書内包表記はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>dict keys are numbers or text here</source>
        <translation>ここでは辞書のキーは数値かテキストです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>dimension {d} is out of range for a tensor of {n} dimensions</source>
        <translation>次元 {d} は {n} 次元のテンソルの範囲外です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>division by zero (Python numbers; a tensor would give inf)</source>
        <translation>ゼロ除算です (Python の数値の場合。テンソルなら inf になります)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>dropout probability has to be between 0 and 1, but got {p}</source>
        <translation>dropout の確率は 0 から 1 の間でなければなりません (受け取った値: {p})</translation>
    </message>
    <message>
        <source>empty parentheses: put an expression inside</source>
        <translation type="vanished">括弧の中が空です: 式を入れてください</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; on line {line}, column {column}</source>
        <translation type="vanished">{line} 行 {column} 列の &apos;(&apos; を閉じる &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; between arguments</source>
        <translation type="vanished">引数の間には &apos;,&apos; または &apos;)&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation type="vanished">リストの中には &apos;,&apos; または &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; on line {line}, column {column}</source>
        <translation type="vanished">{line} 行 {column} 列の &apos;[&apos; を閉じる &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>expected 2D or 3D input (got {n}D input)</source>
        <translation>2 次元または 3 次元の入力が必要です ({n} 次元の入力が渡されました)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected True or False here</source>
        <translation>ここには True か False が必要です</translation>
    </message>
    <message>
        <source>expected a method name after &apos;.&apos;</source>
        <translation type="vanished">&apos;.&apos; の後にはメソッド名が必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a number or a tensor here, not {kind}</source>
        <translation>ここには数値かテンソルが必要です ({kind} ではありません)</translation>
    </message>
    <message>
        <source>expected a number, a name or &apos;(&apos; but found &apos;{text}&apos;</source>
        <translation type="vanished">数値、名前、&apos;(&apos; のいずれかが必要ですが、&apos;{text}&apos; がありました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a whole number here</source>
        <translation>ここには整数が必要です</translation>
    </message>
    <message>
        <source>expected an expression after &apos;=&apos;</source>
        <translation type="vanished">&apos;=&apos; の後には式が必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>generator= takes a torch.Generator()</source>
        <translation>generator= には torch.Generator() を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>generators (yield) are not part of the language</source>
        <translation>ジェネレータ (yield) はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>grad can be implicitly created only for scalar outputs</source>
        <translation>grad を暗黙に作れるのはスカラー出力の場合だけです</translation>
    </message>
    <message>
        <source>import {module} is not needed and is ignored</source>
        <translation type="vanished">import {module} は不要なので無視します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>imports are limited to torch, numpy, math, random and micrograd; &apos;{name}&apos; is not one of them</source>
        <translation>インポートできるのは torch、numpy、math、random、micrograd だけです。&apos;{name}&apos; はそのどれでもありません</translation>
    </message>
    <message>
        <source>imports are not part of the language; only &apos;import torch&apos;, &apos;import numpy as np&apos; and &apos;import math&apos; are accepted (and ignored)</source>
        <translation type="vanished">import はこの言語にはありません。&apos;import torch&apos;、&apos;import numpy as np&apos;、&apos;import math&apos; だけは受け付けます (そして無視します)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>in place, the result must keep the shape {shape}</source>
        <translation>その場での変更では、結果の形状は {shape} のままでなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>index {i} is out of range (length {n})</source>
        <translation>インデックス {i} は範囲外です (長さ {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>index {i} is out of range for {size}</source>
        <translation>インデックス {i} は {size} の範囲外です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>index {i} is out of range for {what} of {n} modules</source>
        <translation>インデックス {i} は、{n} 個のモジュールを持つ {what} の範囲外です</translation>
    </message>
    <message>
        <source>indexing with [...] is not supported; give each value its own name</source>
        <translation type="vanished">[...] による添字アクセスには対応していません。値ごとに名前を付けてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>invalid format &apos;:{spec}&apos; for a number</source>
        <translation>数値に対する書式 &apos;:{spec}&apos; が正しくありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>items of {kind} cannot be set</source>
        <translation>{kind} の要素は設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>items of {what} cannot be set</source>
        <translation>{what} の要素は設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>label_smoothing is not something visualgrad computes yet</source>
        <translation>label_smoothing は visualgrad ではまだ計算できません</translation>
    </message>
    <message>
        <source>lambda is not part of the language</source>
        <translation type="vanished">lambda はこの言語にはありません</translation>
    </message>
    <message>
        <source>lambda is not part of the language: write the expression out</source>
        <translation type="vanished">lambda はこの言語にはありません: 式をそのまま書いてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>len() of a 0-d tensor</source>
        <translation>0 次元テンソルには len() を使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>line {line}, column {column}: {message}</source>
        <translation>{line} 行 {column} 列: {message}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>list entries must be numbers, as in [[0.5, -0.2], [0.1, 0.4]]</source>
        <translation>リストの要素は数値でなければなりません。例: [[0.5, -0.2], [0.1, 0.4]]</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>match is not part of the language</source>
        <translation>match はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.factorial takes a whole number from 0 to 1000</source>
        <translation>math.factorial には 0 から 1000 までの整数を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.fsum takes a list of numbers</source>
        <translation>math.fsum には数値のリストを渡します</translation>
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
        <translation>math.prod には数値のリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.{name}: {error}</source>
        <translation>math.{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul (@) multiplies vectors and matrices, but shapes {a} and {b} include a single number: use * to multiply by a number</source>
        <translation>matmul (@) はベクトルと行列の積ですが、形状 {a} と {b} には単一の数値が含まれています: 数値を掛けるには * を使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul: shapes {a} and {b} do not line up (columns of the left must equal rows of the right)</source>
        <translation>matmul: 形状 {a} と {b} が合いません (左の列数と右の行数が等しくなければなりません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>metaclasses and class keywords are not part of the language</source>
        <translation>メタクラスとクラスのキーワード引数はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value combines with numbers and Values, not this</source>
        <translation>micrograd の Value は数値や Value とは組み合わせられますが、これとは組み合わせられません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value supports only int/float powers</source>
        <translation>micrograd の Value のべき乗は int/float の指数にだけ対応しています</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>names starting with &apos;__&apos; are reserved</source>
        <translation>&apos;__&apos; で始まる名前は予約されています</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Embedding starts from visualgrad&apos;s own seeded weights, N(0, 1) as in PyTorch, but not PyTorch&apos;s numbers. The gradients shown are exact for these weights.</source>
        <translation>nn.Embedding は visualgrad 独自のシード付き重みから始まります。PyTorch と同じく N(0, 1) ですが、PyTorch の数値ではありません。表示される勾配はこの重みに対して正確です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear starts from visualgrad&apos;s own seeded weights: He (Kaiming) normal, N(0, 2/in_features), with zero biases — not PyTorch&apos;s numbers, nor its default U(−1/√in, 1/√in) start. The gradients shown are exact for these weights.</source>
        <translation>nn.Linear の重みは visualgrad 独自のシード付きの値から始まります: He (Kaiming) の正規分布 N(0, 2/in_features) で、バイアスはゼロです。PyTorch の値でも、PyTorch の既定の初期値 U(−1/√in, 1/√in) でもありません。表示される勾配はこの重みに対して正確です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}) takes inputs whose last size is {i}, not shape {s}</source>
        <translation>nn.Linear({i}, {o}) の入力は最後の次元のサイズが {i} でなければなりません (形状 {s} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}): sizes must be from 1 up to a million weights</source>
        <translation>nn.Linear({i}, {o}): サイズは 1 以上で、重みは 100 万個まででなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Module.__init__() takes no arguments</source>
        <translation>nn.Module.__init__() は引数を取りません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList cannot be called; loop over it</source>
        <translation>nn.ModuleList は呼び出せません。ループで回してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList takes a list of modules</source>
        <translation>nn.ModuleList にはモジュールのリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Parameter takes a tensor</source>
        <translation>nn.Parameter にはテンソルを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init.constant_ takes a number</source>
        <translation>nn.init.constant_ には数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init: unknown nonlinearity {n!r}</source>
        <translation>nn.init: 不明な非線形関数 {n!r}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>nothing to compute yet: type an expression such as L = 2*(x**2 + exp(x))</source>
        <translation>まだ計算するものがありません: L = 2*(x**2 + exp(x)) のような式を入力してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/__init__.py"/>
        <source>nothing to draw: the program computes no tensor</source>
        <translation>描くものがありません: このプログラムはテンソルを計算していません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange takes one to three numbers</source>
        <translation>np.arange には 1 個から 3 個の数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: the step cannot be 0</source>
        <translation>np.arange: ステップ (step) を 0 にはできません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: too many numbers to draw</source>
        <translation>np.arange: 描くには数値が多すぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.dot of arrays with more than two dimensions is not something visualgrad computes</source>
        <translation>3 次元以上の配列の np.dot は visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>np.empty は数値を未設定のままにします。visualgrad では値が入るまでゼロとして表示します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.eye: too many numbers to draw</source>
        <translation>np.eye: 描くには数値が多すぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.linalg.norm is accepted for vector norms (ord None, 1, 2, inf) and the Frobenius norm</source>
        <translation>np.linalg.norm は、ベクトルのノルム (ord が None、1、2、inf) とフロベニウスノルムに対応しています</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace is accepted with numbers for start and stop</source>
        <translation>np.linspace の start と stop には数値を指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace: num must be from 0 to 10,000,000</source>
        <translation>np.linspace: num は 0 から 10,000,000 まででなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.matmul: a scalar is not a matrix</source>
        <translation>np.matmul: スカラーは行列ではありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>np.random is used without np.random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>np.random.seed(...) なしで np.random が使われています。visualgrad がシード 0 を設定するので、毎回同じ数値になります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.default_rng() without a seed would draw different numbers on every run</source>
        <translation>シードなしの np.random.default_rng() では、実行するたびに違う数値が出てしまいます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.randint: high must be greater than low</source>
        <translation>np.random.randint: high は low より大きくなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.seed() without a number would draw different numbers on every run</source>
        <translation>数値なしの np.random.seed() では、実行するたびに違う数値が出てしまいます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.shuffle takes an array or a list</source>
        <translation>np.random.shuffle には配列かリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.reshape needs a shape (order &apos;C&apos;)</source>
        <translation>np.reshape には形状が必要です (order は &apos;C&apos;)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.transpose&apos;s axes are a tuple, one per dimension</source>
        <translation>np.transpose の axes は、次元ごとに 1 つずつ並べたタプルです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.where is accepted with three arguments</source>
        <translation>np.where は引数 3 つで使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes a number or an array</source>
        <translation>np.{name} には数値か配列を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes one number</source>
        <translation>np.{name} には数値を 1 つ渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(initial=..., where=...) is not something visualgrad computes</source>
        <translation>np.{name}(initial=..., where=...) は visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(out=...) writes into another array; visualgrad shows results as new nodes</source>
        <translation>np.{name}(out=...) は別の配列に書き込みます。visualgrad では結果を新しいノードとして表示します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>object.__init__() takes no arguments</source>
        <translation>object.__init__() は引数を取りません</translation>
    </message>
    <message>
        <source>one &apos;=&apos; per statement: give each value its own line</source>
        <translation type="vanished">1 つの文に &apos;=&apos; は 1 つだけです: 値ごとに行を分けてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>one context per &apos;with&apos;, as in: with torch.no_grad():</source>
        <translation>&apos;with&apos; 1 つにつきコンテキストは 1 つです。例: with torch.no_grad():</translation>
    </message>
    <message>
        <source>only a plain name can be assigned to, as in &apos;a = x**2&apos;</source>
        <translation type="vanished">代入できるのは単純な名前だけです。例: &apos;a = x**2&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>only a tensor of one value converts to a Python number</source>
        <translation>Python の数値に変換できるのは、値が 1 個のテンソルだけです</translation>
    </message>
    <message>
        <source>only functions can be called, as in exp(x)</source>
        <translation type="vanished">呼び出せるのは関数だけです。例: exp(x)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only names, attributes and items can be assigned to</source>
        <translation>代入できるのは名前、属性、要素だけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only one &apos;*&apos; name in an unpacking</source>
        <translation>アンパックで使える &apos;*&apos; 付きの名前は 1 つだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>only tensors of floating point dtype can require gradients</source>
        <translation>勾配を必要とできる (requires_grad) のは浮動小数点型のテンソルだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>only torch.no_grad() and similar go in a with statement here</source>
        <translation>ここで with 文に書けるのは torch.no_grad() などだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>optimizer.step(closure) is not something visualgrad runs</source>
        <translation>optimizer.step(closure) (クロージャ付きのステップ) は visualgrad では実行できません</translation>
    </message>
    <message>
        <source>positional arguments must come before keyword arguments</source>
        <translation type="vanished">位置引数はキーワード引数より前に書いてください</translation>
    </message>
    <message>
        <source>print(...) is skipped: the graph shows every value</source>
        <translation type="vanished">print(...) は省略します: すべての値はグラフに表示されます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>raise is not part of the language</source>
        <translation>raise はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>random is used without random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>random.seed(...) なしで random が使われています。visualgrad がシード 0 を設定するので、毎回同じ数値になります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: k is too large</source>
        <translation>random.choices: k が大きすぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: {error}</source>
        <translation>random.choices: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randint({a}, {b}): the range is empty</source>
        <translation>random.randint({a}, {b}): 範囲が空です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randrange: {error}</source>
        <translation>random.randrange: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.sample: k must be from 0 to the population&apos;s size</source>
        <translation>random.sample: k は 0 から母集団の大きさまででなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed takes a number or a string</source>
        <translation>random.seed には数値か文字列を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed() without a number would draw different numbers on every run</source>
        <translation>数値なしの random.seed() では、実行するたびに違う数値が出てしまいます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.shuffle takes a list (it shuffles it in place)</source>
        <translation>random.shuffle にはリストを渡します (その場でシャッフルします)</translation>
    </message>
    <message>
        <source>reading .grad is skipped: the graph shows every gradient</source>
        <translation type="vanished">.grad の読み出しは省略します: すべての勾配はグラフに表示されます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>reduction must be &apos;mean&apos;, &apos;sum&apos; or &apos;none&apos;, not {r!r}</source>
        <translation>reduction は &apos;mean&apos;、&apos;sum&apos;、&apos;none&apos; のいずれかです ({r!r} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer is for a module class of your own</source>
        <translation>register_buffer は自分で定義したモジュールクラスで使います</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a name without dots</source>
        <translation>register_buffer にはドットを含まない名前を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a tensor or None</source>
        <translation>register_buffer にはテンソルか None を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>relative imports are not part of the language</source>
        <translation>相対インポートはこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>remove the @ line</source>
        <translation>@ の行を削除する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>remove the try: and keep its body</source>
        <translation>try: を削除して中身だけを残す</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>requires_grad can only be changed on a tensor you made (a leaf), not on a computed one</source>
        <translation>requires_grad を変更できるのは自分で作ったテンソル (葉) だけです。計算されたテンソルでは変更できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>return the new value</source>
        <translation>新しい値を return する</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>rng.integers: high must be greater than low</source>
        <translation>rng.integers: high は low より大きくなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>round() takes a number</source>
        <translation>round() には数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>running_mean must be defined in evaluation mode</source>
        <translation>評価モードでは running_mean が定義されている必要があります</translation>
    </message>
    <message>
        <source>set comprehensions are not part of the language</source>
        <translation type="vanished">集合内包表記はこの言語にはありません</translation>
    </message>
    <message>
        <source>set literals are not part of the language</source>
        <translation type="vanished">集合リテラルはこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>size_average= and reduce= are PyTorch&apos;s old spelling; use reduction=</source>
        <translation>size_average= と reduce= は PyTorch の古い書き方です。reduction= を使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>sorted() takes numbers or text here</source>
        <translation>ここでは sorted() には数値かテキストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>super() has no attribute &apos;{name}&apos;</source>
        <translation>super() には属性 &apos;{name}&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super() works inside a method of a class</source>
        <translation>super() はクラスのメソッドの中で使えます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super(Class, self) takes a class of the program and one of its instances</source>
        <translation>super(Class, self) にはプログラムのクラスとそのインスタンスを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>tensors used as indices must be long, int or bool tensors</source>
        <translation>インデックスに使うテンソルは long、int、bool のテンソルでなければなりません</translation>
    </message>
    <message>
        <source>text in quotes is not part of the language</source>
        <translation type="vanished">引用符で囲んだ文字列はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>text wider than 10,000 characters</source>
        <translation>幅が 10,000 文字を超えるテキストは扱えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the dict has no key {key!r}</source>
        <translation>辞書にキー {key!r} がありません</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation type="vanished">式が途中で終わっています</translation>
    </message>
    <message>
        <source>the expression is nested too deeply (more than {limit} levels)</source>
        <translation type="vanished">式の入れ子が深すぎます ({limit} 段を超えています)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the indentation does not line up here ({detail})</source>
        <translation>ここでインデントがそろっていません ({detail})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the last statement only names a value; compute something from it, as in L = 2*x</source>
        <translation>最後の文は値の名前を書いているだけです。L = 2*x のように、その値から何かを計算してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the number is too large for a float</source>
        <translation>数値が大きすぎて float にできません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is nested too deeply (more than {limit} levels)</source>
        <translation>プログラムの入れ子が深すぎます ({limit} 段を超えています)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is too large (more than {limit} operations and values)</source>
        <translation>プログラムが大きすぎます (演算と値が {limit} 個を超えています)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program needs more memory than this machine has</source>
        <translation>このプログラムには、このマシンにあるよりも多くのメモリが必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program nests calls too deeply</source>
        <translation>このプログラムは関数呼び出しの入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program runs more than {limit} statements; make the loop shorter</source>
        <translation>このプログラムは {limit} 個を超える文を実行します。ループを短くしてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the rows of this list have different lengths</source>
        <translation>このリストは行の長さがそろっていません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text contains a NUL byte</source>
        <translation>テキストに NUL バイトが含まれています</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text is too long ({n} characters; the limit is {limit})</source>
        <translation>テキストが長すぎます ({n} 文字、上限は {limit} 文字)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the value given for &apos;{name}&apos; is not a number or a rectangular list of numbers</source>
        <translation>&apos;{name}&apos; に与えた値は数値でも、長方形の数値リストでもありません</translation>
    </message>
    <message>
        <source>there is no input named &apos;{name}&apos; to set</source>
        <translation type="vanished">&apos;{name}&apos; という名前の入力はないので設定できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no input named &apos;{name}&apos; to set; the inputs are: {inputs}</source>
        <translation>&apos;{name}&apos; という名前の入力はないので設定できません。入力: {inputs}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no tensor named &apos;{name}&apos; to use as the loss</source>
        <translation>損失として使う &apos;{name}&apos; という名前のテンソルはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this % formatting does not fit its values: {why}</source>
        <translation>この % 書式は値と合いません: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>this assert fails: the program would stop here</source>
        <translation>この assert は失敗します: プログラムはここで止まります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>this backward pass goes through a batch norm computed in eval mode, whose running statistics a later training call has changed (PyTorch would silently use the new numbers); call backward() before that training call, or compute the eval output under torch.no_grad()</source>
        <translation>この逆伝播は評価モードで計算した batch norm を通りますが、その移動統計はあとの学習呼び出しで変わっています (PyTorch は新しい数値を黙って使います)。その学習呼び出しの前に backward() を呼ぶか、評価の出力を torch.no_grad() の中で計算してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this could not be computed: {why}</source>
        <translation>これは計算できませんでした: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this gives a complex number, which visualgrad does not compute</source>
        <translation>これは複素数になりますが、visualgrad は複素数を計算しません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this graph has {n} nodes; the window draws at most {limit}. Use &apos;visualgrad trace&apos; for it</source>
        <translation>このグラフには {n} 個のノードがあります。ウィンドウに描けるのは最大 {limit} 個です。&apos;visualgrad trace&apos; を使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this is not valid Python: {detail}</source>
        <translation>これは正しい Python ではありません: {detail}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this name is {n} characters long; names can have at most {limit}</source>
        <translation>この名前は {n} 文字あります。名前は最大 {limit} 文字までです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this needs more memory than this machine has</source>
        <translation>これには、このマシンにあるよりも多くのメモリが必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>this operator is not part of the language</source>
        <translation>この演算子はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this program is too big to draw (the window draws at most {limit} nodes); use &apos;visualgrad trace&apos; for it</source>
        <translation>このプログラムは大きすぎて描けません (ウィンドウに描けるノードは最大 {limit} 個です)。&apos;visualgrad trace&apos; を使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this tensor does not require grad, so backward() has nothing to do (PyTorch refuses it too)</source>
        <translation>このテンソルは requires_grad ではないので、backward() ですることがありません (PyTorch でもエラーになります)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>this tensor does not require grad, so there is nothing to send back: none of the tensors it was computed from has requires_grad=True</source>
        <translation>このテンソルは requires_grad ではないので、逆向きに送るものがありません: 計算元のテンソルのどれも requires_grad=True ではありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this text in quotes is not closed</source>
        <translation>この引用符の文字列が閉じていません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal</source>
        <translation>この整数は大きくなりすぎます。どちらかの数を小数で書いてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal (2.0 ** 1000)</source>
        <translation>この整数は大きくなりすぎます。どちらかの数を小数で書いてください (2.0 ** 1000)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this would make a list or text of {n} items; the limit is {limit}</source>
        <translation>これは要素が {n} 個のリストかテキストになります。上限は {limit} 個です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.Tensor(sizes) leaves its numbers unset; torch.Tensor takes a list of numbers</source>
        <translation>torch.Tensor(sizes) は数値を未設定のままにします。torch.Tensor には数値のリストを渡してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange takes finite numbers</source>
        <translation>torch.arange には有限の数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: step must be nonzero</source>
        <translation>torch.arange: step (ステップ幅) は 0 以外でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: {n} is too many numbers to draw</source>
        <translation>torch.arange: {n} 個は描くには数値が多すぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.backward: grad_tensors needs one gradient per tensor</source>
        <translation>torch.autograd.backward: grad_tensors にはテンソル 1 つにつき勾配が 1 つ必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>torch.autograd.grad(create_graph=True) (勾配の勾配) は visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad: grad_outputs needs one gradient per output</source>
        <translation>torch.autograd.grad: grad_outputs には出力 1 つにつき勾配が 1 つ必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.{what}: {arg} must be a tensor or a list of tensors</source>
        <translation>torch.autograd.{what}: {arg} はテンソルかテンソルのリストでなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.clamp needs min or max</source>
        <translation>torch.clamp には min か max が必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.device takes a name such as &quot;cpu&quot;</source>
        <translation>torch.device には &quot;cpu&quot; のような名前を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.div with rounding_mode has no gradient to show</source>
        <translation>rounding_mode 付きの torch.div には表示できる勾配がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>torch.empty は数値を未設定のままにします。visualgrad では値が入るまでゼロとして表示します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.from_numpy takes a NumPy array</source>
        <translation>torch.from_numpy には NumPy 配列を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.linspace: steps must be non-negative</source>
        <translation>torch.linspace: steps (ステップ数) は 0 以上でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial takes a 1-d or 2-d tensor of weights ≥ 0</source>
        <translation>torch.multinomial には 0 以上の重みの 1 次元または 2 次元テンソルを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial: each row needs weight, and without replacement at most as many samples as categories</source>
        <translation>torch.multinomial: 各行に重みが必要で、非復元抽出ではカテゴリ数までしか抽出できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.normal is accepted with numbers and a size</source>
        <translation>torch.normal は数値とサイズを指定して使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint takes (high, size) or (low, high, size)</source>
        <translation>torch.randint の引数は (high, size) か (low, high, size) です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint: high must be greater than low</source>
        <translation>torch.randint: high は low より大きくなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.set_grad_enabled is accepted in a with statement</source>
        <translation>torch.set_grad_enabled は with 文の中で使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.where&apos;s condition must be a bool tensor, such as x &gt; 0</source>
        <translation>torch.where の条件は、x &gt; 0 のような bool テンソルでなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name} takes one dim; for several use torch.a{name}</source>
        <translation>torch.{name} に指定できる dim は 1 つです。複数なら torch.a{name} を使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name}() takes keepdim only with a dim</source>
        <translation>torch.{name}() で keepdim を指定できるのは dim を指定したときだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>try/except is not part of the language</source>
        <translation>try/except はこの言語にはありません</translation>
    </message>
    <message>
        <source>tuples are not supported; use a list [a, b] for a tensor</source>
        <translation type="vanished">タプルには対応していません。テンソルにはリスト [a, b] を使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>unary &apos;{op}&apos; does not work on {kind}</source>
        <translation>単項の &apos;{op}&apos; は {kind} には使えません</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; after the end of the statement</source>
        <translation type="vanished">文の終わりの後に予期しない &apos;{text}&apos; があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>unexpected character {c!r} ({name})</source>
        <translation>予期しない文字 {c!r} ({name})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>unknown function &apos;{name}&apos;</source>
        <translation>不明な関数 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>unsupported format string passed to Tensor.__format__ (the tensor has shape {shape})</source>
        <translation>Tensor.__format__ に対応していない書式文字列です (テンソルの形状は {shape})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>unsupported format string passed to Value.__format__</source>
        <translation>Value.__format__ に対応していない書式文字列です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>visualgrad could not run this ({why}); please report it</source>
        <translation>visualgrad はこれを実行できませんでした ({why})。お手数ですが報告してください</translation>
    </message>
    <message>
        <source>write its forward with torch operations in a def, and autograd derives the backward</source>
        <translation type="vanished">forward を torch の演算で def に書けば、backward は autograd が導きます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>write the numbers with a decimal point, e.g. 1.0</source>
        <translation>数値は 1.0 のように小数点を付けて書いてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>writing a tensor that requires grad into another tensor is not something visualgrad shows</source>
        <translation>requires_grad のテンソルを別のテンソルに書き込む操作は visualgrad では表示できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.T on a tensor of {n} dimensions is not something visualgrad computes</source>
        <translation>{n} 次元のテンソルの x.T は visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.data can be set to a tensor</source>
        <translation>x.data にはテンソルを設定できます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.grad can be set to None or to a tensor of x&apos;s shape</source>
        <translation>x.grad には None か、x と同じ形状のテンソルを設定できます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.to() is accepted with a dtype or a device</source>
        <translation>x.to() は dtype か device を指定して使ってください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}() takes a tensor or a number</source>
        <translation>x.{name}() にはテンソルか数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}(): the result&apos;s shape {got} is not x&apos;s {want}</source>
        <translation>x.{name}(): 結果の形状 {got} が x の形状 {want} と違います</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>x[...] = ...: {error}</source>
        <translation>x[...] = ...: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{b} ** {k} is a complex number; micrograd&apos;s Value holds real numbers</source>
        <translation>{b} ** {k} は複素数になります。micrograd の Value は実数しか持てません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls} needs a @staticmethod {name}(ctx, ...)</source>
        <translation>{cls} には @staticmethod {name}(ctx, ...) が必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{cls}() takes no arguments</source>
        <translation>{cls}() は引数を取りません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned a gradient of shape {got} for an input of shape {want}</source>
        <translation>{cls}.backward が形 {want} の入力に対して形 {got} の勾配を返しました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned {n} gradients; forward takes {m} arguments</source>
        <translation>{cls}.backward は {n} 個の勾配を返しましたが、forward の引数は {m} 個です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.forward must return one tensor here</source>
        <translation>{cls}.forward はここではテンソルを 1 つ返す必要があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>{c} looks like {ascii} but is a different character; type {ascii}</source>
        <translation>{c} は {ascii} に似ていますが別の文字です。{ascii} を入力してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{func}() has no option &apos;{name}&apos;</source>
        <translation>{func}() にはオプション &apos;{name}&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{kind} cannot be called</source>
        <translation>{kind} は呼び出せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be indexed</source>
        <translation>{kind} にはインデックスを使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be looped over</source>
        <translation>{kind} はループで回せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>{kind} has no attribute &apos;{name}&apos; here</source>
        <translation>ここでは {kind} に属性 &apos;{name}&apos; はありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{kind} has no len()</source>
        <translation>{kind} には len() がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>{kind} values are not part of the language</source>
        <translation>{kind} の値はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>{message} — try: {hint}</source>
        <translation>{message} — こうしてみてください: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{name} should contain {c} elements not {n}</source>
        <translation>{name} の要素数は {n} ではなく {c} である必要があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name} without dim= uses dim={d}, as PyTorch does (with a warning); write dim= to be sure</source>
        <translation>dim= なしの {name} は、PyTorch と同じく (警告付きで) dim={d} を使います。確実にするには dim= を書いてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() got &apos;{kw}&apos; twice: by position and by name</source>
        <translation>{name}() に &apos;{kw}&apos; が位置引数と名前付き引数の両方で 2 回渡されました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() got two values for &apos;{arg}&apos;</source>
        <translation>{name}() の &apos;{arg}&apos; に値が 2 つ渡されました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() has no parameter &apos;{arg}&apos;</source>
        <translation>{name}() にはパラメータ &apos;{arg}&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() has no parameter &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}() にはパラメータ &apos;{kw}&apos; がありません。パラメータ: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() is missing the argument &apos;{arg}&apos;</source>
        <translation>{name}() に引数 &apos;{arg}&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() needs the argument &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}() には引数 &apos;{kw}&apos; が必要です。パラメータ: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() of an empty sequence</source>
        <translation>空のシーケンスに {name}() は使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}() of one tensor: write {name}(x, 0) for the larger of x and 0, or torch.{name}(x) for its largest value</source>
        <translation>テンソル 1 つに対する {name}(): x と 0 の大きい方なら {name}(x, 0)、x の最大値なら torch.{name}(x) と書いてください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() takes at most {most} positional arguments ({given} given); its parameters are: {params}</source>
        <translation>{name}() の位置引数は最大 {most} 個ですが、{given} 個渡されました。パラメータ: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() takes {n} positional arguments but {m} were given</source>
        <translation>{name}() の位置引数は {n} 個ですが、{m} 個渡されました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() takes {want} argument(s), {given} given</source>
        <translation>{name}() の引数は {want} 個ですが、{given} 個渡されました</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}(...) takes numbers, as in {name}([1.0, 2.0])</source>
        <translation>{name}(...) には数値を渡します。例: {name}([1.0, 2.0])</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}(key=...) is not part of the language</source>
        <translation>{name}(key=...) はこの言語にはありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name}(weight=...) is not something visualgrad computes yet</source>
        <translation>{name}(weight=...) は visualgrad ではまだ計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{name}.apply takes its arguments by position, as PyTorch&apos;s does</source>
        <translation>{name}.apply は PyTorch と同じく引数を位置で受け取ります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{n} names to unpack into, but {m} values</source>
        <translation>アンパック先の名前は {n} 個ですが、値は {m} 個あります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{op}: axis {axis} does not exist for shape {shape}</source>
        <translation>{op}: 形状 {shape} には軸 {axis} がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{op}: shapes {a} and {b} cannot be broadcast together</source>
        <translation>{op}: 形状 {a} と {b} はブロードキャストできません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{v!r} is not a number</source>
        <translation>{v!r} は数値ではありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} can only optimize leaf tensors that require grad</source>
        <translation>{what} で最適化できるのは、requires_grad の葉テンソルだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be called</source>
        <translation>{what} は呼び出せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>{what} は &apos;:{spec}&apos; で書式化できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be indexed</source>
        <translation>{what} にはインデックスを使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be looped over</source>
        <translation>{what} はループで回せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be used in a with statement</source>
        <translation>{what} は with 文では使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} does not support unary {op}</source>
        <translation>{what} は単項の {op} に対応していません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has .values and .indices, not &apos;{name}&apos;</source>
        <translation>{what} が持つのは .values と .indices です。&apos;{name}&apos; はありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no attribute &apos;{name}&apos;</source>
        <translation>{what} には属性 &apos;{name}&apos; がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no len()</source>
        <translation>{what} には len() がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has two items: [0] the values and [1] the indices</source>
        <translation>{what} の要素は 2 つです: [0] が値、[1] がインデックスです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>{what} holds modules (nn.Linear(...), nn.ReLU(), ...), not {kind}</source>
        <translation>{what} が持つのはモジュール (nn.Linear(...)、nn.ReLU()、...) で、{kind} ではありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} is called with one input list</source>
        <translation>{what} は入力リスト 1 つを渡して呼び出します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} is only used as a base class here</source>
        <translation>ここでは {what} は基底クラスとしてだけ使えます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what} は数である必要があり、{value} は使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} must be a whole number from 0 to 10,000</source>
        <translation>{what} は 0 から 10,000 までの整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what} は整数でなければなりません ({value} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{what} of a tensor is not supported yet</source>
        <translation>テンソルの {what} はまだ対応していません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes a list of arrays</source>
        <translation>{what} には配列のリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_shape.py"/>
        <source>{what} takes a list of tensors</source>
        <translation>{what} にはテンソルのリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} takes a list of tensors, such as model.parameters()</source>
        <translation>{what} には model.parameters() のようなテンソルのリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a non-empty list</source>
        <translation>{what} には空でないリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number, not {kind}</source>
        <translation>{what} には数値を渡します ({kind} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number; this tensor has {n} elements</source>
        <translation>{what} には数値を渡します。このテンソルには要素が {n} 個あります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what} takes a tensor</source>
        <translation>{what} にはテンソルを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what} takes a tensor (a layer&apos;s weight or bias)</source>
        <translation>{what} にはテンソル (層の重みかバイアス) を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes a tensor, not {kind}</source>
        <translation>{what} にはテンソルを渡します ({kind} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes a whole number or a list of numbers</source>
        <translation>{what} には整数か数値のリストを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes arrays or numbers</source>
        <translation>{what} には配列か数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes numbers</source>
        <translation>{what} には数値を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes numbers or arrays</source>
        <translation>{what} には数値か配列を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes numbers or lists of numbers, not {kind}</source>
        <translation>{what} には数値か数値のリストを渡します ({kind} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes whole numbers</source>
        <translation>{what} には整数を渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes a torch tensor, not a NumPy array</source>
        <translation>{what}() には NumPy 配列ではなく、torch のテンソルを渡します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes keepdim only with a dim</source>
        <translation>{what}() で keepdim を指定できるのは dim を指定したときだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}(): argument &apos;normalized_shape&apos; must be a tuple of ints, not {kind}</source>
        <translation>{what}(): 引数 &apos;normalized_shape&apos; は整数のタプルである必要があり、{kind} は使えません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): argument &apos;{arg}&apos; must be a tensor, not {kind}</source>
        <translation>{what}(): 引数 &apos;{arg}&apos; はテンソルでなければなりません ({kind} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): the input must be a floating point tensor, not {dtype}</source>
        <translation>{what}(): 入力は浮動小数点のテンソルでなければなりません ({dtype} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(dtype=...) other than a float type is not something visualgrad computes</source>
        <translation>浮動小数点型以外の {what}(dtype=...) は visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what}(x) turns the tensor into a plain number, as in PyTorch: no gradient flows through it (torch.{name}(x) keeps it)</source>
        <translation>{what}(x) は PyTorch と同じくテンソルをただの数値に変えます: ここには勾配が流れません (torch.{name}(x) なら流れます)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}({arg}=...) is not something visualgrad computes yet</source>
        <translation>{what}({arg}=...) はまだ visualgrad では計算できません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>{what}.{name} can only be set to an nn.Parameter</source>
        <translation>{what}.{name} に設定できるのは nn.Parameter だけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: a must be a positive whole number</source>
        <translation>{what}: a は正の整数でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: a size cannot be negative: {dims}</source>
        <translation>{what}: サイズは負にできません: {dims}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: a size cannot be negative: {size}</source>
        <translation>{what}: サイズは負にできません: {size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: betas is a pair of numbers</source>
        <translation>{what}: betas は数値 2 つの組です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>{what}: requires_grad のテンソルに対して numpy() は呼び出せません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: correction must be a number</source>
        <translation>{what}: correction は数値でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: dtype {dtype} is not one visualgrad computes</source>
        <translation>{what}: dtype {dtype} は visualgrad で計算できる型ではありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: fan in and fan out need a tensor of at least 2 dimensions</source>
        <translation>{what}: fan in と fan out には 2 次元以上のテンソルが必要です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: give the size once, by position or as size=</source>
        <translation>{what}: サイズは位置引数か size= のどちらか一方で 1 回だけ指定してください</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: index {i} is out of range for {n} rows (0 to {top})</source>
        <translation>{what}: インデックス {i} は {n} 行の範囲 (0 から {top}) の外です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: mode is &apos;fan_in&apos; or &apos;fan_out&apos;</source>
        <translation>{what}: mode は &apos;fan_in&apos; か &apos;fan_out&apos; です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: only tensors of floating point dtype can require gradients</source>
        <translation>{what}: 勾配を必要とできる (requires_grad) のは浮動小数点型のテンソルだけです</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: shapes {a} and {b} do not broadcast</source>
        <translation>{what}: 形状 {a} と {b} はブロードキャストできません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: size {size} cannot be drawn</source>
        <translation>{what}: サイズ {size} は描けません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}: sizes must be from 1 up to a million weights</source>
        <translation>{what}: サイズは重み 1 個から 100 万個までである必要があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: the fill value is a number</source>
        <translation>{what}: 埋める値は数値です</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the indices must be an int64 tensor, not {dtype}</source>
        <translation>{what}: インデックスは {dtype} ではなく int64 のテンソルである必要があります</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the list is nested too deeply</source>
        <translation>{what}: リストの入れ子が深すぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the rows of the list have different lengths</source>
        <translation>{what}: リストの行の長さがそろっていません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the target must hold class indices (an int64 tensor), not {dtype}</source>
        <translation>{what}: ターゲットはクラスインデックス (int64 のテンソル) でなければなりません ({dtype} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{what}: {error} (micrograd&apos;s Value stops here too)</source>
        <translation>{what}: {error} (micrograd の Value もここで止まります)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: {name} must be a number ≥ 0</source>
        <translation>{what}: {name} は 0 以上の数値でなければなりません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: {size} is too many numbers to draw</source>
        <translation>{what}: {size} は描くには数値が多すぎます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>… (more printed lines are not kept)</source>
        <translation>… (これ以降の print の出力は保持されません)</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found at {path}; using the built-in layout</source>
        <translation>{path} に Graphviz (dot) が見つかりません。内蔵レイアウトを使います</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found; using the built-in layout</source>
        <translation>Graphviz (dot) が見つかりません。内蔵レイアウトを使います</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz failed; using the built-in layout</source>
        <translation>Graphviz が失敗しました。内蔵レイアウトを使います</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz gave an unreadable answer; using the built-in layout</source>
        <translation>Graphviz の出力を読み取れませんでした。内蔵レイアウトを使います</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz timed out after {seconds} s; using the built-in layout</source>
        <translation>Graphviz が {seconds} 秒でタイムアウトしました。内蔵レイアウトを使います</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 to a negative power divides by zero: the value is ∞.</source>
        <translation>0 の負のべき乗はゼロ除算です: 値は ∞ になります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 × ∞ is undefined, so the value is NaN.</source>
        <translation>0 × ∞ は定義されないので、値は NaN です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0/0 is undefined (NaN).</source>
        <translation>0/0 は定義されません (NaN)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>A negative number to a fractional power is undefined (NaN).</source>
        <translation>負の数の非整数乗は定義されません (NaN)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>An infinite gradient passes on as ∞ (or NaN where it meets 0).</source>
        <translation>無限大の勾配は ∞ として伝わります (0 と出会う所では NaN)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the loss: {d} = 1.</source>
        <translation>逆伝播は損失 (事故の現場) から始まります: {d} = 1。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the output: {d} = 1 for every entry (the same as backward on its sum).</source>
        <translation>逆伝播は出力から始まります: すべての要素で {d} = 1 (総和に対して backward するのと同じです)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>By hand: {formula} = {substituted} = {hand}; autograd: {autograd}.</source>
        <translation>手計算: {formula} = {substituted} = {hand}。autograd: {autograd}。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Constants: {values}.</source>
        <translation>定数: {values}。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Dividing by zero gives ∞.</source>
        <translation>ゼロで割ると ∞ になります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} = {value}.</source>
        <translation>順伝播: {chain} = {value}。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} gives a {shape} tensor {value}.</source>
        <translation>順伝播: {chain} は {shape} のテンソル {value} になります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Inputs: {values}.</source>
        <translation>入力: {values}。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads backward: the blame passed on is NaN too.</source>
        <translation>NaN は逆向きにも広がります: 転嫁される責任も NaN です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads: whatever is computed from NaN is NaN too.</source>
        <translation>NaN は広がります: NaN から計算したものはすべて NaN です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is not finite here, so its blame is ∞ or NaN.</source>
        <translation>ここでは {src} に関する局所的な微分が有限ではないので、その責任は ∞ か NaN です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here and 0 × ∞ is undefined, so its blame is NaN.</source>
        <translation>ここでは {src} に関する局所的な微分が {local} で、0 × ∞ は定義されないので、その責任は NaN です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here, so its blame is {c}.</source>
        <translation>ここでは {src} に関する局所的な微分が {local} なので、その責任は {c} です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The loss: {name} = {value}. The accident happened here; now we trace back who is responsible.</source>
        <translation>損失: {name} = {value}。事故はここで起きました。ここから犯人 (責任者) をさかのぼって探します。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The square root of a negative number is undefined (NaN).</source>
        <translation>負の数の平方根は定義されません (NaN)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/steps.py"/>
        <source>Update: the program sets {w} to {new}.</source>
        <translation>更新: プログラムは {w} を {new} に設定します。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</source>
        <translation>更新: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log of a negative number is undefined (NaN).</source>
        <translation>負の数の log は定義されません (NaN)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log(0) is −∞: the logarithm falls without end as its input reaches 0.</source>
        <translation>log(0) は −∞ です: 入力が 0 に近づくと対数はどこまでも下がります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>masked_fill writes {value} where the mask is true, as the program asks.</source>
        <translation>masked_fill は、プログラムの指示どおり、マスクが真の位置に {value} を書き込みます。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} = {formula} passes the blame on.</source>
        <translation>{d} = {g} で確定。{name} = {formula} は入力へ責任転嫁します (連鎖律)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} passes the blame on.</source>
        <translation>{d} = {g} で確定。{name} は入力へ責任転嫁します (連鎖律)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} has no value as a float64 number here: the result is ∞ or NaN.</source>
        <translation>ここでは {expr} は float64 の数値として値を持ちません: 結果は ∞ か NaN です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} overflows to ∞: the value is too large for a float64 (the largest is about 1.8e308).</source>
        <translation>{expr} は ∞ にオーバーフローします: float64 には大きすぎる値です (最大はおよそ 1.8e308)。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{op} of ∞ has no defined value, so it is NaN.</source>
        <translation>∞ の {op} には定まった値がないので、NaN になります。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{src} is used {k} times, so its blame adds up: {d} = {sum} = {total}</source>
        <translation>{src} は {k} 回使われているので、責任は足し合わされます: {d} = {sum} = {total}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ / ∞ is undefined, so the value is NaN.</source>
        <translation>∞ / ∞ は定義されないので、値は NaN です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ passes on: whatever is computed from ∞ stays infinite.</source>
        <translation>∞ は伝わります: ∞ から計算したものは無限大のままです。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ − ∞ is undefined, so the value is NaN.</source>
        <translation>∞ − ∞ は定義されないので、値は NaN です。</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source> (input {k})</source>
        <translation> (入力 {k})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>({n} paths; the backward pass computed {g})</source>
        <translation>({n} 経路。逆伝播の計算値は {g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>{name} gets no gradient</source>
        <translation>{name} には勾配がありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>— the first {k} of {n} paths only; all {n} add up to {g}</source>
        <translation>— {n} 経路のうち最初の {k} 個のみ。{n} 個すべてを足すと {g}</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>Compute {formula} from {inputs}.</source>
        <translation>{inputs} から {formula} を計算してください。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>The loss is where the backward pass starts: how much does the loss change when the loss itself changes by a little?</source>
        <translation>逆伝播は損失から始まります: 損失そのものが少し変わると、損失はどれだけ変わるでしょう?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>hint: {hint}</source>
        <translation>ヒント: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>not quite: {name} = {value}</source>
        <translation>惜しい: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>right</source>
        <translation>正解</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>upstream {up} = {g}, local {d} = {formula}</source>
        <translation>上流 {up} = {g}、局所 {d} = {formula}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{d} = 1: the seed of the backward pass.</source>
        <translation>{d} = 1: 逆伝播の種(シード)です。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is an input: its value is given.</source>
        <translation>{name} は入力です: 値は与えられています。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is used {k} times: add up what each use passes back.</source>
        <translation>{name} は {k} 回使われています: それぞれの使い道が返す分を足し合わせます。</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>{text!r} is not a number.</source>
        <translation>{text!r} は数ではありません。</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>A three-stage chain: the director&apos;s blame on the team lead is dz/dx = dz/dy · dy/dx, read off the edges</source>
        <translation>3 段の連鎖: 社長がチームリーダーを責める量は dz/dx = dz/dy · dy/dx。辺の上で読み取れます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Catalan article</source>
        <translation>カタルーニャ語の記事</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Chain rule: by hand vs autograd</source>
        <translation>連鎖律: 手計算と autograd の比較</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Dutch and Japanese articles</source>
        <translation>オランダ語と日本語の記事</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Korean article (Lesson 05)</source>
        <translation>韓国語の記事 (レッスン 05)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron</source>
        <translation>1 つのニューロン</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron: y = sigmoid(w·x + b), squared error against the target</source>
        <translation>ニューロン 1 個: y = sigmoid(w·x + b)、目標値との二乗誤差</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Passing the blame: team lead → manager → director</source>
        <translation>責任転嫁: チームリーダー → 部長 → 社長</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Team lead A (input) -&gt; manager B (hidden) -&gt; director C (output): dz/dx = dz/dy · dy/dx</source>
        <translation>Aチームリーダー (入力) -&gt; B部長 (隠れ) -&gt; C社長 (出力): dz/dx = dz/dy · dy/dx</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>The Korean article&apos;s tiny graph (Lesson 05): backprop by hand vs autograd</source>
        <translation>韓国語の記事 (レッスン 05) の小さなグラフ: 手計算の逆伝播と autograd の比較</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>The article&apos;s 2-2-1 sigmoid network on the four XOR points, mean squared error, learning rate 0.1; matrices or one node per weight</source>
        <translation>記事の 2-2-1 シグモイドネットワーク。XOR の 4 点、平均二乗誤差、学習率 0.1。行列表示か、重みごとに 1 ノードの表示</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>The article&apos;s exercise: a deep Linear + sigmoid / tanh / ReLU stack; compare each layer&apos;s gradient norm, with residuals and Xavier / He init</source>
        <translation>記事の演習: Linear + シグモイド / tanh / ReLU を深く積み重ね、層ごとの勾配ノルムを比べます。残差接続や Xavier / He 初期化も試せます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>Vanishing gradients lab</source>
        <translation>勾配消失ラボ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>XOR network</source>
        <translation>XOR ネットワーク</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>blame starts at y</source>
        <translation>y から責任転嫁が始まる</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end</source>
        <translation>終わり</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end of the forward pass</source>
        <translation>順伝播の終わり</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>every layer&apos;s gradient</source>
        <translation>すべての層の勾配</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>example {k}: x = ({a}, {b}), y = {y}</source>
        <translation>例 {k}: x = ({a}, {b}), y = {y}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>head</source>
        <translation>ヘッド</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation type="vanished">隠れ層</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k}</source>
        <translation>層 {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k} gets its gradient</source>
        <translation>層 {k} が勾配を受け取る</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="vanished">損失</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation type="vanished">出力層</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <location filename="../../visualgrad/presets/programs.py"/>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>preset {preset} has no input or weight named &apos;{name}&apos; (it has: {known})</source>
        <translation>プリセット {preset} には &apos;{name}&apos; という入力も重みもありません (あるもの: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>preset {preset} has no parameter &apos;{name}&apos; (its parameters: {known})</source>
        <translation>プリセット {preset} にはパラメータ &apos;{name}&apos; がありません (パラメータ: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>preset {preset} has nothing to train</source>
        <translation>プリセット {preset} には学習するものがありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>the learning rate must be a number ≥ 0, not {value!r}</source>
        <translation>学習率は 0 以上の数値でなければなりません ({value!r} は不可)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>the output y</source>
        <translation>出力 y</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/catalogue.py"/>
        <source>there is no preset named {name!r}; the presets are: {known}</source>
        <translation>{name!r} という名前のプリセットはありません。プリセット一覧: {known}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: residual must be True or False, not {value!r}</source>
        <translation>vanishing: residual は True か False でなければなりません ({value!r} は不可)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: seed must be a whole number ≥ 0, not {value!r}</source>
        <translation>vanishing: seed は 0 以上の整数でなければなりません ({value!r} は不可)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: {name} must be a whole number from 1 to {top}, not {value!r}</source>
        <translation>vanishing: {name} は 1 から {top} までの整数でなければなりません ({value!r} は不可)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x = 3; a = x², b = eˣ, c = a + b, L = 2c: the hand-derived ∂L/∂x = 2·(2x + eˣ) next to autograd&apos;s 52.1711</source>
        <translation>x = 3; a = x², b = eˣ, c = a + b, L = 2c: 手で導いた ∂L/∂x = 2·(2x + eˣ) と autograd の 52.1711 を並べて比べます</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x: the basic data team lead A hands over</source>
        <translation>x: Aチームリーダーが渡す基礎データ</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y = sigmoid(w·x + b) with a squared error against a target; train w and b by gradient descent</source>
        <translation>y = sigmoid(w·x + b) と目標値との二乗誤差。勾配降下法で w と b を学習します</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y: manager B&apos;s report; dy/dx = 3</source>
        <translation>y: B部長の報告; dy/dx = 3</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>z: director C&apos;s result; dz/dy = 2·manager</source>
        <translation>z: C社長の結果; dz/dy = 2·manager</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name} has shape {want}, not {got}</source>
        <translation>{name} の形状は {want} でなければなりません ({got} ではありません)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name}: {value!r} is not a number or a list of numbers</source>
        <translation>{name}: {value!r} は数値でも数値のリストでもありません</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no input named &apos;{name}&apos; (its inputs: {known})</source>
        <translation>{preset} には &apos;{name}&apos; という入力がありません (入力: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no weight named &apos;{name}&apos; (its weights: {known})</source>
        <translation>{preset} には &apos;{name}&apos; という重みがありません (重み: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{preset}: {name} must be one of {allowed}, not {value!r}</source>
        <translation>{preset}: {name} は {allowed} のいずれかでなければなりません ({value!r} は不可)</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name}</source>
        <translation>  {where}、{name} の中</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name} = {formula}</source>
        <translation>  {where}、{name} = {formula} の中</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Backward pass (most recent frame first: from the loss back to the inputs)</source>
        <translation>逆伝播 (新しいフレームが先: 損失から入力へさかのぼります)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Forward pass</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Loss: {name} = {value}</source>
        <translation>損失: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Note: {text}</source>
        <translation>注: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>line {line}</source>
        <translation>{line} 行目</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>passed to {src}: {label}</source>
        <translation>{src} へ渡す: {label}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>received {d} = {g}</source>
        <translation>受け取った {d} = {g}</translation>
    </message>
</context>
</TS>
