<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>See backpropagation: the chain rule read like a stack trace in reverse.</source>
        <translation>backprop를 눈으로: chain rule을 stack trace처럼 거꾸로 읽기.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/about.py"/>
        <source>not found: built-in layout</source>
        <translation>찾을 수 없음: 내장 레이아웃 사용</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad hit an unexpected error. Your text is kept; you can go on working or save it.</source>
        <translation>visualgrad에 예기치 않은 오류가 발생했습니다. 입력한 텍스트는 그대로 남아 있으니 계속 작업하거나 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/app.py"/>
        <source>visualgrad: could not save the screenshot to {path}</source>
        <translation>visualgrad: 스크린샷을 {path}에 저장할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>BoundaryMap</name>
    <message>
        <location filename="../../visualgrad/qt/panels/boundary_map.py"/>
        <source>The network&apos;s output for every input (x₁, x₂): blue towards 1, orange towards 0, the line where it is 0.5. The dots are the four XOR examples.</source>
        <translation>모든 입력 (x₁, x₂)에 대한 네트워크의 출력입니다. 파란색은 1 쪽, 주황색은 0 쪽이고, 선은 출력이 0.5인 곳입니다. 점은 XOR 예제 네 개입니다.</translation>
    </message>
</context>
<context>
    <name>CodeEditor</name>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Expression editor</source>
        <translation>수식 편집기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/editor.py"/>
        <source>Type an expression, e.g. L = 2*(x**2 + exp(x))</source>
        <translation>수식을 입력하세요. 예: L = 2*(x**2 + exp(x))</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>(File → Restore Unsaved Work)</source>
        <translation>(파일 → 저장하지 않은 작업 복원)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Bring back the work a session that closed unexpectedly left</source>
        <translation>예기치 않게 종료된 세션에 남아 있던 작업을 되살립니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Clear Recent Files</source>
        <translation>최근 파일 목록 지우기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Could not keep a recovery copy of your work: {reason}</source>
        <translation>작업의 복구용 사본을 보관할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not open “{name}”</source>
        <translation>“{name}”을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save</source>
        <translation>저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Could not save “{name}”</source>
        <translation>“{name}”을(를) 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>“{name}”의 변경 내용을 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Examples</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was in “{name}”.</source>
        <translation>“{name}”에 있던 작업입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>It was not saved to a file yet.</source>
        <translation>아직 파일로 저장되지 않은 작업입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recent.py"/>
        <source>Open Recent</source>
        <translation>최근 파일 열기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open a saved lesson</source>
        <translation>저장한 레슨을 엽니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Open lesson</source>
        <translation>레슨 열기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/examples.py"/>
        <source>Open the example lesson “{name}” (as a new, untitled lesson)</source>
        <translation>예제 레슨 “{name}”을(를) 엽니다 (제목 없는 새 레슨으로)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Restore Unsaved Work</source>
        <translation>저장하지 않은 작업 복원</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Restore unsaved work</source>
        <translation>저장하지 않은 작업 복원</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Save lesson</source>
        <translation>레슨 저장</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson</source>
        <translation>레슨을 저장합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/file_menu.py"/>
        <source>Save the lesson under a new name</source>
        <translation>레슨을 새 이름으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Saved “{name}”</source>
        <translation>“{name}”을(를) 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 내용</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>저장하지 않으면 변경 내용이 사라집니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>Your unsaved work is back. Save it to keep it.</source>
        <translation>저장하지 않았던 작업을 되살렸습니다. 보관하려면 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/controller.py"/>
        <source>a graph built in Python cannot be saved as a lesson; export it (File → Export…) instead</source>
        <translation>Python으로 만든 그래프는 레슨으로 저장할 수 없습니다. 대신 내보내기를 사용하세요 (파일 → 내보내기…)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/recovery.py"/>
        <source>another visualgrad is using this recovery copy</source>
        <translation>다른 visualgrad가 이 복구용 사본을 사용하고 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>lesson</source>
        <translation>레슨</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/window_state.py"/>
        <source>the lesson&apos;s preset settings are not valid: {reason}</source>
        <translation>레슨의 프리셋 설정이 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad</source>
        <translation>visualgrad</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/autosave.py"/>
        <source>visualgrad closed unexpectedly; restore your unsaved work?</source>
        <translation>visualgrad가 예기치 않게 종료되었습니다. 저장하지 않은 작업을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix})</source>
        <translation>visualgrad 레슨 (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/documents/questions.py"/>
        <source>visualgrad lessons (*{suffix});;All files (*)</source>
        <translation>visualgrad 레슨 (*{suffix});;모든 파일 (*)</translation>
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
        <translation>“{name}”이(가) 더 이상 없습니다 (옮겨졌거나 삭제되었나요?). 최근 파일 목록에서 뺐습니다.
{path}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--font-scale must be between 0.5 and 3 (got {scale:g})</source>
        <translation>--font-scale은 0.5에서 3 사이여야 합니다 (받은 값: {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>--scale must be between 1 and 4 (got {scale:g})</source>
        <translation>--scale은 1에서 4 사이여야 합니다 (받은 값: {scale:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>backward</source>
        <translation>backward pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: permission denied</source>
        <translation>{path}에 쓸 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>cannot write {path}: the folder {folder} does not exist</source>
        <translation>{path}에 쓸 수 없습니다: {folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/command.py"/>
        <source>cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>could not write the SVG</source>
        <translation>SVG를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>could not write {path}</source>
        <translation>{path}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>export cancelled</source>
        <translation>내보내기를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>forward</source>
        <translation>forward pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>seed</source>
        <translation>backward 시작</translation>
    </message>
    <message>
        <source>step {k} is out of range: this graph has {n} steps, numbered 0 to {last}</source>
        <translation type="vanished">{k}단계는 범위를 벗어났습니다: 이 그래프에는 0부터 {last}까지 {n}개의 단계가 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>step {k} is out of range: this graph has {n} steps, numbered 1 to {n}</source>
        <translation>{k}단계는 범위를 벗어났습니다: 이 그래프에는 1부터 {n}까지 {n}개의 단계가 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>step {k} of {n} · {phase}</source>
        <translation>단계 {k} / {n} · {phase}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>the font scale must be between 0.5 and 3 (got {s:g})</source>
        <translation>글꼴 배율은 0.5에서 3 사이여야 합니다 (받은 값: {s:g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>the range {a}..{b} is empty: the first step comes after the last</source>
        <translation>범위 {a}..{b}가 비어 있습니다: 첫 단계가 마지막 단계보다 뒤에 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>this graph has no {phase} steps</source>
        <translation>이 그래프에는 &apos;{phase}&apos; 단계가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown direction {d!r}; use auto, TB or LR</source>
        <translation>알 수 없는 방향 {d!r}입니다. auto, TB, LR 중 하나를 사용하세요</translation>
    </message>
    <message>
        <source>unknown page size {page!r}; use fit or 16:9</source>
        <translation type="vanished">알 수 없는 페이지 크기 {page!r}입니다. fit 또는 16:9를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/render.py"/>
        <source>unknown page size {page!r}; use fit, 16:9 or 4:3</source>
        <translation>알 수 없는 페이지 크기 {page!r}입니다. fit, 16:9, 4:3 중 하나를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>unknown step {what!r}: use a number, all, forward, backward, loss or end</source>
        <translation>알 수 없는 단계 {what!r}입니다: 숫자, all, forward, backward, loss, end 중 하나를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>unknown theme {name!r}; use one of: {names}</source>
        <translation>알 수 없는 테마 {name!r}입니다. 다음 중 하나를 사용하세요: {names}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/select.py"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/writers.py"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path}은(는) 폴더입니다. 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif or .pptx</source>
        <translation type="vanished">{path}: 알 수 없는 형식 {suffix!r}입니다. .svg, .pdf, .png, .gif, .pptx 중 하나를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/options.py"/>
        <source>{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif, .pptx or .tex</source>
        <translation>{path}: 알 수 없는 형식 {suffix!r}입니다. .svg, .pdf, .png, .gif, .pptx, .tex 중 하나를 사용하세요</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>16:9 slide</source>
        <translation>16:9 슬라이드</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>4:3 slide</source>
        <translation>4:3 슬라이드</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>A range of steps</source>
        <translation>단계 범위</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown</source>
        <translation>화면과 같이</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>As shown (on a slide: whichever fills it better)</source>
        <translation>화면에 보이는 대로 (슬라이드에서는 더 잘 채우는 쪽으로)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Caption with the step&apos;s narration</source>
        <translation>단계 설명을 캡션으로 넣기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Choose a file to export to.</source>
        <translation>내보낼 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Diagram copied to the clipboard ({w} × {h} pixels)</source>
        <translation>다이어그램을 클립보드에 복사했습니다 ({w} × {h} 픽셀)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Direction:</source>
        <translation>방향:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Every step ({n} pages)</source>
        <translation>모든 단계 ({n}쪽)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>내보내기를 취소했습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {n} files, from {path}</source>
        <translation>파일 {n}개를 내보냈습니다 ({path}부터)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exported {path}</source>
        <translation>{path}을(를) 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Exporting {n} steps…</source>
        <translation>단계 {n}개를 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>File:</source>
        <translation>파일:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fit the diagram</source>
        <translation>다이어그램에 맞추기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Fold operations into their boxes</source>
        <translation>연산을 값 상자 안에 접어 넣기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Left to right</source>
        <translation>왼쪽에서 오른쪽으로</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>PNG scale:</source>
        <translation>PNG 배율:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Page size:</source>
        <translation>페이지 크기:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Text size:</source>
        <translation>글자 크기:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The backward pass</source>
        <translation>backward pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The forward pass</source>
        <translation>forward pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The steps that matter ({n} pages)</source>
        <translation>중요한 단계만 ({n}쪽)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>The update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Theme:</source>
        <translation>테마:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>There is no diagram to export yet.</source>
        <translation>아직 내보낼 다이어그램이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>This step ({k} of {n})</source>
        <translation>이 단계 ({k} / {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Top to bottom</source>
        <translation>위에서 아래로</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>Transparent background</source>
        <translation>투명한 배경</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>What:</source>
        <translation>대상:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>from </source>
        <translation>시작 </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>to </source>
        <translation>끝 </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/dialog.py"/>
        <source>{name} files (*.{ext})</source>
        <translation>{name} 파일 (*.{ext})</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every preset with its description and the article it comes from</source>
        <translation>모든 프리셋과 그 설명, 출처 글</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Gallery…</source>
        <translation>갤러리…</translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;From: {article}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;({name})&lt;/span&gt;&lt;br&gt;{description}&lt;br&gt;&lt;i&gt;출처: {article}&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Every example from the articles, ready to step through. Double-click one, or select it and press Open.</source>
        <translation>글에 나오는 모든 예제를 단계별로 따라가 볼 수 있습니다. 두 번 클릭하거나, 선택한 뒤 열기를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/gallery.py"/>
        <source>Preset gallery</source>
        <translation>프리셋 갤러리</translation>
    </message>
</context>
<context>
    <name>InputsPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/inputs.py"/>
        <source>No inputs: the program uses only constants.</source>
        <translation>입력이 없습니다: 이 프로그램은 상수만 사용합니다.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Click a node to inspect it.</source>
        <translation>노드를 클릭하면 자세히 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Line {line}</source>
        <translation>{line}행</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Local derivatives</source>
        <translation>local derivative</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Operation</source>
        <translation>연산</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>intermediate</source>
        <translation>중간값</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>none: no gradient flows here</source>
        <translation>없음: 여기로는 gradient가 흐르지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet (forward pass)</source>
        <translation>아직 계산되지 않음 (forward pass)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>not computed yet: the backward pass has not reached it</source>
        <translation>아직 계산되지 않음: backward pass가 아직 여기까지 오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>output (the loss)</source>
        <translation>출력 (loss)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>parameter</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/inspector.py"/>
        <source>why?</source>
        <translation>왜?</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;Why ReLU, residuals and good init exist&lt;/b&gt; (first/last ratio at this depth; 1 is ideal)</source>
        <translation>&lt;b&gt;ReLU, residual connection, 좋은 init이 왜 필요한가&lt;/b&gt; (이 깊이에서 첫/마지막 비율; 1이 이상적)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>&lt;b&gt;first/last = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</source>
        <translation>&lt;b&gt;첫/마지막 = ‖∂y/∂W₁‖ / ‖∂y/∂W{last}‖ = {first} / {lastn} = {ratio}&lt;/b&gt;&lt;br&gt;{words}</translation>
    </message>
    <message>
        <source>A deep stack h = act(h @ W + b), y = sum(head(h)). How much gradient reaches each layer&apos;s weights?</source>
        <translation type="vanished">깊은 stack h = act(h @ W + b), y = sum(head(h)). 각 layer의 가중치에 gradient가 얼마나 도달할까요?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>A few slides instead of every step: the loss, blame starting, a handful of layers getting their gradient, the end</source>
        <translation>모든 단계 대신 슬라이드 몇 장만: loss, 책임의 시작, gradient를 받는 layer 몇 개, 끝</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Could not write {path}.</source>
        <translation>{path}에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Export the steps that matter</source>
        <translation>중요한 단계만 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Export the steps that matter…</source>
        <translation>중요한 단계만 내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>First and last layer get gradients of the same order of magnitude: every layer learns.</source>
        <translation>첫 layer와 마지막 layer가 같은 자릿수의 gradient를 받습니다: 모든 layer가 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Gradient norm per layer</source>
        <translation>layer 별 gradient norm</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>Gradient norm per layer: {depth} layers, {act}</source>
        <translation>layer별 gradient norm: {depth}개 layer, {act}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>He (Kaiming)</source>
        <translation>He (Kaiming)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>He init (variance 2/fan_in) keeps the size of the signal from layer to layer</source>
        <translation>He init (분산 2/fan_in)은 layer에서 layer로 신호 크기를 유지</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Init</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PDF (*.pdf);;PowerPoint (*.pptx);;PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PDF (*.pdf);;PowerPoint (*.pptx);;PNG 이미지 (*.png);;SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 이미지 (*.png);;SVG 그림 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>PyTorch default</source>
        <translation>PyTorch 기본값</translation>
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
        <translation>ReLU, He init</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU, default init</source>
        <translation>ReLU, 기본 init</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>ReLU′ = 1 where active: no ¼ per layer, but the default init still shrinks the signal</source>
        <translation>활성 구간에서 ReLU′ = 1: layer마다 ¼ 은 없지만, 기본 init에서는 여전히 신호가 줄어듦</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Same weights, only the activation differs: first/last is {sig} with sigmoid and {relu} with ReLU.</source>
        <translation>가중치는 같고 활성화 함수만 다릅니다: 첫/마지막 비율은 sigmoid에서 {sig}, ReLU에서 {relu}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Save chart…</source>
        <translation>차트 저장…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_export.py"/>
        <source>Saved {what}</source>
        <translation>{what} 저장됨</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Sigmoid vs ReLU, same weights</source>
        <translation>sigmoid vs ReLU, 같은 가중치</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The chart can be saved as PNG, SVG or PDF, not “{ext}”.</source>
        <translation>차트는 PNG, SVG, PDF로만 저장할 수 있습니다. “{ext}”는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it barely learns.</source>
        <translation>첫 layer는 마지막 layer gradient의 약 {p}만 받습니다: 거의 학습하지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} of the last layer&apos;s gradient: it learns, slowly.</source>
        <translation>첫 layer는 마지막 layer gradient의 약 {p}를 받습니다: 학습은 하지만 느립니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient.</source>
        <translation>첫 layer는 마지막 layer gradient의 약 {p} 배를 받습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets about {p} times the last layer&apos;s gradient: it explodes.</source>
        <translation>첫 layer는 마지막 layer gradient의 약 {p} 배를 받습니다: gradient가 폭발합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>The first layer gets no gradient at all: it cannot learn.</source>
        <translation>첫 layer에 gradient가 전혀 오지 않습니다: 학습할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>The folder {folder} does not exist.</source>
        <translation>{folder} 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>The gradient norm per layer at slide size, as PNG, SVG or PDF</source>
        <translation>layer별 gradient norm을 슬라이드 크기의 PNG, SVG, PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Vanishing gradients lab</source>
        <translation>vanishing gradient 실험실</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>Xavier (Glorot)</source>
        <translation>Xavier (Glorot)</translation>
    </message>
    <message>
        <source>first and last layer get gradients of the same order: all layers learn.</source>
        <translation type="vanished">첫 layer와 마지막 layer가 같은 크기의 gradient를 받습니다: 모든 layer가 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>first/last</source>
        <translation>첫/마지막</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>h + f(h): the gradient has a path around every sigmoid</source>
        <translation>h + f(h): gradient가 모든 sigmoid를 돌아가는 path를 가짐</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>h = act(h @ W + b), layer after layer: how much gradient reaches each layer&apos;s weights?</source>
        <translation>h = act(h @ W + b)를 layer마다 쌓으면, 각 layer의 가중치에 gradient가 얼마나 도달할까요?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>layer (1 = first, next to the input)</source>
        <translation>layer (1 = 첫 번째, 입력 바로 옆)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>residual connections (h + act(…))</source>
        <translation>residual connection (h + act(…))</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>setting</source>
        <translation>설정</translation>
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
        <translation>sigmoid + residual</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>sigmoid, default init</source>
        <translation>sigmoid, 기본 init</translation>
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
        <translation>tanh, Xavier init</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>tanh′(0) = 1 and Xavier init keep the variance near 1</source>
        <translation>tanh′(0) = 1과 Xavier init이 분산을 1 근처로 유지</translation>
    </message>
    <message>
        <source>the first layer gets no gradient at all: it cannot learn.</source>
        <translation type="vanished">첫 layer에 gradient가 전혀 오지 않습니다: 학습할 수 없습니다.</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} of the last layer&apos;s: it barely learns.</source>
        <translation type="vanished">첫 layer의 gradient는 마지막 layer의 10^{k} 배뿐입니다: 거의 학습하지 못합니다.</translation>
    </message>
    <message>
        <source>the first layer&apos;s gradient is 10^{k} times the last layer&apos;s: it explodes.</source>
        <translation type="vanished">첫 layer의 gradient가 마지막 layer의 10^{k} 배입니다: 폭발합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab.py"/>
        <source>why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>σ′ ≤ ¼: every layer multiplies the gradient by at most ¼</source>
        <translation type="vanished">σ′ ≤ ¼: layer마다 gradient에 최대 ¼ 이 곱해짐</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/lab_words.py"/>
        <source>σ′ ≤ ¼: on the way back, every layer multiplies the gradient by σ′, at most ¼</source>
        <translation>σ′ ≤ ¼: backward pass 때 layer마다 gradient에 σ′ 가 곱해짐 (최대 ¼)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/norm_chart.py"/>
        <source>‖∂y/∂W‖ (log scale)</source>
        <translation>‖∂y/∂W‖ (로그 스케일)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>Language: {language}</source>
        <translation>언어: {language}</translation>
    </message>
    <message>
        <source>Language: {language}. Anything still in the old language changes when visualgrad starts again.</source>
        <translation type="vanished">언어: {language}. 아직 이전 언어로 남은 부분은 visualgrad를 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/menu.py"/>
        <source>System default ({language})</source>
        <translation>시스템 기본값 ({language})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/i18n/languages.py"/>
        <source>unknown language {code!r}; use one of: {codes}</source>
        <translation>알 수 없는 언어 {code!r}입니다. 다음 중 하나를 사용하세요: {codes}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Expression</source>
        <translation>수식</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Find a node by name… (Enter for the next match, Esc to close)</source>
        <translation>이름으로 노드 찾기… (Enter: 다음 결과, Esc: 닫기)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Laying out…</source>
        <translation>배치하는 중…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Layout: {engine}</source>
        <translation>레이아웃: {engine}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>Line {line}, column {column}: </source>
        <translation>{line}행 {column}열: </translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/view_controls.py"/>
        <source>No node named “{text}”</source>
        <translation>&apos;{text}&apos;(이)라는 이름의 노드가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/main_window.py"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>The graph shown is the last one that worked.</source>
        <translation>지금 보이는 그래프는 마지막으로 제대로 동작한 그래프입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/docks.py"/>
        <source>Trace</source>
        <translation>트레이스</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/graph_building.py"/>
        <source>built-in layout</source>
        <translation>내장 레이아웃</translation>
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
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Presets</source>
        <translation>프리셋(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;Step</source>
        <translation>단계(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>About visualgrad</source>
        <translation>visualgrad 정보</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Collapse layers</source>
        <translation>layer 접기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Copy diagram</source>
        <translation>다이어그램 복사</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>End of forward</source>
        <translation>forward pass 끝</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Find node…</source>
        <translation>노드 찾기…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fit to window</source>
        <translation>창에 맞추기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Fold operations into nodes</source>
        <translation>연산을 노드에 합치기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Follow the active node</source>
        <translation>활성 노드 따라가기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the end of the forward pass</source>
        <translation>forward pass의 끝으로 이동</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the inputs (Home)</source>
        <translation>입력으로 이동 (Home)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the last step (End)</source>
        <translation>마지막 단계로 이동 (End)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Jump to the loss</source>
        <translation>loss로 이동</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Lay the graph out left to right instead of top to bottom</source>
        <translation>그래프를 위에서 아래 대신 왼쪽에서 오른쪽으로 배치</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Left to right</source>
        <translation>왼쪽에서 오른쪽으로</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node</source>
        <translation>다음 노드</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Next node (→)</source>
        <translation>다음 노드 (→)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play / Pause (Space)</source>
        <translation>재생 / 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Play speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Previous step (←)</source>
        <translation>이전 단계 (←)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Rebuild graph</source>
        <translation>그래프 다시 만들기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Show each layer of a network as one box; double-click a box to open it</source>
        <translation>네트워크의 각 layer를 상자 하나로 보여 줍니다. 상자를 두 번 클릭하면 펼쳐집니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Significant digits</source>
        <translation>유효 숫자</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Start</source>
        <translation>처음</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Stepping</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/menus.py"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
</context>
<context>
    <name>NarrationBar</name>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>backward</source>
        <translation>backward pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>forward</source>
        <translation>forward pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>seed</source>
        <translation>backward 시작</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/narration.py"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
</context>
<context>
    <name>Notebook</name>
    <message>
        <location filename="../../visualgrad/qt/notebook.py"/>
        <source># {heading}
# a graph built in Python: edit its inputs in the Inputs panel</source>
        <translation># {heading}
# Python으로 만든 그래프입니다: 입력값은 &apos;입력&apos; 패널에서 바꿀 수 있습니다</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Compute each gradient yourself before it is shown; the app checks (Ctrl+Shift+P)</source>
        <translation>각 gradient를 보이기 전에 직접 계산하세요. 앱이 확인합니다 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Not quite. Hint:</source>
        <translation>아쉽네요. 힌트:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practice</source>
        <translation>연습</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Practise forward values too</source>
        <translation>forward pass 값도 연습하기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Right: {name} = {value}</source>
        <translation>정답: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Score {right}/{asked}</source>
        <translation>점수 {right}/{asked}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Show answer</source>
        <translation>답 보기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>Type the number and press Enter (or Check). Within 0.5 % counts as right.</source>
        <translation>숫자를 입력하고 Enter(또는 확인)를 누르세요. 0.5 % 이내면 정답입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/practice.py"/>
        <source>your answer</source>
        <translation>내 답</translation>
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
        <translation>강의용 전체 화면: 클리커 키로 단계 이동, B로 화면 가리기, Esc로 나가기 (F5)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/presentation.py"/>
        <source>Present</source>
        <translation>발표</translation>
    </message>
</context>
<context>
    <name>ProgramPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Check my backprop</source>
        <translation>내 backprop 확인</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Note: {text}</source>
        <translation>참고: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>Printed output</source>
        <translation>출력된 내용</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>The check could not run on this program ({why}); please report it.</source>
        <translation>이 프로그램에서는 확인을 실행할 수 없었습니다 ({why}). 문제를 신고해 주세요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/program.py"/>
        <source>… {n} more lines …</source>
        <translation>… {n}줄 더 …</translation>
    </message>
</context>
<context>
    <name>Scene</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/scene.py"/>
        <source>{name}: {n} nodes — double-click to expand</source>
        <translation>{name}: 노드 {n}개 — 두 번 클릭하면 펼쳐집니다</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Colour-blind safe</source>
        <translation>색각 이상 친화</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/canvas/theme.py"/>
        <source>Slide</source>
        <translation>슬라이드</translation>
    </message>
</context>
<context>
    <name>TracePanel</name>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>line {line}</source>
        <translation>{line}행</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>loss {name} = {value}</source>
        <translation>loss {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/window/trace.py"/>
        <source>{where}, in {name}: {d} = {grad} → {passed}</source>
        <translation>{where}, {name}에서: {d} = {grad} → {passed}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source> · first {first}</source>
        <translation> · 처음 {first}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>%v / %m epochs</source>
        <translation>%v / %m 에폭</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>1 step</source>
        <translation>1 단계</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10 steps</source>
        <translation>10 단계</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>10,000 steps</source>
        <translation>10,000 단계</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>100 steps</source>
        <translation>100 단계</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;The program&apos;s training loop&lt;/b&gt;: {n} iterations, as the program ran them</source>
        <translation>&lt;b&gt;프로그램의 학습 루프&lt;/b&gt;: 프로그램이 실행한 그대로 {n}회 반복</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;: gradient descent on {params}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;: {params}에 대한 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Back to the starting weights; forget the loss curve</source>
        <translation>가중치를 처음 값으로 되돌리고 loss 곡선을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_runs.py"/>
        <source>Cancelled after {done} of {total} epochs.</source>
        <translation>{total} 에폭 중 {done} 에폭에서 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Change an input or a weight in the Inputs panel (or the program): the loss and every activation follow, and training goes on from there.</source>
        <translation>&apos;입력&apos; 패널(또는 프로그램)에서 입력이나 가중치를 바꾸면 loss와 모든 활성값이 따라 바뀌고, 학습은 거기서부터 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_sync.py"/>
        <source>Edited: the next epoch starts from the new numbers.</source>
        <translation>변경됨: 다음 에폭은 새 값에서 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Epoch {epoch} · loss now {loss}</source>
        <translation>에폭 {epoch} · 현재 loss {loss}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Learning rate η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per epoch</source>
        <translation>에폭별 loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>Loss per iteration</source>
        <translation>반복별 loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>One epoch, then show its update phase w ← w − η·∂L/∂w on the graph</source>
        <translation>에폭 하나를 실행한 뒤 그 갱신 단계 w ← w − η·∂L/∂w를 그래프에 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Run {n} epochs of gradient descent: forward, backward, update</source>
        <translation>경사 하강법을 {n} 에폭 실행합니다: forward pass, backward pass, 갱신</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Scalar view (one node per weight)</source>
        <translation>스칼라 보기 (가중치마다 노드 하나)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Tensor view (matrices)</source>
        <translation>텐서 보기 (행렬)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training_chart.py"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation type="vanished">loss (로그 스케일)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>loss at the first iteration {first} · at the last {last}</source>
        <translation>첫 반복의 loss {first} · 마지막 반복의 loss {last}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>prediction</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>target</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>{right} of {n} predictions on the right side of 0.5.</source>
        <translation>예측 {n}개 중 {right}개가 0.5의 올바른 쪽에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/training.py"/>
        <source>η in w ← w − η·∂L/∂w; press Enter to use it for the next update</source>
        <translation>w ← w − η·∂L/∂w의 η. Enter를 누르면 다음 갱신부터 사용합니다</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Element:</source>
        <translation>원소:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Light each path in turn</source>
        <translation>각 경로를 차례로 강조</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>The sum, over every path from here to the loss, of the product of the local derivatives along it:</source>
        <translation>여기서 loss까지 모든 경로에 대해, 경로 위 local derivative들의 곱을 더한 값:</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why this number</source>
        <translation>왜 이 숫자인가</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/panels/why_view.py"/>
        <source>Why {name}?</source>
        <translation>왜 {name}?</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Answer key</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Could not write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet</source>
        <translation>연습 문제지 내보내기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Export practice worksheet (PDF)…</source>
        <translation>연습 문제지 내보내기 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Lesson 05 exercise</source>
        <translation>Lesson 05 연습 문제</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Step by step</source>
        <translation>단계별로</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The exercise: a {depth}-layer Linear + sigmoid stack and a {depth}-layer Linear + ReLU stack (the same weights). Run forward and backward, and compare the gradient norm of the first and the last layer. Which ratio should make you uneasy?</source>
        <translation>연습: {depth}layer Linear + sigmoid 스택과 {depth}layer Linear + ReLU 스택(같은 가중치)을 만들어. forward pass와 backward pass를 하고 첫 layer와 마지막 layer의 gradient norm을 비교해. 어느 비율이 불안하게 만들어야 할까?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>The sigmoid stack vanishes: its first layer gets a gradient many orders of magnitude smaller than its last, because each sigmoid multiplies the blame by at most 0.25.</source>
        <translation>sigmoid 스택은 gradient가 소실돼: 각 sigmoid가 책임을 최대 0.25 배로 곱하니까, 첫 layer의 gradient가 마지막 layer보다 몇 자릿수나 작아.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Work backwards from the loss. For each step, multiply the gradient that arrives (upstream) by the local derivative; where a node is used more than once, add up what each use passes back. Every gradient still to find is shown as ?.</source>
        <translation>loss에서부터 거꾸로 계산해. 각 단계에서 들어온 gradient(upstream)에 local derivative을 곱하고, 노드가 여러 번 쓰이면 각 사용이 돌려주는 값을 더해. 아직 구해야 할 gradient는 ? 로 표시돼.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet</source>
        <translation>연습 문제지</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>Worksheet written: {n} questions, with the answer key</source>
        <translation>연습 문제지를 썼습니다: {n}문제, 정답 포함</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>first / last</source>
        <translation>처음 / 마지막</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>line</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>step {k}</source>
        <translation>단계 {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>the worksheet is a PDF: give a path ending in .pdf (got {path})</source>
        <translation>연습 문제지는 PDF 입니다: .pdf로 끝나는 경로를 주세요 (받은 값: {path})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{name} = {chain}, where {locals}</source>
        <translation>{name} = {chain}, 여기서 {locals}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/qt/export/worksheet.py"/>
        <source>{path}: {n} questions and their answer key</source>
        <translation>{path}: {n}문제와 정답</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>&apos;{name}&apos; holds {size} numbers; the loss must be one number</source>
        <translation>&apos;{name}&apos;에는 숫자가 {size}개 들어 있습니다. loss는 숫자 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the first of the loop&apos;s {n} iterations</source>
        <translation>, 루프의 {n}회 반복 중 첫 번째 반복에서</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s first iteration</source>
        <translation>, 루프의 첫 번째 반복에서</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>, on the loop&apos;s iteration {i}</source>
        <translation>, 루프의 {i}번째 반복에서</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>--loss {name}: the program has no tensor or array named &apos;{name}&apos;</source>
        <translation>--loss {name}: 프로그램에 &apos;{name}&apos;(이)라는 tensor나 배열이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1 hand gradient checked against autograd&apos;s ∂{loss}</source>
        <translation>손으로 구한 gradient 1개를 autograd의 ∂{loss}와 비교했습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>1/{m}: divided by m = {m} once more than the loss is</source>
        <translation>1/{m}: loss보다 m = {m}(으)로 한 번 더 나눴습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>2: a 2 the loss does not have (it halves its square: ½·(…)²)</source>
        <translation>2: loss에는 없는 2가 있습니다 (loss는 제곱을 반으로 나눕니다: ½·(…)²)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>a number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand} · autograd {auto} · {mark}</source>
        <translation>손 계산 {hand} · autograd {auto} · {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>by hand {hand}: {mark}</source>
        <translation>손 계산 {hand}: {mark}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different</source>
        <translation>다름</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: by hand it is {hand}, autograd&apos;s is {auto}</source>
        <translation>다름: 손 계산은 {hand}, autograd는 {auto}입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>different: largest gap {gap}{at} (by hand {hand}, autograd {auto})</source>
        <translation>다름: 가장 큰 차이 {gap}{at} (손 계산 {hand}, autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal</source>
        <translation>같음</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>equal (largest gap {gap})</source>
        <translation>같음 (가장 큰 차이 {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no hand gradient found: name the gradient of W2 dW2, d_W2, grad_W2 or W2_grad (for every variable ∂{loss} reaches)</source>
        <translation>손으로 구한 gradient를 찾지 못했습니다: W2의 gradient는 dW2, d_W2, grad_W2, W2_grad 중 하나로 이름을 붙이세요 (∂{loss}가 닿는 모든 변수에 대해)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/program.py"/>
        <source>no loss found: assign it as loss = np.mean(...), call loss.backward(), or name it with --loss NAME</source>
        <translation>loss를 찾지 못했습니다: loss = np.mean(...)처럼 대입하거나, loss.backward()를 호출하거나, --loss NAME으로 이름을 지정하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>no usual cause; look at each factor in your formula</source>
        <translation>흔한 원인이 아닙니다. 식의 각 인수를 하나씩 살펴보세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped</source>
        <translation>부호 반대</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>sign flipped (largest gap {gap})</source>
        <translation>부호 반대 (가장 큰 차이 {gap})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed</source>
        <translation>전치됨</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>transposed (by hand {hand}, autograd {auto})</source>
        <translation>전치됨 (손 계산 {hand}, autograd {auto})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{m}: the loss divides by m = {m} (a mean), the hand gradient does not</source>
        <translation>{m}: loss는 m = {m}(으)로 나누지만 (평균), 손으로 구한 gradient는 나누지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>{n} hand gradients checked against autograd&apos;s ∂{loss}</source>
        <translation>손으로 구한 gradient {n}개를 autograd의 ∂{loss}와 비교했습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>½: the 2 of the squared error is dropped, or the loss is ½·MSE</source>
        <translation>½: 제곱 오차의 2가 빠졌거나, loss가 ½·MSE입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/check/words.py"/>
        <source>×{m} per example: the mean&apos;s 1/m (m = {m}) is left for later</source>
        <translation>예제당 ×{m}: 평균의 1/m (m = {m})을 나중으로 미뤘습니다</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--param takes NAME=VALUE, as in --param activation=relu (got {pair!r})</source>
        <translation>--param에는 이름=값 형식을 씁니다. 예: --param activation=relu (받은 값: {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set takes NAME=VALUE, as in --set x=3 (got {pair!r})</source>
        <translation>--set에는 이름=값 형식을 씁니다. 예: --set x=3 (받은 값: {pair!r})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>--set {name}: {raw!r} is not a number or a list of numbers</source>
        <translation>--set {name}: {raw!r}은(는) 숫자나 숫자 리스트가 아닙니다</translation>
    </message>
    <message>
        <source>Commands: visualgrad trace|export|presets --help</source>
        <translation type="vanished">명령: visualgrad trace|export|presets --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Commands: visualgrad trace|export|presets|practice|check --help</source>
        <translation>명령: visualgrad trace|export|presets|practice|check --help</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>K (1 to N, as the window counts), all, A..B, forward, backward, loss or end; default: end (for a GIF: all)</source>
        <translation>K (창과 같이 1부터 N까지), all, A..B, forward, backward, loss 또는 end; 기본값: end (GIF는 all)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>K (1 to N, as the window counts), forward-end, loss or end</source>
        <translation>K (창과 같이 1부터 N까지), forward-end, loss 또는 end</translation>
    </message>
    <message>
        <source>K, all, forward, backward, loss or end</source>
        <translation type="vanished">K, all, forward, backward, loss, end 중 하나</translation>
    </message>
    <message>
        <source>K, forward-end, loss or end</source>
        <translation type="vanished">K, forward-end, loss, end 중 하나</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>Open the visualgrad app.</source>
        <translation>visualgrad 앱을 엽니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/__init__.py"/>
        <source>See backpropagation: type an expression, step the forward and backward passes node by node.</source>
        <translation>backprop을 눈으로 보세요: 수식을 입력하고 forward pass와 backward pass를 노드 하나씩 단계별로 따라가요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>a preset&apos;s setting, e.g. --param activation=relu --param depth=50</source>
        <translation>프리셋 설정. 예: --param activation=relu --param depth=50</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>a program, or a file holding one</source>
        <translation>프로그램, 또는 프로그램이 담긴 파일</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>a slide (16:9, 4:3) or a page the diagram&apos;s size; default: 16:9 for the slide theme and PowerPoint, page otherwise</source>
        <translation>슬라이드 (16:9, 4:3) 또는 다이어그램 크기의 페이지. 기본값: 슬라이드 테마와 PowerPoint는 16:9, 그 밖에는 page</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>ask for the forward values first</source>
        <translation>forward pass 값을 먼저 묻기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>compare hand-written gradients (dW2, grad_W2, ...) with autograd&apos;s</source>
        <translation>손으로 쓴 gradient (dW2, grad_W2, ...)를 autograd의 값과 비교합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>compute each gradient yourself; the answers are checked</source>
        <translation>각 gradient를 직접 계산하세요. 답을 확인합니다</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX</source>
        <translation type="vanished">단계를 SVG, PDF, PNG, GIF, PPTX로 내보내기</translation>
    </message>
    <message>
        <source>export steps as SVG, PDF, PNG, GIF or PPTX, or the graph as GraphML or DOT</source>
        <translation type="vanished">단계를 SVG, PDF, PNG, GIF 또는 PPTX로, 또는 그래프를 GraphML 또는 DOT로 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>export steps as SVG, PDF, PNG, GIF, PPTX or LaTeX Beamer (.tex), or the graph as GraphML or DOT</source>
        <translation>단계를 SVG, PDF, PNG, GIF, PPTX 또는 LaTeX Beamer (.tex)로, 또는 그래프를 GraphML 또는 DOT로 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>fold each operation into its value box</source>
        <translation>각 연산을 값 상자 안에 접어 넣습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>give a program (TEXT or FILE) or --preset NAME</source>
        <translation>프로그램(텍스트 또는 파일)이나 --preset 이름을 지정하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>give an input a value (repeatable)</source>
        <translation>입력에 값을 지정합니다 (여러 번 사용 가능)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>give an input a value (repeatable); free names default to 1.0</source>
        <translation>입력에 값을 지정합니다 (여러 번 사용 가능). 값을 주지 않은 이름은 기본값 1.0</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/presets.py"/>
        <source>list the preset graphs and networks</source>
        <translation>프리셋 그래프와 네트워크 목록 보기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>print a JSON list of {hand, of, verdict, factor, max_abs_diff}</source>
        <translation>{hand, of, verdict, factor, max_abs_diff}의 JSON 목록을 출력합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the forward pass and the backward pass as a traceback</source>
        <translation>forward pass와 backward pass를 traceback 형태로 출력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/trace.py"/>
        <source>print the stable JSON contract instead</source>
        <translation>대신 안정된 JSON 형식으로 출력</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>save a PNG of the window and exit</source>
        <translation>창을 PNG로 저장하고 종료</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>scale the diagram&apos;s type (0.5 to 3)</source>
        <translation>다이어그램의 글자 크기 배율 (0.5에서 3까지)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>the language of the narration: en, nl, ja, ca or ko</source>
        <translation>narration 언어: en, nl, ja, ca, ko</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/check.py"/>
        <source>the variable that holds the loss, when it is not the one backward() is called on or named loss</source>
        <translation>loss를 담은 변수 (backward()를 호출하는 변수도, loss라는 이름의 변수도 아닐 때)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/export.py"/>
        <source>top to bottom, left to right, or auto: whichever fills a slide better</source>
        <translation>위에서 아래로, 왼쪽에서 오른쪽으로, 또는 auto: 슬라이드를 더 잘 채우는 쪽</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>use a preset instead of a program</source>
        <translation>프로그램 대신 프리셋 사용</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/app.py"/>
        <source>visualgrad: no display found. Use &apos;visualgrad trace TEXT&apos; in a terminal, or set QT_QPA_PLATFORM=offscreen with --screenshot.</source>
        <translation>visualgrad: 디스플레이를 찾을 수 없습니다. 터미널에서는 &apos;visualgrad trace 텍스트&apos;를 사용하거나, --screenshot과 함께 QT_QPA_PLATFORM=offscreen을 설정하세요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/args.py"/>
        <source>visualgrad: translations need PySide6; printing in English</source>
        <translation>visualgrad: 번역에는 PySide6가 필요해. 영어로 출력할게</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>write a printable worksheet with an answer key instead of asking</source>
        <translation>묻는 대신 정답이 붙은 인쇄용 연습 문제지를 쓰기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: not a UTF-8 text file</source>
        <translation>{path}: UTF-8 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/sources.py"/>
        <source>{path}: the file is too large to be a program</source>
        <translation>{path}: 프로그램이라고 보기에는 파일이 너무 큽니다</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>JSON data (numbers, text, lists)</source>
        <translation>JSON 데이터 (숫자, 텍스트, 리스트)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a document holds either a program or a preset, not both</source>
        <translation>문서에는 프로그램과 프리셋 중 하나만 들어갈 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a finite number</source>
        <translation>유한한 숫자</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a number from {lo} to {hi}</source>
        <translation>{lo}부터 {hi}까지의 숫자</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>a number or a list of numbers</source>
        <translation>숫자 또는 숫자 리스트</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a preset name</source>
        <translation>프리셋 이름</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a theme name</source>
        <translation>테마 이름</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 0</source>
        <translation>0 이상의 정수</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1</source>
        <translation>1 이상의 정수</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>a whole number from 1 to {hi}</source>
        <translation>1부터 {hi}까지의 정수</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an input value has an empty name</source>
        <translation>이름이 비어 있는 입력값이 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of input values</source>
        <translation>입력값 객체</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of parameters</source>
        <translation>파라미터 객체</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>an object of view options</source>
        <translation>보기 옵션 객체</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>could not read the file: {reason}</source>
        <translation>파일을 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/recovery.py"/>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>could not save: {reason}</source>
        <translation>저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/writing.py"/>
        <source>the document is larger than {limit} MB and could not be saved; use smaller tensors</source>
        <translation>문서가 {limit}MB보다 커서 저장할 수 없습니다. 더 작은 텐서를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the document must hold either a program (“text”) or a preset (“preset”), exactly one of them</source>
        <translation>문서에는 프로그램(“text”)이나 프리셋(“preset”) 중 정확히 하나가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected}</source>
        <translation>“{field}” 필드는 {expected}여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the field “{field}” must be {expected} (found {got})</source>
        <translation>“{field}” 필드는 {expected}여야 합니다 (실제 값: {got})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file does not exist (moved or deleted?)</source>
        <translation>파일이 없습니다 (옮겨졌거나 삭제되었나요?)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is cut short (truncated): it ends in the middle of the document. Was it copied or saved completely?</source>
        <translation>파일이 중간에 잘렸습니다: 문서 도중에 끝납니다. 파일을 끝까지 복사하거나 저장했나요?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: data nested too deeply</source>
        <translation>파일이 손상되었습니다: 데이터가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: invalid JSON at line {line}, column {column}</source>
        <translation>파일이 손상되었습니다: {line}행 {column}열의 JSON이 올바르지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is damaged: {reason}</source>
        <translation>파일이 손상되었습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the file is too large to be a visualgrad document ({size:.1f} MB; the limit is {limit} MB)</source>
        <translation>visualgrad 문서라고 보기에는 파일이 너무 큽니다 ({size:.1f}MB, 한도는 {limit}MB)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>the input “{name}” is not a rectangular tensor (its rows differ in length)</source>
        <translation>입력 “{name}”은(는) 직사각형 텐서가 아닙니다 (행의 길이가 서로 다릅니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this file was made by a newer visualgrad (format {found}); this version reads format {supported}. Update visualgrad to open it.</source>
        <translation>이 파일은 더 새로운 visualgrad로 만들어졌습니다 (형식 {found}). 이 버전은 형식 {supported}을(를) 읽습니다. 파일을 열려면 visualgrad를 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is a folder, not a visualgrad document</source>
        <translation>이것은 폴더이며 visualgrad 문서가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is JSON, but has no “format”: “visualgrad” marker)</source>
        <translation>visualgrad 문서가 아닙니다 (JSON이지만 “format”: “visualgrad” 표시가 없습니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document (it is not JSON)</source>
        <translation>visualgrad 문서가 아닙니다 (JSON이 아닙니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>this is not a visualgrad document: it is not UTF-8 text (byte {offset} is not valid UTF-8)</source>
        <translation>visualgrad 문서가 아닙니다: UTF-8 텍스트가 아닙니다 ({offset}번째 바이트가 올바른 UTF-8이 아닙니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>you are not allowed to read this file</source>
        <translation>이 파일을 읽을 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/document/reading.py"/>
        <source>{name} is not allowed in a document</source>
        <translation>{name}은(는) 문서에 넣을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>lang</name>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source> — did you mean &apos;{name}&apos;?</source>
        <translation> — &apos;{name}&apos;을(를) 말씀하신 건가요?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;*&apos; unpacking goes in a list, a tuple or a call&apos;s arguments</source>
        <translation>&apos;*&apos; 언패킹은 리스트, 튜플, 함수 호출의 인자 안에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <source>&apos;**&apos; in a dict is not part of the language</source>
        <translation>dict 안의 &apos;**&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;**&apos; needs a dict</source>
        <translation>&apos;**&apos;에는 dict가 필요합니다</translation>
    </message>
    <message>
        <source>&apos;.{name}&apos; is a method: write .{name}()</source>
        <translation type="vanished">&apos;.{name}&apos;은(는) 메서드입니다: .{name}()처럼 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>&apos;.{name}&apos; is not something visualgrad knows</source>
        <translation>&apos;.{name}&apos;은(는) visualgrad가 모르는 것입니다</translation>
    </message>
    <message>
        <source>&apos;.{name}()&apos; takes no arguments</source>
        <translation type="vanished">&apos;.{name}()&apos;에는 인자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>&apos;/&apos; in parameters is not part of the language</source>
        <translation>매개변수의 &apos;/&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <source>&apos;//&apos; (whole-number division) is not part of the language: use /</source>
        <translation type="vanished">&apos;//&apos;(정수 나눗셈)는 이 언어에 없습니다: /를 쓰세요</translation>
    </message>
    <message>
        <source>&apos;:&apos; is not part of the language (no lambdas, slices, := or blocks)</source>
        <translation type="vanished">&apos;:&apos;는 이 언어에 없습니다 (lambda, 슬라이스, :=, 블록을 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;:=&apos; is not part of the language</source>
        <translation>&apos;:=&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>&apos;:{spec}&apos; does not format {kind}</source>
        <translation>&apos;:{spec}&apos;으로는 {kind}을(를) 서식화할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;break&apos; outside a loop</source>
        <translation>루프 밖에서 &apos;break&apos;를 썼습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;continue&apos; outside a loop</source>
        <translation>루프 밖에서 &apos;continue&apos;를 썼습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;else&apos; after a loop is not part of the language</source>
        <translation>루프 뒤의 &apos;else&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;global&apos; is not part of the language</source>
        <translation>&apos;global&apos;은 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;import *&apos; is not part of the language</source>
        <translation>&apos;import *&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;in&apos; works on lists, tuples, dicts and text here</source>
        <translation>여기서 &apos;in&apos;은 리스트, 튜플, dict, 텍스트에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;nonlocal&apos; is not part of the language</source>
        <translation>&apos;nonlocal&apos;은 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;return&apos; outside a function</source>
        <translation>함수 밖에서 &apos;return&apos;을 썼습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; object has no attribute &apos;{name}&apos;</source>
        <translation>&apos;{cls}&apos; 객체에는 &apos;{name}&apos; 속성이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{cls}&apos; objects cannot be called: give the class a __call__ or forward method</source>
        <translation>&apos;{cls}&apos; 객체는 호출할 수 없습니다. 클래스에 __call__ 또는 forward 메서드를 정의하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{cls}&apos; objects cannot be looped over</source>
        <translation>&apos;{cls}&apos; 객체는 반복할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; ({name}) is not allowed in names; use plain letters a–z</source>
        <translation>&apos;{c}&apos; ({name})은(는) 이름에 쓸 수 없습니다. 일반 영문자 a–z를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>&apos;{c}&apos; is not part of the language</source>
        <translation>&apos;{c}&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <source>&apos;{c}&apos; looks like &apos;{ascii}&apos; but is a different character; type &apos;{ascii}&apos;</source>
        <translation type="vanished">&apos;{c}&apos;는 &apos;{ascii}&apos;처럼 보이지만 다른 문자입니다. &apos;{ascii}&apos;를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>&apos;{kind}&apos; is not part of the language</source>
        <translation>&apos;{kind}&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is Python, not part of visualgrad&apos;s language: write one computation, one statement per line</source>
        <translation type="vanished">&apos;{kw}&apos;는 Python 문법이며 visualgrad 언어에는 없습니다: 한 줄에 계산 하나, 문장 하나씩 쓰세요</translation>
    </message>
    <message>
        <source>&apos;{kw}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{kw}&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; calls itself; recursion is not part of the language</source>
        <translation>&apos;{name}&apos;이(가) 자기 자신을 호출합니다. 재귀는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>&apos;{name}&apos; cannot be imported yet in visualgrad</source>
        <translation>&apos;{name}&apos;은(는) 아직 visualgrad에서 import할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>&apos;{name}&apos; cannot be set on a tensor</source>
        <translation>tensor에는 &apos;{name}&apos;을(를) 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>&apos;{name}&apos; is not defined before .backward()</source>
        <translation>&apos;{name}&apos;이(가) .backward() 전에 정의되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>&apos;{name}&apos; is not something visualgrad can compute</source>
        <translation>&apos;{name}&apos;은(는) visualgrad가 계산할 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not something visualgrad knows</source>
        <translation type="vanished">&apos;{name}&apos;은(는) visualgrad가 모르는 것입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>&apos;{name}&apos; is used on line {line} before it is given a value here</source>
        <translation>&apos;{name}&apos;은(는) 여기서 값을 받기 전에 {line}행에서 사용되었습니다</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; only makes sense as dtype=...</source>
        <translation type="vanished">&apos;{name}&apos;은(는) dtype=... 으로만 의미가 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not compare {a} and {b}</source>
        <translation>&apos;{op}&apos;로는 {a}와(과) {b}을(를) 비교할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>&apos;{op}&apos; does not work between {a} and {b}</source>
        <translation>&apos;{op}&apos;는 {a}와(과) {b} 사이에서 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language</source>
        <translation type="vanished">&apos;{op}&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <source>&apos;{op}&apos; is not part of the language: write the new value out, as in a = a {short} 1</source>
        <translation type="vanished">&apos;{op}&apos;는 이 언어에 없습니다: a = a {short} 1처럼 새 값을 풀어 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>&apos;~&apos; is not part of the language</source>
        <translation>&apos;~&apos;는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Dropout masks are visualgrad&apos;s own random draws (seeded by torch.manual_seed), not PyTorch&apos;s; the gradients are exact for the units shown as dropped</source>
        <translation>Dropout 마스크는 PyTorch가 아니라 visualgrad가 직접 뽑은 난수입니다 (torch.manual_seed로 시드 지정). 버려진 것으로 표시된 유닛에 대해 gradient는 정확합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected more than 1 value per channel when training, got input size torch.Size({size})</source>
        <translation>학습 중에는 채널마다 값이 2개 이상 필요하지만 입력 크기는 torch.Size({size})입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Expected {name} to be of same shape as normalized_shape, but got {name} of shape {got} and normalized_shape = {shape}</source>
        <translation>{name}은(는) normalized_shape와 같은 형태여야 하지만 {name}의 형태는 {got}, normalized_shape = {shape}입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>F.batch_norm takes an input of shape (N, C, ...), not shape {s}</source>
        <translation>F.batch_norm의 입력은 (N, C, ...) 형태여야 하며 {s} 형태는 받지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy: target의 형태 {t}는 입력의 형태 {x}와 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.binary_cross_entropy_with_logits: the target&apos;s shape {t} must be the input&apos;s {x}</source>
        <translation>F.binary_cross_entropy_with_logits: target의 형태 {t}는 입력의 형태 {x}와 같아야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.cross_entropy is accepted with class-index targets (int64), not probabilities</source>
        <translation>F.cross_entropy는 확률이 아니라 클래스 인덱스(int64) target만 받습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.embedding&apos;s weight must be 2-D (num_embeddings, embedding_dim)</source>
        <translation>F.embedding의 weight는 2차원 (num_embeddings, embedding_dim)이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.gelu&apos;s approximate is &apos;none&apos; or &apos;tanh&apos;</source>
        <translation>F.gelu의 approximate는 &apos;none&apos; 또는 &apos;tanh&apos;입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.linear&apos;s weight must be 2-D (out_features, in_features)</source>
        <translation>F.linear의 weight는 2차원 (out_features, in_features)이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot takes a tensor of class indices (int64)</source>
        <translation>F.one_hot에는 클래스 인덱스 tensor (int64)를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.one_hot: class values must be from 0 to {top}</source>
        <translation>F.one_hot: 클래스 값은 0부터 {top}까지여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>F.{name}(inplace=True) changes its input in place; visualgrad shows the result as a new node</source>
        <translation>F.{name}(inplace=True)는 입력을 제자리에서 바꿉니다. visualgrad는 결과를 새 노드로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>Given normalized_shape={shape}, expected input with shape [*, {last}], but got input of size{size}</source>
        <translation>normalized_shape={shape}이면 입력 형태는 [*, {last}]여야 하지만 입력 크기는{size}입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>MLP takes the input size and a list of layer sizes</source>
        <translation>MLP에는 입력 크기와 layer 크기 목록을 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>Nesterov momentum requires a momentum and zero dampening</source>
        <translation>Nesterov momentum에는 momentum 값이 필요하고 dampening은 0이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors appears to not have been used in the graph</source>
        <translation>미분하려는 Tensor 중 하나가 그래프에서 사용되지 않은 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>One of the differentiated Tensors does not require grad</source>
        <translation>미분하려는 Tensor 중 하나가 grad를 요구하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>Padding_idx must be within num_embeddings</source>
        <translation>padding_idx는 num_embeddings 범위 안에 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>Random numbers from torch (torch.randn, torch.rand, ...) are visualgrad&apos;s own seeded values, not PyTorch&apos;s numbers; every gradient is exact for the numbers shown.</source>
        <translation>torch의 난수 (torch.randn, torch.rand, ...)는 PyTorch의 값이 아니라 visualgrad가 시드로 만든 값입니다. 모든 gradient는 화면에 보이는 숫자에 대해 정확합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>Shape of weight does not match num_embeddings and embedding_dim</source>
        <translation>weight의 형태가 num_embeddings 및 embedding_dim과 맞지 않습니다</translation>
    </message>
    <message>
        <source>True and False only go in requires_grad=...</source>
        <translation type="vanished">True와 False는 requires_grad=... 에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>Value takes a number</source>
        <translation>Value에는 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>a Neuron takes a list of inputs</source>
        <translation>Neuron에는 입력 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value has data, grad and label; &apos;{name}&apos; cannot be set</source>
        <translation>Value에는 data, grad, label만 있습니다. &apos;{name}&apos;은(는) 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s data is a number</source>
        <translation>Value의 data는 숫자입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>a Value&apos;s grad is a number</source>
        <translation>Value의 grad는 숫자입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a class can only be based on another class, such as nn.Module</source>
        <translation>클래스는 nn.Module 같은 다른 클래스만 상속할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>a for loop</source>
        <translation>for 루프</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number</source>
        <translation>리스트의 인덱스는 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a list is indexed by a whole number or a slice</source>
        <translation>리스트의 인덱스는 정수나 슬라이스여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>a list of more than {n} items</source>
        <translation>항목이 {n}개를 넘는 리스트</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a single number cannot be looped over</source>
        <translation>숫자 하나는 반복할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor</source>
        <translation>tensor</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor and {kind} cannot be combined here</source>
        <translation>여기서는 tensor와 {kind}을(를) 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor that requires grad can be changed in place only inside &apos;with torch.no_grad():&apos; (PyTorch refuses it too)</source>
        <translation>grad를 요구하는 tensor는 &apos;with torch.no_grad():&apos; 안에서만 제자리에서 바꿀 수 있습니다 (PyTorch도 거부합니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>a tensor that requires grad cannot be changed in place while gradients are recorded</source>
        <translation>gradient를 기록하는 동안에는 grad를 요구하는 tensor를 제자리에서 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>a tensor with {n} elements cannot be converted to a number with .item()</source>
        <translation>원소가 {n}개인 tensor는 .item()으로 숫자로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>a tensor with {n} values is neither true nor false</source>
        <translation>값이 {n}개인 tensor는 참도 거짓도 아닙니다</translation>
    </message>
    <message>
        <source>a torch.autograd.Function with a backward of your own is not part of the language</source>
        <translation type="vanished">직접 작성한 backward가 있는 torch.autograd.Function은 언어에 포함되지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_methods.py"/>
        <source>a.item() needs an array of one element</source>
        <translation>a.item()에는 원소가 하나인 배열이 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>abs() of {kind}</source>
        <translation>{kind}의 abs()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>an array of shape {shape} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>형태가 {shape}인 배열은 &apos;:{spec}&apos;으로 서식화할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>an assert that visualgrad could not evaluate was skipped (line {line})</source>
        <translation>visualgrad가 평가할 수 없는 assert를 건너뛰었습니다 ({line}번째 줄)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/displays.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>async is not part of the language</source>
        <translation>async는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>attributes of a NumPy array cannot be set</source>
        <translation>NumPy 배열의 속성은 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>attributes of {kind} cannot be set</source>
        <translation>{kind}의 속성은 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>attributes of {what} cannot be set here</source>
        <translation>여기서는 {what}의 속성을 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>attributes starting with &apos;__&apos; are not part of the language</source>
        <translation>&apos;__&apos;로 시작하는 속성은 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>await is not part of the language</source>
        <translation>await는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>axis {k} is out of bounds for an array of {n} dimensions</source>
        <translation>축 {k}은(는) {n}차원 배열의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() could not run: {e}</source>
        <translation>backward()를 실행할 수 없었습니다: {e}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>backward() needs gradient=... for a tensor of {n} values (PyTorch: grad can be implicitly created only for scalar outputs)</source>
        <translation>값이 {n}개인 tensor에는 backward()에 gradient=...가 필요합니다 (PyTorch도 grad는 스칼라 출력에 대해서만 암묵적으로 만들 수 있다며 거부합니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>backward(create_graph=True) (gradient의 gradient)는 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(gradient=...) needs a gradient of shape {want}, not {got}</source>
        <translation>backward(gradient=...)에는 {got}이(가) 아니라 형태가 {want}인 gradient가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>backward(inputs=...) is not something visualgrad computes</source>
        <translation>backward(inputs=...)는 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>batch_norm eps must be positive during training and non-negative otherwise, but got {eps}</source>
        <translation>batch_norm의 eps는 학습 중에는 양수, 그 밖에는 0 이상이어야 하지만 {eps}입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>calls nest more than {n} deep</source>
        <translation>호출이 {n}단계보다 깊게 중첩됩니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>grad를 요구하는 tensor에는 numpy()를 호출할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>casting a tensor that requires grad to {tag} cuts the graph</source>
        <translation>grad를 요구하는 tensor를 {tag}(으)로 변환하면 그래프가 끊깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>changing a computed tensor in place is not something visualgrad shows</source>
        <translation>계산된 tensor를 제자리에서 바꾸는 것은 visualgrad가 보여 줄 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>class &apos;{cls}&apos; has no attribute &apos;{name}&apos;</source>
        <translation>클래스 &apos;{cls}&apos;에는 &apos;{name}&apos; 속성이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>clip() missing 1 required positional argument: &apos;{name}&apos;</source>
        <translation>clip()에 필요한 위치 인자 1개가 빠졌습니다: &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>comparisons such as &apos;{op}&apos; are not part of the language</source>
        <translation type="vanished">&apos;{op}&apos; 같은 비교는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.save_for_backward takes tensors</source>
        <translation>ctx.save_for_backward에는 텐서를 넘깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>ctx.{name} cannot be set</source>
        <translation>ctx.{name}은(는) 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>decorators are not part of the language</source>
        <translation>데코레이터는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>del is not part of the language</source>
        <translation>del은 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>detach_() changes a tensor in place; visualgrad shows the cut with detach()</source>
        <translation>detach_()는 tensor를 제자리에서 바꿉니다. visualgrad는 detach()로 끊긴 곳을 보여 줍니다</translation>
    </message>
    <message>
        <source>dict comprehensions are not part of the language</source>
        <translation type="vanished">dict 컴프리헨션은 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>dict keys are numbers or text here</source>
        <translation>여기서 dict의 키는 숫자나 텍스트입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>dimension {d} is out of range for a tensor of {n} dimensions</source>
        <translation>차원 {d}은(는) {n}차원 tensor의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>division by zero (Python numbers; a tensor would give inf)</source>
        <translation>0으로 나눴습니다 (Python 숫자의 경우입니다. tensor라면 inf가 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>dropout probability has to be between 0 and 1, but got {p}</source>
        <translation>dropout 확률은 0과 1 사이여야 하지만 {p}을(를) 받았습니다</translation>
    </message>
    <message>
        <source>empty parentheses: put an expression inside</source>
        <translation type="vanished">빈 괄호입니다: 안에 수식을 넣으세요</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; on line {line}, column {column}</source>
        <translation type="vanished">{line}행 {column}열의 &apos;(&apos;를 닫는 &apos;)&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; between arguments</source>
        <translation type="vanished">인자 사이에 &apos;,&apos; 또는 &apos;)&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation type="vanished">리스트 안에 &apos;,&apos; 또는 &apos;]&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; to close the &apos;[&apos; on line {line}, column {column}</source>
        <translation type="vanished">{line}행 {column}열의 &apos;[&apos;를 닫는 &apos;]&apos;가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>expected 2D or 3D input (got {n}D input)</source>
        <translation>2차원 또는 3차원 입력이 필요합니다 ({n}차원 입력을 받았습니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected True or False here</source>
        <translation>여기에는 True 또는 False가 와야 합니다</translation>
    </message>
    <message>
        <source>expected a method name after &apos;.&apos;</source>
        <translation type="vanished">&apos;.&apos; 뒤에는 메서드 이름이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a number or a tensor here, not {kind}</source>
        <translation>여기에는 {kind}이(가) 아니라 숫자나 tensor가 와야 합니다</translation>
    </message>
    <message>
        <source>expected a number, a name or &apos;(&apos; but found &apos;{text}&apos;</source>
        <translation type="vanished">숫자, 이름, &apos;(&apos; 중 하나가 와야 하는데 &apos;{text}&apos;가 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>expected a whole number here</source>
        <translation>여기에는 정수가 와야 합니다</translation>
    </message>
    <message>
        <source>expected an expression after &apos;=&apos;</source>
        <translation type="vanished">&apos;=&apos; 뒤에는 수식이 와야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>generator= takes a torch.Generator()</source>
        <translation>generator=에는 torch.Generator()를 넘깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>generators (yield) are not part of the language</source>
        <translation>제너레이터 (yield)는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>grad can be implicitly created only for scalar outputs</source>
        <translation>grad는 스칼라 출력에 대해서만 암묵적으로 만들 수 있습니다</translation>
    </message>
    <message>
        <source>import {module} is not needed and is ignored</source>
        <translation type="vanished">import {module}은(는) 필요 없으므로 무시합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>imports are limited to torch, numpy, math, random and micrograd; &apos;{name}&apos; is not one of them</source>
        <translation>import는 torch, numpy, math, random, micrograd만 가능합니다. &apos;{name}&apos;은(는) 여기에 해당하지 않습니다</translation>
    </message>
    <message>
        <source>imports are not part of the language; only &apos;import torch&apos;, &apos;import numpy as np&apos; and &apos;import math&apos; are accepted (and ignored)</source>
        <translation type="vanished">import는 이 언어에 없습니다. &apos;import torch&apos;, &apos;import numpy as np&apos;, &apos;import math&apos;만 허용됩니다 (그리고 무시됩니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>in place, the result must keep the shape {shape}</source>
        <translation>제자리 연산에서는 결과가 형태 {shape}을(를) 유지해야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>index {i} is out of range (length {n})</source>
        <translation>인덱스 {i}이(가) 범위를 벗어났습니다 (길이 {n})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>index {i} is out of range for {size}</source>
        <translation>인덱스 {i}이(가) {size}의 범위를 벗어났습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>index {i} is out of range for {what} of {n} modules</source>
        <translation>인덱스 {i}이(가) 모듈 {n}개짜리 {what}의 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>indexing with [...] is not supported; give each value its own name</source>
        <translation type="vanished">[...]를 이용한 인덱싱은 지원하지 않습니다. 값마다 이름을 따로 붙이세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>invalid format &apos;:{spec}&apos; for a number</source>
        <translation>숫자에 쓸 수 없는 서식 &apos;:{spec}&apos;입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>items of {kind} cannot be set</source>
        <translation>{kind}의 항목은 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>items of {what} cannot be set</source>
        <translation>{what}의 항목은 설정할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>label_smoothing is not something visualgrad computes yet</source>
        <translation>label_smoothing은 아직 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <source>lambda is not part of the language</source>
        <translation type="vanished">lambda는 이 언어에 없습니다</translation>
    </message>
    <message>
        <source>lambda is not part of the language: write the expression out</source>
        <translation type="vanished">lambda는 이 언어에 없습니다: 수식을 그대로 풀어 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>len() of a 0-d tensor</source>
        <translation>0차원 tensor의 len()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>line {line}, column {column}: {message}</source>
        <translation>{line}행 {column}열: {message}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>list entries must be numbers, as in [[0.5, -0.2], [0.1, 0.4]]</source>
        <translation>리스트 원소는 숫자여야 합니다. 예: [[0.5, -0.2], [0.1, 0.4]]</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>match is not part of the language</source>
        <translation>match는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.factorial takes a whole number from 0 to 1000</source>
        <translation>math.factorial에는 0부터 1000까지의 정수를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.fsum takes a list of numbers</source>
        <translation>math.fsum에는 숫자 리스트를 넣어야 합니다</translation>
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
        <translation>math.prod에는 숫자 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>math.{name}: {error}</source>
        <translation>math.{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul (@) multiplies vectors and matrices, but shapes {a} and {b} include a single number: use * to multiply by a number</source>
        <translation>matmul(@)은 벡터와 행렬을 곱하는데, 형태 {a}와(과) {b}에 숫자 하나가 섞여 있습니다: 숫자를 곱하려면 *를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>matmul: shapes {a} and {b} do not line up (columns of the left must equal rows of the right)</source>
        <translation>matmul: 형태 {a}와(과) {b}가 맞지 않습니다 (왼쪽의 열 수와 오른쪽의 행 수가 같아야 합니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>metaclasses and class keywords are not part of the language</source>
        <translation>메타클래스와 클래스 키워드 인자는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value combines with numbers and Values, not this</source>
        <translation>micrograd의 Value는 숫자나 Value와만 계산할 수 있고, 이것과는 계산할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>micrograd&apos;s Value supports only int/float powers</source>
        <translation>micrograd의 Value는 int/float 거듭제곱만 지원합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>names starting with &apos;__&apos; are reserved</source>
        <translation>&apos;__&apos;로 시작하는 이름은 예약되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Embedding starts from visualgrad&apos;s own seeded weights, N(0, 1) as in PyTorch, but not PyTorch&apos;s numbers. The gradients shown are exact for these weights.</source>
        <translation>nn.Embedding은 visualgrad 자체의 시드 고정 가중치로 시작합니다. PyTorch처럼 N(0, 1)이지만 PyTorch의 숫자는 아닙니다. 표시되는 gradient는 이 가중치에 대해 정확합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear starts from visualgrad&apos;s own seeded weights: He (Kaiming) normal, N(0, 2/in_features), with zero biases — not PyTorch&apos;s numbers, nor its default U(−1/√in, 1/√in) start. The gradients shown are exact for these weights.</source>
        <translation>nn.Linear는 visualgrad가 시드로 만든 가중치에서 시작합니다: He (Kaiming) 정규분포 N(0, 2/in_features), bias는 0입니다. PyTorch의 값도, PyTorch 기본값인 U(−1/√in, 1/√in) 초기화도 아닙니다. 화면의 gradient는 이 가중치에 대해 정확합니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}) takes inputs whose last size is {i}, not shape {s}</source>
        <translation>nn.Linear({i}, {o})의 입력은 마지막 크기가 {i}여야 합니다. 형태 {s}는 맞지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.Linear({i}, {o}): sizes must be from 1 up to a million weights</source>
        <translation>nn.Linear({i}, {o}): 크기는 1 이상, 가중치 백만 개 이하여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Module.__init__() takes no arguments</source>
        <translation>nn.Module.__init__()에는 인자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList cannot be called; loop over it</source>
        <translation>nn.ModuleList는 호출할 수 없습니다. 반복문으로 돌면서 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>nn.ModuleList takes a list of modules</source>
        <translation>nn.ModuleList에는 모듈 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>nn.Parameter takes a tensor</source>
        <translation>nn.Parameter에는 tensor를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init.constant_ takes a number</source>
        <translation>nn.init.constant_에는 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>nn.init: unknown nonlinearity {n!r}</source>
        <translation>nn.init: 알 수 없는 nonlinearity {n!r}입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>nothing to compute yet: type an expression such as L = 2*(x**2 + exp(x))</source>
        <translation>아직 계산할 것이 없습니다: L = 2*(x**2 + exp(x)) 같은 수식을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/__init__.py"/>
        <source>nothing to draw: the program computes no tensor</source>
        <translation>그릴 것이 없습니다: 프로그램이 tensor를 하나도 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange takes one to three numbers</source>
        <translation>np.arange에는 숫자를 1개에서 3개까지 넣습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: the step cannot be 0</source>
        <translation>np.arange: step(단계 간격)은 0일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.arange: too many numbers to draw</source>
        <translation>np.arange: 그리기에는 숫자가 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.dot of arrays with more than two dimensions is not something visualgrad computes</source>
        <translation>3차원 이상 배열의 np.dot은 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>np.empty는 숫자를 채우지 않은 채로 둡니다. 값을 채우기 전까지 visualgrad는 0으로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.eye: too many numbers to draw</source>
        <translation>np.eye: 그리기에는 숫자가 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.linalg.norm is accepted for vector norms (ord None, 1, 2, inf) and the Frobenius norm</source>
        <translation>np.linalg.norm은 벡터 norm (ord None, 1, 2, inf)과 Frobenius norm만 지원합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace is accepted with numbers for start and stop</source>
        <translation>np.linspace는 start와 stop이 숫자일 때만 지원합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_create.py"/>
        <source>np.linspace: num must be from 0 to 10,000,000</source>
        <translation>np.linspace: num은 0부터 10,000,000까지여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.matmul: a scalar is not a matrix</source>
        <translation>np.matmul: 스칼라는 행렬이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>np.random is used without np.random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>np.random.seed(...) 없이 np.random을 사용했습니다. visualgrad가 시드를 0으로 정하므로 실행할 때마다 같은 숫자가 나옵니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.default_rng() without a seed would draw different numbers on every run</source>
        <translation>시드 없는 np.random.default_rng()는 실행할 때마다 다른 숫자를 뽑습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.randint: high must be greater than low</source>
        <translation>np.random.randint: high는 low보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.seed() without a number would draw different numbers on every run</source>
        <translation>숫자 없는 np.random.seed()는 실행할 때마다 다른 숫자를 뽑습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>np.random.shuffle takes an array or a list</source>
        <translation>np.random.shuffle에는 배열이나 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.reshape needs a shape (order &apos;C&apos;)</source>
        <translation>np.reshape에는 형태가 필요합니다 (order &apos;C&apos;)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.transpose&apos;s axes are a tuple, one per dimension</source>
        <translation>np.transpose의 axes는 차원마다 하나씩 적은 튜플입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.where is accepted with three arguments</source>
        <translation>np.where는 인자 3개로만 지원합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes a number or an array</source>
        <translation>np.{name}에는 숫자나 배열을 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>np.{name} takes one number</source>
        <translation>np.{name}에는 숫자 하나를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(initial=..., where=...) is not something visualgrad computes</source>
        <translation>np.{name}(initial=..., where=...)는 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>np.{name}(out=...) writes into another array; visualgrad shows results as new nodes</source>
        <translation>np.{name}(out=...)은 다른 배열에 결과를 씁니다. visualgrad는 결과를 새 노드로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>object.__init__() takes no arguments</source>
        <translation>object.__init__()에는 인자가 없습니다</translation>
    </message>
    <message>
        <source>one &apos;=&apos; per statement: give each value its own line</source>
        <translation type="vanished">문장 하나에 &apos;=&apos;는 하나만 씁니다: 값마다 줄을 나누세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>one context per &apos;with&apos;, as in: with torch.no_grad():</source>
        <translation>&apos;with&apos; 하나에는 컨텍스트 하나만 씁니다. 예: with torch.no_grad():</translation>
    </message>
    <message>
        <source>only a plain name can be assigned to, as in &apos;a = x**2&apos;</source>
        <translation type="vanished">단순한 이름에만 대입할 수 있습니다. 예: &apos;a = x**2&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>only a tensor of one value converts to a Python number</source>
        <translation>값이 하나인 tensor만 Python 숫자로 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>only functions can be called, as in exp(x)</source>
        <translation type="vanished">함수만 호출할 수 있습니다. 예: exp(x)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only names, attributes and items can be assigned to</source>
        <translation>이름, 속성, 항목에만 대입할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>only one &apos;*&apos; name in an unpacking</source>
        <translation>언패킹에서 &apos;*&apos;를 붙인 이름은 하나만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>only tensors of floating point dtype can require gradients</source>
        <translation>부동소수점 dtype의 tensor만 gradient를 요구할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>only torch.no_grad() and similar go in a with statement here</source>
        <translation>여기서는 with 문에 torch.no_grad() 같은 것만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>optimizer.step(closure) is not something visualgrad runs</source>
        <translation>optimizer.step(closure)처럼 closure로 단계를 실행하는 것은 visualgrad가 지원하지 않습니다</translation>
    </message>
    <message>
        <source>positional arguments must come before keyword arguments</source>
        <translation type="vanished">위치 인자는 키워드 인자보다 앞에 와야 합니다</translation>
    </message>
    <message>
        <source>print(...) is skipped: the graph shows every value</source>
        <translation type="vanished">print(...)는 건너뜁니다: 모든 값은 그래프에 나타납니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>raise is not part of the language</source>
        <translation>raise는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>random is used without random.seed(...): visualgrad seeds it with 0, so the numbers are the same on every run</source>
        <translation>random.seed(...) 없이 random을 사용했습니다. visualgrad가 시드를 0으로 정하므로 실행할 때마다 같은 숫자가 나옵니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: k is too large</source>
        <translation>random.choices: k가 너무 큽니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.choices: {error}</source>
        <translation>random.choices: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randint({a}, {b}): the range is empty</source>
        <translation>random.randint({a}, {b}): 범위가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.randrange: {error}</source>
        <translation>random.randrange: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.sample: k must be from 0 to the population&apos;s size</source>
        <translation>random.sample: k는 0부터 모집단 크기까지여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed takes a number or a string</source>
        <translation>random.seed에는 숫자나 문자열을 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.seed() without a number would draw different numbers on every run</source>
        <translation>숫자 없는 random.seed()는 실행할 때마다 다른 숫자를 뽑습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>random.shuffle takes a list (it shuffles it in place)</source>
        <translation>random.shuffle에는 리스트를 넣어야 합니다 (리스트를 제자리에서 섞습니다)</translation>
    </message>
    <message>
        <source>reading .grad is skipped: the graph shows every gradient</source>
        <translation type="vanished">.grad 읽기는 건너뜁니다: 모든 gradient는 그래프에 나타납니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>reduction must be &apos;mean&apos;, &apos;sum&apos; or &apos;none&apos;, not {r!r}</source>
        <translation>reduction은 {r!r}이(가) 아니라 &apos;mean&apos;, &apos;sum&apos;, &apos;none&apos; 중 하나여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer is for a module class of your own</source>
        <translation>register_buffer는 직접 정의한 모듈 클래스에서 씁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a name without dots</source>
        <translation>register_buffer에는 점이 없는 이름을 넘깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>register_buffer takes a tensor or None</source>
        <translation>register_buffer에는 텐서나 None을 넘깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>relative imports are not part of the language</source>
        <translation>상대 import는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/definitions.py"/>
        <source>remove the @ line</source>
        <translation>@ 줄을 지우세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>remove the try: and keep its body</source>
        <translation>try:를 지우고 그 본문만 남기세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>requires_grad can only be changed on a tensor you made (a leaf), not on a computed one</source>
        <translation>requires_grad는 계산된 tensor가 아니라 직접 만든 tensor (leaf)에서만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>return the new value</source>
        <translation>새 값을 return하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>rng.integers: high must be greater than low</source>
        <translation>rng.integers: high는 low보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>round() takes a number</source>
        <translation>round()에는 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>running_mean must be defined in evaluation mode</source>
        <translation>평가 모드에서는 running_mean이 정의되어 있어야 합니다</translation>
    </message>
    <message>
        <source>set comprehensions are not part of the language</source>
        <translation type="vanished">set 컴프리헨션은 이 언어에 없습니다</translation>
    </message>
    <message>
        <source>set literals are not part of the language</source>
        <translation type="vanished">set 리터럴은 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>size_average= and reduce= are PyTorch&apos;s old spelling; use reduction=</source>
        <translation>size_average=와 reduce=는 PyTorch의 옛 표기입니다. reduction=을 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>sorted() takes numbers or text here</source>
        <translation>여기서 sorted()에는 숫자나 텍스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>super() has no attribute &apos;{name}&apos;</source>
        <translation>super()에는 &apos;{name}&apos; 속성이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super() works inside a method of a class</source>
        <translation>super()는 클래스의 메서드 안에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>super(Class, self) takes a class of the program and one of its instances</source>
        <translation>super(Class, self)에는 프로그램의 클래스와 그 인스턴스를 넘깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>tensors used as indices must be long, int or bool tensors</source>
        <translation>인덱스로 쓰는 tensor는 long, int, bool tensor여야 합니다</translation>
    </message>
    <message>
        <source>text in quotes is not part of the language</source>
        <translation type="vanished">따옴표로 감싼 텍스트는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>text wider than 10,000 characters</source>
        <translation>텍스트 폭이 10,000자를 넘습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the dict has no key {key!r}</source>
        <translation>dict에 키 {key!r}이(가) 없습니다</translation>
    </message>
    <message>
        <source>the expression ends too early</source>
        <translation type="vanished">수식이 너무 일찍 끝났습니다</translation>
    </message>
    <message>
        <source>the expression is nested too deeply (more than {limit} levels)</source>
        <translation type="vanished">수식이 너무 깊게 중첩되어 있습니다 ({limit}단계 초과)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the indentation does not line up here ({detail})</source>
        <translation>여기서 들여쓰기가 맞지 않습니다 ({detail})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the last statement only names a value; compute something from it, as in L = 2*x</source>
        <translation>마지막 문장은 값의 이름만 적혀 있습니다. L = 2*x처럼 그 값으로 무언가를 계산하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the number is too large for a float</source>
        <translation>숫자가 너무 커서 float로 나타낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is nested too deeply (more than {limit} levels)</source>
        <translation>프로그램이 너무 깊게 중첩되어 있습니다 ({limit}단계 초과)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the program is too large (more than {limit} operations and values)</source>
        <translation>프로그램이 너무 큽니다 (연산과 값이 {limit}개 초과)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program needs more memory than this machine has</source>
        <translation>프로그램에 이 컴퓨터의 메모리보다 많은 메모리가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program nests calls too deeply</source>
        <translation>프로그램의 함수 호출이 너무 깊게 중첩됩니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>the program runs more than {limit} statements; make the loop shorter</source>
        <translation>프로그램이 문장을 {limit}개 넘게 실행합니다. 루프를 줄이세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>the rows of this list have different lengths</source>
        <translation>이 리스트의 행 길이가 서로 다릅니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text contains a NUL byte</source>
        <translation>텍스트에 NUL 바이트가 들어 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>the text is too long ({n} characters; the limit is {limit})</source>
        <translation>텍스트가 너무 깁니다 ({n}자, 한도는 {limit}자)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>the value given for &apos;{name}&apos; is not a number or a rectangular list of numbers</source>
        <translation>&apos;{name}&apos;에 준 값은 숫자도, 직사각형 숫자 리스트도 아닙니다</translation>
    </message>
    <message>
        <source>there is no input named &apos;{name}&apos; to set</source>
        <translation type="vanished">값을 지정할 &apos;{name}&apos;(이)라는 입력이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no input named &apos;{name}&apos; to set; the inputs are: {inputs}</source>
        <translation>값을 지정할 &apos;{name}&apos;(이)라는 입력이 없습니다. 입력: {inputs}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>there is no tensor named &apos;{name}&apos; to use as the loss</source>
        <translation>loss로 쓸 &apos;{name}&apos;(이)라는 tensor가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this % formatting does not fit its values: {why}</source>
        <translation>이 % 서식이 값과 맞지 않습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>this assert fails: the program would stop here</source>
        <translation>이 assert가 실패합니다: 프로그램이 여기서 멈춥니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>this backward pass goes through a batch norm computed in eval mode, whose running statistics a later training call has changed (PyTorch would silently use the new numbers); call backward() before that training call, or compute the eval output under torch.no_grad()</source>
        <translation>이 backward pass는 평가 모드에서 계산한 batch norm을 지나는데, 그 이동 통계를 나중의 학습 호출이 바꾸었습니다 (PyTorch는 새 숫자를 말없이 씁니다). 그 학습 호출 전에 backward()를 호출하거나, 평가 출력을 torch.no_grad() 안에서 계산하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this could not be computed: {why}</source>
        <translation>계산할 수 없었습니다: {why}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this gives a complex number, which visualgrad does not compute</source>
        <translation>복소수가 나옵니다. visualgrad는 복소수를 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this graph has {n} nodes; the window draws at most {limit}. Use &apos;visualgrad trace&apos; for it</source>
        <translation>이 그래프에는 노드가 {n}개 있습니다. 창에는 최대 {limit}개까지만 그립니다. &apos;visualgrad trace&apos;를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this is not valid Python: {detail}</source>
        <translation>올바른 Python이 아닙니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this name is {n} characters long; names can have at most {limit}</source>
        <translation>이 이름은 {n}자입니다. 이름은 최대 {limit}자까지 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this needs more memory than this machine has</source>
        <translation>이 컴퓨터의 메모리보다 많은 메모리가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>this operator is not part of the language</source>
        <translation>이 연산자는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/session.py"/>
        <source>this program is too big to draw (the window draws at most {limit} nodes); use &apos;visualgrad trace&apos; for it</source>
        <translation>이 프로그램은 너무 커서 그릴 수 없습니다 (창에는 노드를 최대 {limit}개까지 그립니다). &apos;visualgrad trace&apos;를 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/context.py"/>
        <source>this tensor does not require grad, so backward() has nothing to do (PyTorch refuses it too)</source>
        <translation>이 tensor는 grad를 요구하지 않으므로 backward()가 할 일이 없습니다 (PyTorch도 거부합니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>this tensor does not require grad, so there is nothing to send back: none of the tensors it was computed from has requires_grad=True</source>
        <translation>이 tensor는 grad를 요구하지 않으므로 돌려보낼 것이 없습니다: 이 tensor를 계산한 tensor 중 requires_grad=True인 것이 하나도 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>this text in quotes is not closed</source>
        <translation>따옴표로 연 텍스트가 닫히지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal</source>
        <translation>정수가 너무 커집니다. 둘 중 하나를 소수로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this whole number would be too large; write one of them as a decimal (2.0 ** 1000)</source>
        <translation>정수가 너무 커집니다. 둘 중 하나를 소수로 쓰세요 (2.0 ** 1000)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>this would make a list or text of {n} items; the limit is {limit}</source>
        <translation>항목이 {n}개인 리스트나 텍스트가 만들어집니다. 한도는 {limit}개입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.Tensor(sizes) leaves its numbers unset; torch.Tensor takes a list of numbers</source>
        <translation>torch.Tensor(sizes)는 숫자를 채우지 않은 채로 둡니다. torch.Tensor에는 숫자 리스트를 넣으세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange takes finite numbers</source>
        <translation>torch.arange에는 유한한 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: step must be nonzero</source>
        <translation>torch.arange: step(단계 간격)은 0이 아니어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.arange: {n} is too many numbers to draw</source>
        <translation>torch.arange: 숫자 {n}개는 그리기에 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.backward: grad_tensors needs one gradient per tensor</source>
        <translation>torch.autograd.backward: grad_tensors에는 tensor마다 gradient가 하나씩 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad(create_graph=True) (gradients of gradients) is not something visualgrad computes</source>
        <translation>torch.autograd.grad(create_graph=True) (gradient의 gradient)는 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.grad: grad_outputs needs one gradient per output</source>
        <translation>torch.autograd.grad: grad_outputs에는 출력마다 gradient가 하나씩 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd.py"/>
        <source>torch.autograd.{what}: {arg} must be a tensor or a list of tensors</source>
        <translation>torch.autograd.{what}: {arg}은(는) tensor 또는 tensor 리스트여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.clamp needs min or max</source>
        <translation>torch.clamp에는 min이나 max가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.device takes a name such as &quot;cpu&quot;</source>
        <translation>torch.device에는 &quot;cpu&quot; 같은 이름을 넘깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.div with rounding_mode has no gradient to show</source>
        <translation>rounding_mode를 쓴 torch.div에는 보여 줄 gradient가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.empty leaves its numbers unset; visualgrad shows zeros until they are filled</source>
        <translation>torch.empty는 숫자를 채우지 않은 채로 둡니다. 값을 채우기 전까지 visualgrad는 0으로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.from_numpy takes a NumPy array</source>
        <translation>torch.from_numpy에는 NumPy 배열을 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.linspace: steps must be non-negative</source>
        <translation>torch.linspace: steps(단계 수)는 음수일 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial takes a 1-d or 2-d tensor of weights ≥ 0</source>
        <translation>torch.multinomial에는 0 이상인 가중치의 1차원 또는 2차원 텐서를 넘깁니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_generator.py"/>
        <source>torch.multinomial: each row needs weight, and without replacement at most as many samples as categories</source>
        <translation>torch.multinomial: 각 행에 가중치가 있어야 하고, 비복원 추출이면 범주 수까지만 뽑을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.normal is accepted with numbers and a size</source>
        <translation>torch.normal은 숫자와 size를 넣을 때만 지원합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint takes (high, size) or (low, high, size)</source>
        <translation>torch.randint에는 (high, size) 또는 (low, high, size)를 넣습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>torch.randint: high must be greater than low</source>
        <translation>torch.randint: high는 low보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>torch.set_grad_enabled is accepted in a with statement</source>
        <translation>torch.set_grad_enabled는 with 문 안에서만 지원합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.where&apos;s condition must be a bool tensor, such as x &gt; 0</source>
        <translation>torch.where의 조건은 x &gt; 0 같은 bool tensor여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name} takes one dim; for several use torch.a{name}</source>
        <translation>torch.{name}에는 dim을 하나만 넣습니다. 여러 개를 쓰려면 torch.a{name}을(를) 사용하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>torch.{name}() takes keepdim only with a dim</source>
        <translation>torch.{name}()의 keepdim은 dim과 함께 써야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/statements.py"/>
        <source>try/except is not part of the language</source>
        <translation>try/except는 이 언어에 없습니다</translation>
    </message>
    <message>
        <source>tuples are not supported; use a list [a, b] for a tensor</source>
        <translation type="vanished">튜플은 지원하지 않습니다. 텐서에는 리스트 [a, b]를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>unary &apos;{op}&apos; does not work on {kind}</source>
        <translation>단항 &apos;{op}&apos;는 {kind}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>unexpected &apos;{text}&apos; after the end of the statement</source>
        <translation type="vanished">문장이 끝난 뒤에 예상하지 못한 &apos;{text}&apos;가 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>unexpected character {c!r} ({name})</source>
        <translation>예상하지 못한 문자 {c!r} ({name})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/interp.py"/>
        <source>unknown function &apos;{name}&apos;</source>
        <translation>알 수 없는 함수 &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/__init__.py"/>
        <source>unsupported format string passed to Tensor.__format__ (the tensor has shape {shape})</source>
        <translation>Tensor.__format__에 지원하지 않는 서식 문자열을 넘겼습니다 (tensor의 형태는 {shape})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>unsupported format string passed to Value.__format__</source>
        <translation>Value.__format__에 지원하지 않는 서식 문자열을 넘겼습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/build.py"/>
        <source>visualgrad could not run this ({why}); please report it</source>
        <translation>visualgrad가 이것을 실행할 수 없었습니다 ({why}). 문제를 신고해 주세요</translation>
    </message>
    <message>
        <source>write its forward with torch operations in a def, and autograd derives the backward</source>
        <translation type="vanished">forward를 torch 연산으로 def 안에 쓰면 autograd가 backward를 유도합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>write the numbers with a decimal point, e.g. 1.0</source>
        <translation>숫자를 1.0처럼 소수점을 붙여 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>writing a tensor that requires grad into another tensor is not something visualgrad shows</source>
        <translation>grad를 요구하는 tensor를 다른 tensor에 써 넣는 것은 visualgrad가 보여 줄 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.T on a tensor of {n} dimensions is not something visualgrad computes</source>
        <translation>{n}차원 tensor의 x.T는 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.data can be set to a tensor</source>
        <translation>x.data에는 tensor를 설정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.grad can be set to None or to a tensor of x&apos;s shape</source>
        <translation>x.grad에는 None이나 x와 형태가 같은 tensor를 설정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <source>x.to() is accepted with a dtype or a device</source>
        <translation>x.to()는 dtype이나 device와 함께 쓸 때만 지원합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}() takes a tensor or a number</source>
        <translation>x.{name}()에는 tensor나 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_methods.py"/>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <source>x.{name}(): the result&apos;s shape {got} is not x&apos;s {want}</source>
        <translation>x.{name}(): 결과의 형태 {got}이(가) x의 형태 {want}와 다릅니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/tensor_index.py"/>
        <source>x[...] = ...: {error}</source>
        <translation>x[...] = ...: {error}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{b} ** {k} is a complex number; micrograd&apos;s Value holds real numbers</source>
        <translation>{b} ** {k}는 복소수입니다. micrograd의 Value는 실수만 담습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls} needs a @staticmethod {name}(ctx, ...)</source>
        <translation>{cls}에는 @staticmethod {name}(ctx, ...)이(가) 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{cls}() takes no arguments</source>
        <translation>{cls}()에는 인자가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned a gradient of shape {got} for an input of shape {want}</source>
        <translation>{cls}.backward가 형태 {want}인 입력에 대해 형태 {got}인 gradient를 반환했습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.backward returned {n} gradients; forward takes {m} arguments</source>
        <translation>{cls}.backward가 gradient {n}개를 반환했지만 forward의 인수는 {m}개입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{cls}.forward must return one tensor here</source>
        <translation>{cls}.forward는 여기서 텐서 하나를 반환해야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/source.py"/>
        <source>{c} looks like {ascii} but is a different character; type {ascii}</source>
        <translation>{c}는 {ascii}처럼 보이지만 다른 문자입니다. {ascii}를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{func}() has no option &apos;{name}&apos;</source>
        <translation>{func}()에는 &apos;{name}&apos; 옵션이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{kind} cannot be called</source>
        <translation>{kind}은(는) 호출할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be indexed</source>
        <translation>{kind}에는 인덱스를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{kind} cannot be looped over</source>
        <translation>{kind}은(는) 반복할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/pyvalues.py"/>
        <source>{kind} has no attribute &apos;{name}&apos; here</source>
        <translation>여기서 {kind}에는 &apos;{name}&apos; 속성이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{kind} has no len()</source>
        <translation>{kind}에는 len()이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/compiler.py"/>
        <source>{kind} values are not part of the language</source>
        <translation>{kind} 값은 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/errors.py"/>
        <source>{message} — try: {hint}</source>
        <translation>{message} — 이렇게 해 보세요: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{name} should contain {c} elements not {n}</source>
        <translation>{name}에는 {n}개가 아니라 {c}개의 원소가 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name} without dim= uses dim={d}, as PyTorch does (with a warning); write dim= to be sure</source>
        <translation>dim= 없이 쓴 {name}은(는) PyTorch처럼 (경고와 함께) dim={d}을(를) 씁니다. 확실하게 하려면 dim=을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() got &apos;{kw}&apos; twice: by position and by name</source>
        <translation>{name}()에 &apos;{kw}&apos;가 위치와 이름으로 두 번 전달되었습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() got two values for &apos;{arg}&apos;</source>
        <translation>{name}()에 &apos;{arg}&apos; 값이 두 개 전달되었습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() has no parameter &apos;{arg}&apos;</source>
        <translation>{name}()에는 &apos;{arg}&apos; 매개변수가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() has no parameter &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}()에는 &apos;{kw}&apos; 매개변수가 없습니다. 매개변수: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() is missing the argument &apos;{arg}&apos;</source>
        <translation>{name}()에 &apos;{arg}&apos; 인자가 빠졌습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() needs the argument &apos;{kw}&apos;; its parameters are: {params}</source>
        <translation>{name}()에는 &apos;{kw}&apos; 인자가 필요합니다. 매개변수: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() of an empty sequence</source>
        <translation>빈 시퀀스의 {name}()</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}() of one tensor: write {name}(x, 0) for the larger of x and 0, or torch.{name}(x) for its largest value</source>
        <translation>tensor 하나의 {name}(): x와 0 중 큰 값은 {name}(x, 0), 가장 큰 값은 torch.{name}(x)로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/signature.py"/>
        <source>{name}() takes at most {most} positional arguments ({given} given); its parameters are: {params}</source>
        <translation>{name}()의 위치 인자는 최대 {most}개인데 {given}개가 주어졌습니다. 매개변수: {params}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/calls.py"/>
        <source>{name}() takes {n} positional arguments but {m} were given</source>
        <translation>{name}()의 위치 인자는 {n}개인데 {m}개가 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}() takes {want} argument(s), {given} given</source>
        <translation>{name}()의 인자는 {want}개인데 {given}개가 주어졌습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{name}(...) takes numbers, as in {name}([1.0, 2.0])</source>
        <translation>{name}(...)에는 숫자를 넣습니다. 예: {name}([1.0, 2.0])</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{name}(key=...) is not part of the language</source>
        <translation>{name}(key=...)는 이 언어에 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{name}(weight=...) is not something visualgrad computes yet</source>
        <translation>{name}(weight=...)는 아직 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/autograd_function.py"/>
        <source>{name}.apply takes its arguments by position, as PyTorch&apos;s does</source>
        <translation>{name}.apply는 PyTorch처럼 인수를 위치로 받습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{n} names to unpack into, but {m} values</source>
        <translation>언패킹할 이름은 {n}개인데 값은 {m}개입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{op}: axis {axis} does not exist for shape {shape}</source>
        <translation>{op}: 형태 {shape}에는 축 {axis}가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/operations.py"/>
        <source>{op}: shapes {a} and {b} cannot be broadcast together</source>
        <translation>{op}: 형태 {a}와(과) {b}는 브로드캐스트할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>{v!r} is not a number</source>
        <translation>{v!r}은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} can only optimize leaf tensors that require grad</source>
        <translation>{what}은(는) grad를 요구하는 leaf tensor만 최적화할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be called</source>
        <translation>{what}은(는) 호출할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be formatted with &apos;:{spec}&apos;</source>
        <translation>{what}은(는) &apos;:{spec}&apos;으로 서식화할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be indexed</source>
        <translation>{what}에는 인덱스를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be looped over</source>
        <translation>{what}은(는) 반복할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} cannot be used in a with statement</source>
        <translation>{what}은(는) with 문에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} does not support unary {op}</source>
        <translation>{what}은(는) 단항 {op}를 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has .values and .indices, not &apos;{name}&apos;</source>
        <translation>{what}에는 .values와 .indices가 있고, &apos;{name}&apos;은(는) 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no attribute &apos;{name}&apos;</source>
        <translation>{what}에는 &apos;{name}&apos; 속성이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} has no len()</source>
        <translation>{what}에는 len()이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/results.py"/>
        <source>{what} has two items: [0] the values and [1] the indices</source>
        <translation>{what}에는 항목이 두 개 있습니다: [0]은 값, [1]은 인덱스</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <source>{what} holds modules (nn.Linear(...), nn.ReLU(), ...), not {kind}</source>
        <translation>{what}에는 {kind}이(가) 아니라 모듈 (nn.Linear(...), nn.ReLU(), ...)이 들어갑니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} is called with one input list</source>
        <translation>{what}은(는) 입력 리스트 하나로 호출합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/runtime.py"/>
        <source>{what} is only used as a base class here</source>
        <translation>여기서 {what}은(는) 기반 클래스로만 쓸 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what} must be a number, not {value}</source>
        <translation>{what}은(는) {value}가 아니라 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd_nn.py"/>
        <source>{what} must be a whole number from 0 to 10,000</source>
        <translation>{what}은(는) 0부터 10,000까지의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} must be a whole number, not {value}</source>
        <translation>{what}은(는) {value}이(가) 아니라 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/plain.py"/>
        <source>{what} of a tensor is not supported yet</source>
        <translation>tensor의 {what}은(는) 아직 지원하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes a list of arrays</source>
        <translation>{what}에는 배열 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_shape.py"/>
        <source>{what} takes a list of tensors</source>
        <translation>{what}에는 tensor 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what} takes a list of tensors, such as model.parameters()</source>
        <translation>{what}에는 model.parameters() 같은 tensor 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a non-empty list</source>
        <translation>{what}에는 비어 있지 않은 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number, not {kind}</source>
        <translation>{what}에는 {kind}이(가) 아니라 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes a number; this tensor has {n} elements</source>
        <translation>{what}에는 숫자를 넣어야 합니다. 이 tensor에는 원소가 {n}개 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what} takes a tensor</source>
        <translation>{what}에는 tensor를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what} takes a tensor (a layer&apos;s weight or bias)</source>
        <translation>{what}에는 tensor (layer의 weight 또는 bias)를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes a tensor, not {kind}</source>
        <translation>{what}에는 {kind}이(가) 아니라 tensor를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes a whole number or a list of numbers</source>
        <translation>{what}에는 정수나 숫자 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what} takes arrays or numbers</source>
        <translation>{what}에는 배열이나 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes numbers</source>
        <translation>{what}에는 숫자를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what} takes numbers or arrays</source>
        <translation>{what}에는 숫자나 배열을 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what} takes numbers or lists of numbers, not {kind}</source>
        <translation>{what}에는 {kind}이(가) 아니라 숫자나 숫자 리스트를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what} takes whole numbers</source>
        <translation>{what}에는 정수를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes a torch tensor, not a NumPy array</source>
        <translation>{what}()에는 NumPy 배열이 아니라 torch tensor를 넣어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}() takes keepdim only with a dim</source>
        <translation>{what}()의 keepdim은 dim과 함께 써야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}(): argument &apos;normalized_shape&apos; must be a tuple of ints, not {kind}</source>
        <translation>{what}(): 인수 &apos;normalized_shape&apos;는 {kind}가 아니라 정수 튜플이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_masks.py"/>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): argument &apos;{arg}&apos; must be a tensor, not {kind}</source>
        <translation>{what}(): 인자 &apos;{arg}&apos;은(는) {kind}이(가) 아니라 tensor여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(): the input must be a floating point tensor, not {dtype}</source>
        <translation>{what}(): 입력은 {dtype}이(가) 아니라 부동소수점 tensor여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}(dtype=...) other than a float type is not something visualgrad computes</source>
        <translation>float 외의 타입을 쓴 {what}(dtype=...)은 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/pylibs.py"/>
        <source>{what}(x) turns the tensor into a plain number, as in PyTorch: no gradient flows through it (torch.{name}(x) keeps it)</source>
        <translation>{what}(x)는 PyTorch처럼 tensor를 일반 숫자로 바꿉니다. 그래서 gradient가 흐르지 않습니다 (torch.{name}(x)를 쓰면 gradient가 유지됩니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}({arg}=...) is not something visualgrad computes yet</source>
        <translation>{what}({arg}=...)은(는) 아직 visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_module.py"/>
        <source>{what}.{name} can only be set to an nn.Parameter</source>
        <translation>{what}.{name}에는 nn.Parameter만 설정할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: a must be a positive whole number</source>
        <translation>{what}: a는 양의 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: a size cannot be negative: {dims}</source>
        <translation>{what}: 크기는 음수일 수 없습니다: {dims}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: a size cannot be negative: {size}</source>
        <translation>{what}: 크기는 음수일 수 없습니다: {size}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: betas is a pair of numbers</source>
        <translation>{what}: betas는 숫자 두 개의 쌍입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_ns.py"/>
        <source>{what}: can&apos;t call numpy() on a tensor that requires grad</source>
        <translation>{what}: grad를 요구하는 tensor에는 numpy()를 호출할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: correction must be a number</source>
        <translation>{what}: correction은 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: dtype {dtype} is not one visualgrad computes</source>
        <translation>{what}: dtype {dtype}은(는) visualgrad가 계산하지 않습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: fan in and fan out need a tensor of at least 2 dimensions</source>
        <translation>{what}: fan in과 fan out에는 2차원 이상의 tensor가 필요합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: give the size once, by position or as size=</source>
        <translation>{what}: 크기는 위치 인자나 size= 중 한 번만 지정하세요</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: index {i} is out of range for {n} rows (0 to {top})</source>
        <translation>{what}: 인덱스 {i}는 {n}개 행의 범위(0부터 {top}까지)를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_init.py"/>
        <source>{what}: mode is &apos;fan_in&apos; or &apos;fan_out&apos;</source>
        <translation>{what}: mode는 &apos;fan_in&apos; 또는 &apos;fan_out&apos;입니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: only tensors of floating point dtype can require gradients</source>
        <translation>{what}: 부동소수점 dtype의 tensor만 gradient를 요구할 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_ops.py"/>
        <source>{what}: shapes {a} and {b} do not broadcast</source>
        <translation>{what}: 형태 {a}와(과) {b}는 브로드캐스트할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/numpy_random.py"/>
        <source>{what}: size {size} cannot be drawn</source>
        <translation>{what}: 크기 {size}는 그릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/nn_layers.py"/>
        <location filename="../../visualgrad/lang/library/nn_norm.py"/>
        <source>{what}: sizes must be from 1 up to a million weights</source>
        <translation>{what}: 크기는 가중치 1개부터 100만 개까지여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/torch_create.py"/>
        <source>{what}: the fill value is a number</source>
        <translation>{what}: 채울 값은 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the indices must be an int64 tensor, not {dtype}</source>
        <translation>{what}: 인덱스는 {dtype}가 아니라 int64 텐서여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the list is nested too deeply</source>
        <translation>{what}: 리스트가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: the rows of the list have different lengths</source>
        <translation>{what}: 리스트의 행마다 길이가 다릅니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/functional.py"/>
        <source>{what}: the target must hold class indices (an int64 tensor), not {dtype}</source>
        <translation>{what}: target은 {dtype}이(가) 아니라 클래스 인덱스 (int64 tensor)를 담아야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/micrograd.py"/>
        <source>{what}: {error} (micrograd&apos;s Value stops here too)</source>
        <translation>{what}: {error} (micrograd의 Value도 여기서 멈춥니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/optim.py"/>
        <source>{what}: {name} must be a number ≥ 0</source>
        <translation>{what}: {name}은(는) 0 이상의 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/library/common.py"/>
        <source>{what}: {size} is too many numbers to draw</source>
        <translation>{what}: 숫자 {size}개는 그리기에 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/lang/builtins.py"/>
        <source>… (more printed lines are not kept)</source>
        <translation>… (더 출력된 줄은 보관하지 않습니다)</translation>
    </message>
</context>
<context>
    <name>layout</name>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found at {path}; using the built-in layout</source>
        <translation>{path}에서 Graphviz(dot)를 찾을 수 없습니다. 내장 레이아웃을 사용합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz (dot) was not found; using the built-in layout</source>
        <translation>Graphviz(dot)를 찾을 수 없습니다. 내장 레이아웃을 사용합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz failed; using the built-in layout</source>
        <translation>Graphviz가 실패했습니다. 내장 레이아웃을 사용합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz gave an unreadable answer; using the built-in layout</source>
        <translation>Graphviz의 응답을 읽을 수 없습니다. 내장 레이아웃을 사용합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/layout/auto.py"/>
        <source>Graphviz timed out after {seconds} s; using the built-in layout</source>
        <translation>Graphviz가 {seconds}초 안에 응답하지 않았습니다. 내장 레이아웃을 사용합니다</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 to a negative power divides by zero: the value is ∞.</source>
        <translation>0의 음수 거듭제곱은 0으로 나누는 것입니다: 값은 ∞입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0 × ∞ is undefined, so the value is NaN.</source>
        <translation>0 × ∞는 정의되지 않으므로 값은 NaN입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>0/0 is undefined (NaN).</source>
        <translation>0/0은 정의되지 않습니다 (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>A negative number to a fractional power is undefined (NaN).</source>
        <translation>음수의 분수 거듭제곱은 정의되지 않습니다 (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>An infinite gradient passes on as ∞ (or NaN where it meets 0).</source>
        <translation>무한대 gradient는 ∞로 전달됩니다 (0을 만나는 곳에서는 NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the loss: {d} = 1.</source>
        <translation>backward는 loss에서 시작: {d} = 1.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Backward starts at the output: {d} = 1 for every entry (the same as backward on its sum).</source>
        <translation>backward는 출력에서 시작: 모든 원소에서 {d} = 1 (sum에 backward 한 것과 같아).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>By hand: {formula} = {substituted} = {hand}; autograd: {autograd}.</source>
        <translation>손 계산: {formula} = {substituted} = {hand}. autograd: {autograd}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Constants: {values}.</source>
        <translation>상수: {values}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Dividing by zero gives ∞.</source>
        <translation>0으로 나누면 ∞가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} = {value}.</source>
        <translation>forward: {chain} = {value}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Forward: {chain} gives a {shape} tensor {value}.</source>
        <translation>forward: {chain} → {shape} tensor {value}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Inputs: {values}.</source>
        <translation>입력: {values}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads backward: the blame passed on is NaN too.</source>
        <translation>NaN은 backward로도 퍼져: 넘기는 gradient도 NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>NaN spreads: whatever is computed from NaN is NaN too.</source>
        <translation>NaN은 퍼집니다: NaN으로 계산한 것은 모두 NaN입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is not finite here, so its blame is ∞ or NaN.</source>
        <translation>여기서 {src}에 대한 local derivative가 유한하지 않아: 넘기는 gradient는 ∞ 또는 NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here and 0 × ∞ is undefined, so its blame is NaN.</source>
        <translation>여기서 {src}에 대한 local derivative는 {local}, 0 × ∞는 정의 안 돼서 gradient는 NaN.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The local derivative towards {src} is {local} here, so its blame is {c}.</source>
        <translation>{src}에 대한 local derivative는 {local}: upstream gradient와 곱하면 {c}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The loss: {name} = {value}. The accident happened here; now we trace back who is responsible.</source>
        <translation>loss: {name} = {value}. 여기서 backward 시작: chain을 거꾸로 walk 하면서 local Jacobian을 곱해.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>The square root of a negative number is undefined (NaN).</source>
        <translation>음수의 제곱근은 정의되지 않습니다 (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/steps.py"/>
        <source>Update: the program sets {w} to {new}.</source>
        <translation>업데이트: 프로그램이 {w}을(를) {new}(으)로 바꿔.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>Update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</source>
        <translation>update: {w} ← {w} − η·∂L/∂{w} = {old} − {eta}·{g} = {new}.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>line {line}</source>
        <translation>{line}행</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log of a negative number is undefined (NaN).</source>
        <translation>음수의 log는 정의되지 않습니다 (NaN).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>log(0) is −∞: the logarithm falls without end as its input reaches 0.</source>
        <translation>log(0)은 −∞입니다: 입력이 0에 다가가면 로그는 끝없이 내려갑니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>masked_fill writes {value} where the mask is true, as the program asks.</source>
        <translation>masked_fill은 프로그램이 요청한 대로 마스크가 참인 곳에 {value}을(를) 씁니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} = {formula} passes the blame on.</source>
        <translation>{d} = {g} 확정. {name} = {formula}: 입력마다 local Jacobian을 곱해서 gradient를 넘겨.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{d} = {g} is final; {name} passes the blame on.</source>
        <translation>{d} = {g} 확정. {name}: 입력마다 local Jacobian을 곱해서 gradient를 넘겨.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} has no value as a float64 number here: the result is ∞ or NaN.</source>
        <translation>여기서 {expr}은(는) float64 숫자로 값을 가질 수 없습니다: 결과는 ∞ 또는 NaN입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{expr} overflows to ∞: the value is too large for a float64 (the largest is about 1.8e308).</source>
        <translation>{expr}이(가) ∞로 오버플로됩니다: float64에 담기에는 너무 큰 값입니다 (최댓값은 약 1.8e308).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{op} of ∞ has no defined value, so it is NaN.</source>
        <translation>∞의 {op}은(는) 정해진 값이 없으므로 NaN입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>{src} is used {k} times, so its blame adds up: {d} = {sum} = {total}</source>
        <translation>{src}: {k}번 쓰였으니 gradient 누적: {d} = {sum} = {total}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ / ∞ is undefined, so the value is NaN.</source>
        <translation>∞ / ∞는 정의되지 않으므로 값은 NaN입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ passes on: whatever is computed from ∞ stays infinite.</source>
        <translation>∞는 전달됩니다: ∞로 계산한 것은 계속 무한대입니다.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/narration.py"/>
        <source>∞ − ∞ is undefined, so the value is NaN.</source>
        <translation>∞ − ∞는 정의되지 않으므로 값은 NaN입니다.</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source> (input {k})</source>
        <translation> (입력 {k})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>({n} paths; the backward pass computed {g})</source>
        <translation>({n}개 경로, backward pass가 계산한 값은 {g})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>{name} gets no gradient</source>
        <translation>{name}에는 gradient가 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/paths.py"/>
        <source>— the first {k} of {n} paths only; all {n} add up to {g}</source>
        <translation>— {n}개 경로 중 처음 {k}개만. {n}개 모두 더하면 {g}</translation>
    </message>
</context>
<context>
    <name>practice</name>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>Compute {formula} from {inputs}.</source>
        <translation>{inputs}로부터 {formula}를 계산하세요.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>The loss is where the backward pass starts: how much does the loss change when the loss itself changes by a little?</source>
        <translation>backward pass는 loss에서 시작해: loss 자체가 조금 변하면 loss는 얼마나 변할까?</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>hint: {hint}</source>
        <translation>힌트: {hint}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>not quite: {name} = {value}</source>
        <translation>아쉽네요: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>upstream {up} = {g}, local {d} = {formula}</source>
        <translation>upstream {up} = {g}, 국소 {d} = {formula}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{d} = 1: the seed of the backward pass.</source>
        <translation>{d} = 1: backward pass의 시작값(seed).</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is an input: its value is given.</source>
        <translation>{name}는 입력이야: 값이 주어져 있어.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/timeline/practice.py"/>
        <source>{name} is used {k} times: add up what each use passes back.</source>
        <translation>{name}는 {k}번 쓰여: 각 사용이 돌려주는 값을 더해.</translation>
    </message>
    <message>
        <location filename="../../visualgrad/cli/practice.py"/>
        <source>{text!r} is not a number.</source>
        <translation>{text!r}는 숫자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>A three-stage chain: the director&apos;s blame on the team lead is dz/dx = dz/dy · dy/dx, read off the edges</source>
        <translation>3단계 사슬: 사장이 팀장에게 돌리는 책임은 dz/dx = dz/dy · dy/dx이며, 간선 위에서 읽을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Catalan article</source>
        <translation>카탈루냐어 글</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Chain rule: by hand vs autograd</source>
        <translation>chain rule: 손 계산 vs autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Dutch and Japanese articles</source>
        <translation>네덜란드어·일본어 글</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>Korean article (Lesson 05)</source>
        <translation>한국어 글 (레슨 05)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron</source>
        <translation>뉴런 하나</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>One neuron: y = sigmoid(w·x + b), squared error against the target</source>
        <translation>뉴런 하나: y = sigmoid(w·x + b), target과의 squared error</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Passing the blame: team lead → manager → director</source>
        <translation>책임 넘기기: 팀장 → 부장 → 사장</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>Team lead A (input) -&gt; manager B (hidden) -&gt; director C (output): dz/dx = dz/dy · dy/dx</source>
        <translation>팀장 A (입력) -&gt; 부장 B (hidden) -&gt; 사장 C (출력): dz/dx = dz/dy · dy/dx</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>The Korean article&apos;s tiny graph (Lesson 05): backprop by hand vs autograd</source>
        <translation>글(Lesson 05)의 tiny graph: backprop by hand vs autograd</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>The article&apos;s 2-2-1 sigmoid network on the four XOR points, mean squared error, learning rate 0.1; matrices or one node per weight</source>
        <translation>글에 나오는 2-2-1 시그모이드 네트워크. XOR의 네 점, 평균 제곱 오차, 학습률 0.1. 행렬로 보거나 가중치마다 노드 하나로 보기</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>The article&apos;s exercise: a deep Linear + sigmoid / tanh / ReLU stack; compare each layer&apos;s gradient norm, with residuals and Xavier / He init</source>
        <translation>글의 연습 문제: Linear + sigmoid / tanh / ReLU를 깊게 쌓은 stack에서 layer마다 gradient norm 비교. residual connection과 Xavier / He init도 함께</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>Vanishing gradients lab</source>
        <translation>vanishing gradient 실험실</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>XOR network</source>
        <translation>XOR 네트워크</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>blame starts at y</source>
        <translation>y에서 책임 시작</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>end of the forward pass</source>
        <translation>forward pass 끝</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>every layer&apos;s gradient</source>
        <translation>모든 layer의 gradient</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>example {k}: x = ({a}, {b}), y = {y}</source>
        <translation>예제 {k}: x = ({a}, {b}), y = {y}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>head</source>
        <translation>head</translation>
    </message>
    <message>
        <source>hidden layer</source>
        <translation type="vanished">hidden layer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k}</source>
        <translation>layer {k}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>layer {k} gets its gradient</source>
        <translation>layer {k}가 gradient를 받음</translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="vanished">loss</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation type="vanished">output layer</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <location filename="../../visualgrad/presets/programs.py"/>
        <location filename="../../visualgrad/presets/xor.py"/>
        <source>preset {preset} has no input or weight named &apos;{name}&apos; (it has: {known})</source>
        <translation>프리셋 {preset}에는 &apos;{name}&apos;(이)라는 입력이나 가중치가 없습니다 (있는 것: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>preset {preset} has no parameter &apos;{name}&apos; (its parameters: {known})</source>
        <translation>프리셋 {preset}에는 &apos;{name}&apos; 파라미터가 없습니다 (파라미터: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>preset {preset} has nothing to train</source>
        <translation>프리셋 {preset}에는 학습할 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>the learning rate must be a number ≥ 0, not {value!r}</source>
        <translation>학습률은 0 이상의 숫자여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>the output y</source>
        <translation>출력 y</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/catalogue.py"/>
        <source>there is no preset named {name!r}; the presets are: {known}</source>
        <translation>{name!r}(이)라는 프리셋은 없습니다. 프리셋 목록: {known}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: residual must be True or False, not {value!r}</source>
        <translation>vanishing: residual은 True 또는 False여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: seed must be a whole number ≥ 0, not {value!r}</source>
        <translation>vanishing: seed는 0 이상의 정수여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/vanishing.py"/>
        <source>vanishing: {name} must be a whole number from 1 to {top}, not {value!r}</source>
        <translation>vanishing: {name}은(는) 1부터 {top}까지의 정수여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x = 3; a = x², b = eˣ, c = a + b, L = 2c: the hand-derived ∂L/∂x = 2·(2x + eˣ) next to autograd&apos;s 52.1711</source>
        <translation>x = 3; a = x², b = eˣ, c = a + b, L = 2c: 손으로 구한 ∂L/∂x = 2·(2x + eˣ)와 autograd의 52.1711을 나란히 비교</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>x: the basic data team lead A hands over</source>
        <translation>x: 팀장 A가 넘기는 기초 데이터</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y = sigmoid(w·x + b) with a squared error against a target; train w and b by gradient descent</source>
        <translation>y = sigmoid(w·x + b)와 목표값 사이의 제곱 오차. 경사 하강법으로 w와 b를 학습합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>y: manager B&apos;s report; dy/dx = 3</source>
        <translation>y: 부장 B의 보고서; dy/dx = 3</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/programs.py"/>
        <source>z: director C&apos;s result; dz/dy = 2·manager</source>
        <translation>z: 사장 C의 결과; dz/dy = 2·manager</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name} has shape {want}, not {got}</source>
        <translation>{name}의 형태는 {got}이(가) 아니라 {want}여야 합니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{name}: {value!r} is not a number or a list of numbers</source>
        <translation>{name}: {value!r}은(는) 숫자나 숫자 리스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no input named &apos;{name}&apos; (its inputs: {known})</source>
        <translation>{preset}에는 &apos;{name}&apos;(이)라는 입력이 없습니다 (입력: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/training.py"/>
        <source>{preset} has no weight named &apos;{name}&apos; (its weights: {known})</source>
        <translation>{preset}에는 &apos;{name}&apos;(이)라는 가중치가 없습니다 (가중치: {known})</translation>
    </message>
    <message>
        <location filename="../../visualgrad/presets/base.py"/>
        <source>{preset}: {name} must be one of {allowed}, not {value!r}</source>
        <translation>{preset}: {name}은(는) {allowed} 중 하나여야 합니다 ({value!r}은(는) 안 됩니다)</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name}</source>
        <translation>  {where}, {name} 안</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>  {where}, in {name} = {formula}</source>
        <translation>  {where}, {name} = {formula} 안</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Backward pass (most recent frame first: from the loss back to the inputs)</source>
        <translation>backward pass (가장 최근 프레임부터: loss에서 입력까지 거슬러 올라갑니다)</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Forward pass</source>
        <translation>forward pass</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Gradients</source>
        <translation>gradient</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Loss: {name} = {value}</source>
        <translation>loss: {name} = {value}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>Note: {text}</source>
        <translation>참고: {text}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>line {line}</source>
        <translation>{line}행</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>passed to {src}: {label}</source>
        <translation>{src}에 전달: {label}</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <location filename="../../visualgrad/report.py"/>
        <source>received {d} = {g}</source>
        <translation>받은 값 {d} = {g}</translation>
    </message>
</context>
</TS>
