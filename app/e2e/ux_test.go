//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// screens are the window sizes the layout is checked at: the three-column
// desktop, the two-column tablet and a phone.
var screens = []struct {
	name          string
	width, height int64
}{
	{"desktop", 1280, 900},
	{"tablet", 1024, 768},
	{"phone", 390, 844},
}

// TestLayoutFits checks at each screen size that nothing makes the page
// scroll sideways, and that at desktop size the page itself does not
// scroll at all (its panes do), even with the wire release pasted.
func TestLayoutFits(t *testing.T) {
	for _, s := range screens {
		t.Run(s.name, func(t *testing.T) {
			ctx := newPage(t)
			do(t, ctx, chromedp.EmulateViewport(s.width, s.height))
			open(t, ctx, rootSite.URL+"/")
			paste(t, ctx, "", wireRelease)
			waitTitle(t, ctx, wireTitle)
			wide := eval[string](t, ctx, `(() => {
				const de = document.documentElement;
				if (de.scrollWidth <= de.clientWidth) return "";
				const out = Array.from(document.querySelectorAll("body *"))
					.filter((el) => el.getBoundingClientRect().right > de.clientWidth + 1)
					.slice(0, 5).map((el) => el.tagName.toLowerCase() + "." + el.className);
				return de.scrollWidth + " > " + de.clientWidth + ": " + out.join(", ");
			})()`)
			if wide != "" {
				t.Errorf("the page scrolls sideways at %dx%d: %s", s.width, s.height, wide)
			}
			if s.width >= 1280 {
				if h := eval[string](t, ctx, `document.documentElement.scrollHeight > innerHeight ? document.documentElement.scrollHeight + " > " + innerHeight : ""`); h != "" {
					t.Errorf("the page itself scrolls at %dx%d (%s); only its panes should", s.width, s.height, h)
				}
			}
		})
	}
}

// TestControlsHaveNames checks that every visible control has an
// accessible name, with the sample release and with an annotation made.
func TestControlsHaveNames(t *testing.T) {
	ctx := newPage(t)
	open(t, ctx, rootSite.URL+"/")
	unnamed := eval[[]string](t, ctx, `(() => {
		const name = (el) => (pmName(el) || (el.matches("input, select, textarea") ? "" : el.textContent) || el.getAttribute("alt") || "").trim();
		return Array.from(document.querySelectorAll("button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex='-1'])"))
			.filter((el) => el.type !== "hidden" && el.checkVisibility({visibilityProperty: true}) && !name(el))
			.map((el) => el.outerHTML.slice(0, 120));
	})()`)
	for _, u := range unnamed {
		t.Errorf("control without an accessible name: %s", u)
	}
}

// TestSourceFolds folds the source pane away: the release gets wider, the
// choice survives a reload, and the header's "Source" link unfolds it and
// puts the focus in the editor.
func TestSourceFolds(t *testing.T) {
	ctx := newPage(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 900))
	open(t, ctx, rootSite.URL+"/")
	before := eval[float64](t, ctx, `pmArticle().getBoundingClientRect().width`)
	toggle := `document.querySelector('button[aria-controls="source-body"]')`
	eval[bool](t, ctx, toggle+`.click(), true`)
	waitFor(t, ctx, "the folded source", toggle+`.getAttribute("aria-expanded") === "false"`, 5*time.Second)
	after := eval[float64](t, ctx, `pmArticle().getBoundingClientRect().width`)
	if after < before+150 {
		t.Errorf("folding the source widened the release from %.0f to %.0f px only", before, after)
	}
	if eval[bool](t, ctx, `pmEditor().checkVisibility()`) {
		t.Error("the folded editor is still shown")
	}

	reload(t, ctx)
	waitFor(t, ctx, "the source still folded after a reload", toggle+`.getAttribute("aria-expanded") === "false"`, 5*time.Second)

	eval[bool](t, ctx, `Array.from(document.querySelectorAll("nav a")).find((a) => a.textContent.trim() === "Source").click(), true`)
	waitFor(t, ctx, "the unfolded, focused editor", `pmEditor().checkVisibility() && document.activeElement === pmEditor()`, 5*time.Second)
}

// TestSectionLinks follows the header's links from the keyboard: each
// brings its part of the page into view with the focus on or in it, so
// that the next Tab continues there.
func TestSectionLinks(t *testing.T) {
	ctx := newPage(t)
	do(t, ctx, chromedp.EmulateViewport(1280, 900))
	open(t, ctx, rootSite.URL+"/")
	for _, name := range []string{"Removed", "Contacts & entities"} {
		link := strings.SplitN(name, " ", 2)[0]
		eval[bool](t, ctx, `Array.from(document.querySelectorAll("nav a")).find((a) => a.textContent.trim() === `+jsString(link)+`).focus(), true`)
		do(t, ctx, chromedp.KeyEvent("\r"))
		where := fmt.Sprintf(`pmRegion(%s).contains(document.activeElement)`, jsString(name))
		waitFor(t, ctx, "the focus in the "+name+" region", where, 5*time.Second)
		inView := eval[bool](t, ctx, `(() => { const r = pmRegion(`+jsString(name)+`).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; })()`)
		if !inView {
			t.Errorf("the %s region is not in view after following its link", name)
		}
	}
}
