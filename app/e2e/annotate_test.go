//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"pressmark/app/annotate"
	"pressmark/parser"
)

const annoRelease = `Acme Robotics Opens New Plant in Lyon

LYON, France, March 3, 2025 — Acme Robotics today announced the opening of a new assembly plant in Lyon that will employ 400 people by the end of 2026.

"This plant is a commitment to European manufacturing," said Jane Doe, chief executive of Acme Robotics. "We will double our output in France within three years."

The plant cost €120 million and runs entirely on renewable power. Production starts in June.

The company expects profits to grow 12% in 2026, helped by lower energy costs.
`

// annoHelpers select text in the cleaned view and count what the
// annotation workbench shows.
const annoHelpers = `
function pmSelect(phrase) {
	const blocks = Array.from(document.querySelectorAll('article.release [data-start][data-end]:not(mark)'));
	for (const b of blocks) {
		const i = b.textContent.indexOf(phrase);
		if (i < 0) continue;
		const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
		let pos = 0, sn = null, so = 0, en = null, eo = 0, n;
		while ((n = walker.nextNode())) {
			const len = n.data.length;
			if (!sn && i < pos + len) { sn = n; so = i - pos; }
			if (sn && i + phrase.length <= pos + len) { en = n; eo = i + phrase.length - pos; break; }
			pos += len;
		}
		const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);
		if (document.activeElement) document.activeElement.blur();
		const s = getSelection(); s.removeAllRanges(); s.addRange(r);
		return true;
	}
	throw new Error("phrase not in the cleaned view: " + phrase);
}
function pmSelectBlock(i, n) {
	const b = document.querySelectorAll('article.release .release-body [data-start][data-end]:not(mark)')[i];
	const t = document.createTreeWalker(b, NodeFilter.SHOW_TEXT).nextNode();
	const r = document.createRange(); r.setStart(t, 0); r.setEnd(t, Math.min(n, t.data.length));
	if (document.activeElement) document.activeElement.blur();
	const s = getSelection(); s.removeAllRanges(); s.addRange(r);
	return true;
}
function pmMarks() { return Array.from(document.querySelectorAll("article mark.anno")); }
function pmMarkIDs() { return new Set(pmMarks().map((m) => m.dataset.id)).size; }
function pmMarkText(id) { return pmMarks().filter((m) => m.dataset.id === id).map((m) => m.textContent).join(""); }
function pmMarked(phrase) {
	const ids = new Set(pmMarks().map((m) => m.dataset.id));
	return Array.from(ids).some((id) => pmMarkText(id) === phrase);
}
function pmItems() { const a = pmRegion("Annotations"); return a ? Array.from(a.querySelectorAll(".anno-list > li:not(.orphan)")) : []; }
function pmOrphans() { const a = pmRegion("Orphans"); return a ? Array.from(a.querySelectorAll("li")) : []; }
function pmDocs() { const l = pmRegion("Library"); return l ? Array.from(l.querySelectorAll(".doc-item")) : []; }
function pmButton(name) {
	const b = Array.from(document.querySelectorAll("button")).find((el) => pmButtonName(el) === name);
	if (!b) throw new Error("no button named " + name);
	return b;
}
`

func aeval[T any](t testing.TB, ctx context.Context, expr string) T {
	t.Helper()
	return eval[T](t, ctx, annoHelpers+"\n"+expr)
}

// await waits for expr (with annoHelpers in scope) to be truthy; on a
// timeout it shows what the workbench says.
func await(t testing.TB, ctx context.Context, what, expr string) {
	t.Helper()
	if err := poll(ctx, "(() => {"+annoHelpers+"\nreturn ("+expr+");})()", 20*time.Second); err != nil {
		wb := eval[string](t, ctx, `(() => { const w = document.querySelector(".workbench"); return w ? w.innerText.slice(0, 1200) : "no workbench"; })()`)
		t.Fatalf("waiting for %s: %v\nthe workbench shows:\n%s", what, err, wb)
	}
}

// key presses each key of k in the page, with modifiers, as a keyboard
// does: a keyDown event that carries the key's text, then a keyUp.
// chromedp.KeyEvent sends the text as a char event of its own, a round trip
// after the keyDown, and the browser types it even when the page prevented
// the keydown's default, which it never does for a keyboard: the "c"
// shortcut, which moves the focus into the comment box, then now and then
// found its own "c" typed there ("ccheck the energy claim", whenever the
// box had the focus before the char event came).
func key(t testing.TB, ctx context.Context, k string, mods ...chromedp.Modifier) {
	t.Helper()
	var m int64
	for _, x := range mods {
		m |= int64(x)
	}
	for _, r := range k {
		events := kb.Encode(r)
		down, up := *events[0], *events[len(events)-1]
		down.Modifiers |= m
		up.Modifiers |= m
		if len(events) == 3 && m&^int64(chromedp.ModifierShift) == 0 { // printable, no Ctrl, Alt or Meta
			down.Text, down.UnmodifiedText = events[1].Text, events[1].UnmodifiedText
		}
		for _, ev := range []input.DispatchKeyEventParams{down, up} {
			do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, ev)
				return err
			}))
		}
	}
}

// selectAndKey selects phrase in the cleaned view and presses k.
func selectAndKey(t testing.TB, ctx context.Context, phrase, k string) {
	t.Helper()
	aeval[bool](t, ctx, "pmSelect("+jsString(phrase)+")")
	await(t, ctx, "the selection toolbar", `document.querySelector('#anno-toolbar:not([hidden])')`)
	key(t, ctx, k)
}

// awaitSaved waits until the document of IndexedDB whose source holds
// phrase holds n annotations.
func awaitSaved(t testing.TB, ctx context.Context, phrase string, n int) {
	t.Helper()
	count := `new Promise((resolve, reject) => {
		const open = indexedDB.open("pressmark");
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const all = open.result.transaction("documents").objectStore("documents").getAll();
			all.onerror = () => reject(all.error);
			all.onsuccess = () => {
				open.result.close();
				const doc = all.result.map((v) => JSON.parse(v)).find((d) => d.source.includes(` + jsString(phrase) + `));
				resolve(doc ? (doc.annotations || []).length : -1);
			};
		};
	})`
	got := -1
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if got = eval[int](t, ctx, count); got == n {
			return
		}
	}
	t.Fatalf("IndexedDB holds %d annotations for %q, want %d", got, phrase, n)
}

// openAcme loads the app, waits for the library, and pastes annoRelease.
func openAcme(t testing.TB, ctx context.Context) {
	t.Helper()
	open(t, ctx, rootSite.URL+"/")
	await(t, ctx, "the library to hold the sample", `pmDocs().length >= 1`)
	paste(t, ctx, "", annoRelease)
	waitTitle(t, ctx, "Acme Robotics Opens New Plant in Lyon")
	await(t, ctx, "the pasted release in the library", `pmDocs().some((d) => d.classList.contains("current") && d.textContent.includes("Acme Robotics Opens"))`)
}

func TestAnnotateLabelCommentOverlapUndoReloadAndEdit(t *testing.T) {
	ctx := newPage(t)
	recordViolations(t, ctx)
	openAcme(t, ctx)

	// Select text and apply a label by its number key.
	selectAndKey(t, ctx, "employ 400 people", "1")
	await(t, ctx, "a Claim highlight", `pmMarked("employ 400 people")`)
	if got := aeval[string](t, ctx, `pmMarks()[0].dataset.label + "|" + pmMarks()[0].title`); got != "claim|Claim" {
		t.Errorf("highlight label|title = %q", got)
	}
	if got := aeval[string](t, ctx, `getComputedStyle(pmMarks()[0]).borderBottomColor`); got != "rgb(209, 73, 91)" {
		t.Errorf("highlight colour %q, want the Claim colour", got)
	}

	// Add a comment with "c".
	selectAndKey(t, ctx, "runs entirely on renewable power", "c")
	await(t, ctx, "the comment box to have focus", `document.activeElement && document.activeElement.id === "anno-comment"`)
	do(t, ctx, chromedp.KeyEvent("check the energy claim\r"))
	await(t, ctx, "the commented highlight", `pmMarked("runs entirely on renewable power")`)
	if got := aeval[string](t, ctx, `pmMarks().find((m) => m.textContent.includes("renewable")).title`); got != "Claim: check the energy claim" {
		t.Errorf("commented highlight title %q", got)
	}

	// Overlap a second label over the first annotation: nested highlights,
	// and clicking the overlap lets the user pick.
	selectAndKey(t, ctx, "400 people by the end of 2026", "2")
	await(t, ctx, "three annotations listed", `pmItems().length === 3`)
	if n := aeval[int](t, ctx, `document.querySelectorAll("article mark.anno mark.anno").length`); n == 0 {
		t.Error("overlapping annotations are not nested")
	}
	aeval[bool](t, ctx, `getSelection().removeAllRanges(), document.querySelector("article mark.anno mark.anno").click(), true`)
	await(t, ctx, "the overlap picker", `document.querySelector('[role="dialog"][aria-label="Annotations here"] li:nth-child(2)')`)
	list := regionText(t, ctx, "Annotations")
	for _, want := range []string{"Claim", "Quote", "employ 400 people", "check the energy claim"} {
		if !strings.Contains(list, want) {
			t.Errorf("the Annotations list lacks %q:\n%s", want, list)
		}
	}

	// Undo and redo with the keyboard.
	aeval[bool](t, ctx, `document.activeElement && document.activeElement.blur(), true`)
	key(t, ctx, "z", chromedp.ModifierCtrl)
	await(t, ctx, "undo to remove the overlap", `pmItems().length === 2 && pmMarkIDs() === 2`)
	key(t, ctx, "z", chromedp.ModifierCtrl, chromedp.ModifierShift)
	await(t, ctx, "redo to bring it back", `pmItems().length === 3 && pmMarkIDs() === 3`)

	// Reload: everything is still there. The reload waits until the redo is
	// in IndexedDB, which checks that the writes reach it;
	// TestAnnotateReloadKeepsUnsavedChanges reloads before they do.
	awaitSaved(t, ctx, "Acme Robotics Opens New Plant in Lyon", 3)
	reload(t, ctx)
	await(t, ctx, "the annotations after a reload", `pmMarkIDs() === 3 && pmItems().length === 3`)
	if !strings.Contains(regionText(t, ctx, "Annotations"), "check the energy claim") {
		t.Error("the comment is gone after a reload")
	}

	// Edit the source: text inserted before moves two annotations; the
	// deleted sentence orphans the third.
	src := aeval[string](t, ctx, `pmEditor().value`)
	edited := strings.Replace(src, "Acme Robotics today announced", "Acme Robotics, a maker of warehouse robots, today announced", 1)
	edited = strings.Replace(edited, "The plant cost €120 million and runs entirely on renewable power. ", "", 1)
	if edited == src {
		t.Fatal("the edit changed nothing")
	}
	setValue(t, ctx, edited)
	await(t, ctx, "one orphan", `pmOrphans().length === 1`)
	await(t, ctx, "two highlights that moved", `pmMarkIDs() === 2 && pmMarked("employ 400 people") && pmMarked("400 people by the end of 2026")`)
	if o := regionText(t, ctx, "Orphans"); !strings.Contains(o, "runs entirely on renewable power") || !strings.Contains(o, "Re-attach to selection") {
		t.Errorf("the orphan list:\n%s", o)
	}
	// Re-attach the orphan to new text.
	aeval[bool](t, ctx, `pmSelect("Production starts in June")`)
	await(t, ctx, "the re-attach button", `!pmButton("Re-attach to selection").disabled`)
	aeval[bool](t, ctx, `pmButton("Re-attach to selection").click(), true`)
	await(t, ctx, "the orphan re-attached", `pmOrphans().length === 0 && pmMarked("Production starts in June")`)

	// The label colours and the toolbar's place are set without breaking
	// the Content-Security-Policy.
	if v := aeval[[]string](t, ctx, `window.__csp || []`); len(v) > 0 {
		t.Errorf("CSP violations: %v", v)
	}
}

// TestAnnotateReloadKeepsUnsavedChanges reloads the page while the
// writer's IndexedDB transactions wait behind one the test holds open, so
// that none of the two undos before it is saved: the page journals what is
// unwritten as it goes (app/ui/annotation_journal.go), and the next page
// shows it and saves it.
func TestAnnotateReloadKeepsUnsavedChanges(t *testing.T) {
	ctx := newPage(t)
	openAcme(t, ctx)
	selectAndKey(t, ctx, "employ 400 people", "1")
	await(t, ctx, "one annotation", `pmItems().length === 1`)
	selectAndKey(t, ctx, "runs entirely on renewable power", "2")
	await(t, ctx, "two annotations", `pmItems().length === 2`)
	awaitSaved(t, ctx, "Acme Robotics Opens New Plant in Lyon", 2)

	// A read-write transaction on the documents, kept alive by a request
	// issued from each request's success, holds back every other one.
	eval[bool](t, ctx, `(() => {
		const open = indexedDB.open("pressmark");
		open.onsuccess = () => {
			const docs = open.result.transaction("documents", "readwrite").objectStore("documents");
			const spin = () => { docs.get("none").onsuccess = spin; };
			spin();
			window.__holding = true;
		};
		return true;
	})()`)
	waitFor(t, ctx, "the test's transaction", `window.__holding`, 10*time.Second)
	aeval[bool](t, ctx, `getSelection().removeAllRanges(), document.activeElement && document.activeElement.blur(), true`)
	key(t, ctx, "z", chromedp.ModifierCtrl)
	key(t, ctx, "z", chromedp.ModifierCtrl)
	await(t, ctx, "two undos", `pmItems().length === 0`)
	// Neither undo is saved (the test's transaction holds back a read too).

	reload(t, ctx)
	await(t, ctx, "the release after the reload", `pmDocs().length >= 1 && pmTitle().includes("Acme Robotics Opens New Plant in Lyon")`)
	if n := aeval[int](t, ctx, `pmMarkIDs() + pmItems().length`); n != 0 {
		t.Errorf("%d highlights and listed annotations after the reload, want the last undo's none", n)
	}
	awaitSaved(t, ctx, "Acme Robotics Opens New Plant in Lyon", 0)
	waitFor(t, ctx, "the journal to be cleared once IndexedDB has its records", `localStorage.getItem("pressmark-journal") === null`, 10*time.Second)
}

// lastDownload captures what the page offers for download next.
const captureDownloads = `(() => { const orig = URL.createObjectURL.bind(URL);
	URL.createObjectURL = (b) => { window.pmLastBlob = b; return orig(b); }; return true; })()`

func TestAnnotateExportW3CAndReimportIntoEmptyLibrary(t *testing.T) {
	ctx := newPage(t)
	openAcme(t, ctx)
	selectAndKey(t, ctx, "Jane Doe", "6")
	await(t, ctx, "a Person highlight", `pmMarked("Jane Doe")`)
	selectAndKey(t, ctx, "€120 million", "c")
	await(t, ctx, "the comment box", `document.activeElement && document.activeElement.id === "anno-comment"`)
	do(t, ctx, chromedp.KeyEvent("capex 🚀 naïve\r"))
	await(t, ctx, "two annotations", `pmItems().length === 2`)

	aeval[bool](t, ctx, captureDownloads)
	aeval[bool](t, ctx, `pmButton("Export this document as W3C JSON-LD").click(), true`)
	await(t, ctx, "the export", `window.pmLastBlob`)
	exported := aeval[string](t, ctx, `window.pmLastBlob.text()`)
	for _, want := range []string{`"@context": "http://www.w3.org/ns/anno.jsonld"`, `"AnnotationCollection"`, `"purpose": "tagging"`, `"purpose": "commenting"`, `"TextQuoteSelector"`, `"TextPositionSelector"`} {
		if !strings.Contains(exported, want) {
			t.Errorf("the export lacks %s", want)
		}
	}

	// A new profile: delete the sample to empty the library, then import.
	ctx2 := newPage(t)
	open(t, ctx2, rootSite.URL+"/")
	await(t, ctx2, "the sample in the library", `pmDocs().length === 1`)
	aeval[bool](t, ctx2, `pmDocs()[0].querySelector("button[aria-label^='Delete']").click(), true`)
	await(t, ctx2, "an empty library", `pmDocs().length === 0`)
	// An invalid file changes nothing and says why.
	importFile(t, ctx2, "broken.jsonld", `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage", "items": [{"type": "Annotation"}]}`)
	await(t, ctx2, "the rejection", `document.body.innerText.includes("broken.jsonld: not imported, nothing changed")`)
	if n := aeval[int](t, ctx2, `pmDocs().length`); n != 0 {
		t.Fatalf("an invalid import added %d documents", n)
	}
	importFile(t, ctx2, "acme.jsonld", exported)
	await(t, ctx2, "the imported document", `pmDocs().length === 1 && pmDocs()[0].textContent.includes("2 annotations")`)
	aeval[bool](t, ctx2, `pmDocs()[0].querySelector("button.doc-open").click(), true`)
	waitTitle(t, ctx2, "Acme Robotics Opens New Plant in Lyon")
	await(t, ctx2, "the imported highlights", `pmMarked("Jane Doe") && pmMarked("€120 million")`)
	if !strings.Contains(regionText(t, ctx2, "Annotations"), "capex 🚀 naïve") {
		t.Error("the imported comment is missing")
	}
}

// importFile gives the library's import input a file, as choosing it would.
func importFile(t testing.TB, ctx context.Context, name, content string) {
	t.Helper()
	aeval[bool](t, ctx, `(() => {
		const input = Array.from(document.querySelectorAll('input[type=file]')).find((el) => pmName(el) === "Import annotations");
		const dt = new DataTransfer(); dt.items.add(new File([`+jsString(content)+`], `+jsString(name)+`));
		input.files = dt.files; input.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`)
}

// TestAnnotateFigures measures, in the page, adding one annotation and
// re-anchoring all on a 5,000-word release with 2,000 annotations.
func TestAnnotateFigures(t *testing.T) {
	f := annotateFigures(t, newPage(t), 5, 3)
	msg := fmt.Sprintf("annotate figures (5,000 words, 2,000 annotations; medians): add one %.1f ms in Go %v, %.1f ms from key press to highlight drawn %v; re-anchor all after an edit %.1f ms %v",
		median(f.addGo), f.addGo, median(f.addPage), f.addPage, median(f.reanchor), f.reanchor)
	t.Log(msg)
	fmt.Fprintln(os.Stderr, msg)
}

// annoFigures are the times, in milliseconds, of each add and re-anchor.
type annoFigures struct {
	addGo, addPage, reanchor []float64
}

// openFigureRelease opens, in ctx, a 5,000-word release holding 2,000
// annotations, imported as Pressmark JSON as a user would.
func openFigureRelease(t *testing.T, ctx context.Context) {
	t.Helper()
	src := figureRelease(5000)
	rel, err := parser.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	ix := annotate.NewIndex(rel.Text)
	rng := rand.New(rand.NewSource(1))
	d := annotate.NewDocument(src, "", nil, rel, time.Now())
	for len(d.Annotations) < 2000 {
		s := rng.Intn(ix.Len() - 60)
		a, err := annotate.NewAnnotation(ix, s, s+5+rng.Intn(40), "claim", "", time.Now())
		if err == nil {
			d.Annotations = append(d.Annotations, a)
		}
	}
	data, err := annotate.ExportPressmark([]*annotate.Document{d}, annotate.DefaultLabels(), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	open(t, ctx, rootSite.URL+"/")
	await(t, ctx, "the library", `pmDocs().length === 1`)
	importFile(t, ctx, "figures.json", string(data))
	await(t, ctx, "the imported document", `pmDocs().length === 2`)
	aeval[bool](t, ctx, `pmDocs().find((d) => d.textContent.includes("2000 annotations")).querySelector("button.doc-open").click(), true`)
	waitFor(t, ctx, "2,000 highlights", "(() => {"+annoHelpers+"\nreturn pmMarkIDs() >= 1990;})()", 90*time.Second)
}

// annotateFigures opens the figure release, adds adds annotations and
// re-anchors all reanchors times.
func annotateFigures(t *testing.T, ctx context.Context, adds, reanchors int) annoFigures {
	openFigureRelease(t, ctx)
	var f annoFigures
	// Add one at a time: from the key press to the highlight drawn, and
	// the Go side (performance.now() around the add, in the app).
	for i := 0; i < adds; i++ {
		aeval[bool](t, ctx, fmt.Sprintf(`pmSelectBlock(%d, 12)`, 3+7*i))
		await(t, ctx, "the toolbar", `document.querySelector('#anno-toolbar:not([hidden])')`)
		// Timed from the keydown event's own time stamp, so the time the
		// key takes to travel from the test to the page does not count, to
		// the start of the mutation observer's callback, which runs as soon
		// as the task that changed the article ends: the count of the
		// article's marks that follows (a few ms over 2,000 marks) is the
		// test's own work, not the app's.
		aeval[bool](t, ctx, `(() => { window.pmAdd = undefined; window.pmT0 = undefined; const n = pmMarkIDs();
			document.addEventListener("keydown", (e) => { window.pmT0 = e.timeStamp; }, {capture: true, once: true});
			new MutationObserver((_, o) => { const t = performance.now(); if (pmMarkIDs() > n) { window.pmAdd = t - window.pmT0; o.disconnect(); } })
				.observe(document.querySelector("article"), {subtree: true, childList: true}); return true; })()`)
		key(t, ctx, "3")
		await(t, ctx, "the new highlight", `window.pmAdd !== undefined`)
		f.addPage = append(f.addPage, aeval[float64](t, ctx, `window.pmAdd`))
		f.addGo = append(f.addGo, aeval[float64](t, ctx, `parseFloat(document.querySelector(".workbench").dataset.addMs)`))
	}

	// Re-anchor all: an edit near the top moves every annotation after it.
	for i := 0; i < reanchors; i++ {
		before := aeval[string](t, ctx, `document.querySelector(".workbench").dataset.reanchors`)
		srcNow := aeval[string](t, ctx, `pmEditor().value`)
		setValue(t, ctx, strings.Replace(srcNow, "Figure words", fmt.Sprintf("Figure words, edit %d,", i), 1))
		waitFor(t, ctx, "the re-anchoring", `document.querySelector(".workbench").dataset.reanchors !== `+jsString(before), 60*time.Second)
		f.reanchor = append(f.reanchor, aeval[float64](t, ctx, `parseFloat(document.querySelector(".workbench").dataset.reanchorMs)`))
	}
	return f
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

// figureRelease is a release of n words: a title, then paragraphs.
func figureRelease(n int) string {
	vocab := strings.Fields("the company announced today a new plant in Lyon that will employ people by end of year revenue grew percent million euros chief executive said we are proud to partner with customers across Europe growth outlook guidance quarter results board approved plan dividend shares investors market demand robots warehouse energy renewable power")
	rng := rand.New(rand.NewSource(7))
	var b strings.Builder
	b.WriteString("Figure Release For Measuring Annotation Speed\n\nFigure words open the first paragraph")
	for i := 0; i < n; i++ {
		if i%80 == 79 {
			b.WriteString(".\n\nAnd")
		}
		b.WriteString(" ")
		b.WriteString(vocab[rng.Intn(len(vocab))])
	}
	b.WriteString(".\n")
	return b.String()
}

// TestAnnotateStorageFailuresShow makes the browser's storage refuse to
// open (as some private windows do) and then refuse writes (a full quota):
// each time the page says the work is not saved, and annotating and
// exporting still work.
func TestAnnotateStorageFailuresShow(t *testing.T) {
	for _, c := range []struct{ name, script, want string }{
		{"private window", `IDBFactory.prototype.open = function () { throw new DOMException("The operation is insecure.", "SecurityError"); };`,
			"cannot be saved in this browser"},
		{"full quota", `IDBObjectStore.prototype.put = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };`,
			"could not be saved"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := newPage(t)
			if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: c.script}); err != nil {
				t.Fatal(err)
			}
			open(t, ctx, rootSite.URL+"/")
			paste(t, ctx, "", annoRelease)
			waitTitle(t, ctx, "Acme Robotics Opens New Plant in Lyon")
			await(t, ctx, "the storage error", `document.querySelector(".workbench .notice.error") && document.querySelector(".workbench .notice.error").textContent.includes(`+jsString(c.want)+`)`)
			selectAndKey(t, ctx, "Jane Doe", "6")
			await(t, ctx, "the highlight, kept in memory", `pmMarked("Jane Doe")`)
			aeval[bool](t, ctx, captureDownloads)
			aeval[bool](t, ctx, `pmButton("Export this document as Pressmark JSON").click(), true`)
			await(t, ctx, "the export", `window.pmLastBlob`)
			if got := aeval[string](t, ctx, `window.pmLastBlob.text()`); !strings.Contains(got, `"exact": "Jane Doe"`) {
				t.Errorf("the export lacks the annotation:\n%.300s", got)
			}
		})
	}
}

// TestAnnotateByKeyboardOnly selects text with Shift+arrows in the focused
// cleaned view and labels it with a number key.
func TestAnnotateByKeyboardOnly(t *testing.T) {
	ctx := newPage(t)
	openAcme(t, ctx)
	aeval[bool](t, ctx, `getSelection().removeAllRanges(), pmArticle().focus(), document.activeElement === pmArticle()`)
	for i := 0; i < 4; i++ {
		key(t, ctx, kb.ArrowRight, chromedp.ModifierShift)
	}
	await(t, ctx, "a keyboard selection", `String(getSelection()) === "Acme" && document.querySelector('#anno-toolbar:not([hidden])')`)
	// Ctrl+Shift+Right takes the next word too.
	key(t, ctx, kb.ArrowRight, chromedp.ModifierShift, chromedp.ModifierCtrl)
	await(t, ctx, "a word more", `String(getSelection()) === "Acme Robotics"`)
	key(t, ctx, "7")
	await(t, ctx, "the Organisation highlight", `pmMarked("Acme Robotics") && pmMarks()[0].dataset.label === "organisation"`)
}
