//go:build e2e

package e2e

import (
	"path/filepath"
	"testing"
	"time"
)

// TestPasteSaveFailureShows makes the browser's local storage refuse the
// document (a full quota): the pasted release is still shown, and the page
// says why the work is not saved.
func TestPasteSaveFailureShows(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	eval[bool](t, ctx, `(Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }, true)`)
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)
	waitFor(t, ctx, "the save error", `document.querySelector(".status").innerText.includes("could not be saved in this browser (The quota has been exceeded)")`, 10*time.Second)
}

// TestPasteDuringWarmUp pastes a release right after the page is ready,
// while the app is still warming the parser up in the browser's idle time
// (app/ui/warm.go): the paste shows at once, the warm-up still comes to its
// end (the mark "pm:warmed"), and what it parsed changed nothing the user
// sees: the pasted release stays, and is what a reload brings back.
func TestPasteDuringWarmUp(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	if eval[bool](t, ctx, `performance.getEntriesByName("pm:warmed").length > 0`) {
		t.Log("the warm-up ended before the paste; the paste still has to show")
	}
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)
	waitFor(t, ctx, "the end of the warm-up", `performance.getEntriesByName("pm:warmed").length > 0`, 60*time.Second)
	if got := articleTitle(t, ctx); got != wireTitle {
		t.Fatalf("after the warm-up the title is %q, want %q", got, wireTitle)
	}
	open(t, ctx, rootSite.URL+"/")
	waitTitle(t, ctx, wireTitle)
}

// TestPasteLongIsPacedAndSaved pastes a release long enough to be parsed
// in slices: "Parsing… n%" shows while it works, the release is drawn to
// its last block, and it is saved, so that a reload brings it back.
func TestPasteLongIsPacedAndSaved(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	const title = "Paced Paste: a long release for measuring Pressmark"
	text := measureRelease("Paced Paste", measureCorpus(t, filepath.Join(root, "testdata")), 300<<10)
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	eval[bool](t, ctx, `(() => { window.pmSawProgress = false;
		new MutationObserver(() => { if (document.querySelector(".status").innerText.includes("Parsing…")) window.pmSawProgress = true; })
			.observe(document.body, {subtree: true, childList: true, characterData: true}); return true; })()`)
	paste(t, ctx, "", text)
	waitTitle(t, ctx, title)
	if !eval[bool](t, ctx, `window.pmSawProgress`) {
		t.Error(`no "Parsing…" progress was shown while a long paste was parsed`)
	}
	waitFor(t, ctx, "the last block drawn", `!document.querySelector("article .more")`, 30*time.Second)
	// Far more blocks than the first window the article draws at once.
	if n := eval[int](t, ctx, `document.querySelectorAll("article .release-body [data-start]").length`); n < 150 {
		t.Errorf("%d blocks drawn, want more than the first window (150)", n)
	}
	waitFor(t, ctx, "the document saved", `(localStorage.getItem("pressmark.current.v1") || "").includes(`+jsString(title)+`)`, 10*time.Second)
	reload(t, ctx)
	waitTitle(t, ctx, title)
}

// TestPasteLongThenReloadAtOnce reloads the page while a long paste is
// still being parsed, before its save, which waits for the view: the page
// saves it as it goes (Root.saveOnHide), and the reload brings it back.
func TestPasteLongThenReloadAtOnce(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	const title = "Hasty Reload: a long release for measuring Pressmark"
	text := measureRelease("Hasty Reload", measureCorpus(t, filepath.Join(root, "testdata")), 600<<10)
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	paste(t, ctx, "", text)
	waitFor(t, ctx, `"Parsing…"`, `document.querySelector(".status").innerText.includes("Parsing…")`, 10*time.Second)
	if eval[bool](t, ctx, `(localStorage.getItem("pressmark.current.v1") || "").includes(`+jsString(title)+`)`) {
		t.Fatal("the long paste was saved before the reload: the test proves nothing")
	}
	reload(t, ctx)
	waitTitle(t, ctx, title)
}

// TestPasteSuggestsAfterTheView pastes a release: the view shows it, with
// its blocks, and the workbench's suggestions of its names and figures
// follow (a frame later), offering what the new release holds.
func TestPasteSuggestsAfterTheView(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)
	if n := eval[int](t, ctx, `document.querySelectorAll("article .release-body [data-start]").length`); n < 2 {
		t.Fatalf("the pasted release shows %d blocks", n)
	}
	waitFor(t, ctx, "the suggestions of the pasted release", `(() => {
		const s = document.querySelector('section.suggestions');
		return !!s && !s.closest('[hidden]') && s.querySelectorAll('li.suggestion').length > 0 &&
			Array.from(s.querySelectorAll('.suggestion-text')).some((e) => document.querySelector('article').innerText.includes(e.textContent));
	})()`, 10*time.Second)
}
