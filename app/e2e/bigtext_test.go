//go:build e2e

package e2e

import (
	"path/filepath"
	"testing"
	"time"
)

// bigTextSummary finds the long-text summary that stands in for the
// textarea: a group named "Release text" that says how much was pasted.
const bigTextSummary = `(() => { const g = Array.from(document.querySelectorAll('[role="group"]')).find((el) => pmName(el) === "Release text");
	return g && g.offsetParent ? g.innerText : ""; })()`

// clickButtonJS clicks the visible button with the given text, and says
// whether there was one.
func clickButtonJS(name string) string {
	return `(() => { const b = Array.from(document.querySelectorAll("button")).find((el) => el.offsetParent && pmButtonName(el) === ` + jsString(name) + `);
		if (!b) return false; b.click(); return true; })()`
}

// TestPasteBigTextSummary pastes a release longer than the editor lays out
// (256 KB): the textarea is not shown, a summary labelled "Release text"
// says what was pasted, the release is parsed and saved, a reload comes
// back to the same summary, "Edit source" opens the full text in the
// textarea, and "Clear" empties it.
func TestPasteBigTextSummary(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	const title = "Big Paste: a long release for measuring Pressmark"
	text := measureRelease("Big Paste", measureCorpus(t, filepath.Join(root, "testdata")), 400<<10)
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	paste(t, ctx, "", text)
	waitTitle(t, ctx, title)
	waitFor(t, ctx, "the long-text summary", bigTextSummary+`.includes("MB release pasted")`, 10*time.Second)
	if eval[bool](t, ctx, `!!pmEditor().offsetParent || pmEditor().value !== ""`) {
		t.Error("the textarea is shown, or holds the long text, before the user asked to edit it")
	}
	if !eval[bool](t, ctx, `document.activeElement && pmButtonName(document.activeElement) === "Edit source"`) {
		t.Error(`after a long paste into the focused editor, the focus is not on "Edit source"`)
	}
	waitFor(t, ctx, "the document saved", `(localStorage.getItem("pressmark.current.v1") || "").includes(`+jsString(title)+`)`, 10*time.Second)

	reload(t, ctx)
	waitTitle(t, ctx, title)
	waitFor(t, ctx, "the summary after a reload", bigTextSummary+`.includes("MB release loaded")`, 10*time.Second)

	if !eval[bool](t, ctx, clickButtonJS("Edit source")) {
		t.Fatal(`no "Edit source" button`)
	}
	waitFor(t, ctx, "the textarea shown", `!!pmEditor().offsetParent && pmEditor().value.length > 0`, 10*time.Second)
	// A textarea's value turns line breaks into "\n", as it always did.
	if !eval[bool](t, ctx, `pmEditor().value === `+jsString(text)+`.replace(/\r\n?/g, "\n")`) {
		t.Error(`after "Edit source" the textarea does not hold the pasted text`)
	}
	if !eval[bool](t, ctx, `document.activeElement === pmEditor()`) {
		t.Error(`after "Edit source" the focus is not in the textarea`)
	}
	if eval[string](t, ctx, bigTextSummary) != "" {
		t.Error("the summary still shows while the text is edited")
	}

	// Paste it again, then clear it.
	paste(t, ctx, "", text)
	waitFor(t, ctx, "the summary after a second paste", bigTextSummary+`.includes("MB release pasted")`, 10*time.Second)
	if !eval[bool](t, ctx, clickButtonJS("Clear")) {
		t.Fatal(`no "Clear" button`)
	}
	waitFor(t, ctx, "an empty, shown textarea", `!!pmEditor().offsetParent && pmEditor().value === ""`, 10*time.Second)
	waitFor(t, ctx, "the empty-input notice", `document.querySelector(".status").innerText.includes("Nothing to clean up yet")`, 10*time.Second)
}
