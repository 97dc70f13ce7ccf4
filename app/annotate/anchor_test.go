package annotate

import (
	"strings"
	"testing"
	"time"
)

const release = `Acme Robotics Opens New Plant in Lyon

LYON, France, March 3, 2025 — Acme Robotics today announced the opening of a new assembly plant in Lyon that will employ 400 people by the end of 2026.

"This plant is a commitment to European manufacturing," said Jane Doe, chief executive of Acme Robotics. "We will double our output in France within three years."

The company expects revenue to grow 10% in 2025, driven by demand for warehouse robots.

The plant cost €120 million and runs entirely on renewable power. Production starts in June.

The company expects profits to grow 12% in 2026, helped by lower energy costs.

For more information, contact press@acme.example or call +33 4 00 00 00 00.`

// annotateAt returns an annotation on the first occurrence of quote after
// the first occurrence of after (which may be empty).
func annotateAt(t *testing.T, text, after, quote string) Annotation {
	t.Helper()
	ix := NewIndex(text)
	from := strings.Index(text, after)
	b := strings.Index(text[from:], quote)
	if from < 0 || b < 0 {
		t.Fatalf("%q not in text", quote)
	}
	start := ix.CodePoint(from + b)
	a, err := NewAnnotation(ix, start, start+len([]rune(quote)), "claim", "", time.Unix(0, 0))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAnchor(t *testing.T) {
	for _, c := range []struct {
		name         string
		after, quote string // the annotation: quote, first found after `after`
		edit         func(string) string
		method       Method
		want         string // the quote found; "" for orphans
		wantAfter    string // the new text it must follow (to tell duplicates apart)
	}{
		{
			name: "unchanged", quote: "employ 400 people",
			edit:   func(s string) string { return s },
			method: MethodPosition, want: "employ 400 people",
		},
		{
			name: "insertion before", quote: "double our output in France",
			edit:   func(s string) string { return strings.Replace(s, "today announced", "today proudly announced", 1) },
			method: MethodQuote, want: "double our output in France",
		},
		{
			name: "deletion before", quote: "renewable power",
			edit: func(s string) string {
				return strings.Replace(s, "driven by demand for warehouse robots", "driven by demand", 1)
			},
			method: MethodQuote, want: "renewable power",
		},
		{
			name: "edit after, inside the suffix", quote: "runs entirely on renewable power",
			edit: func(s string) string {
				return strings.Replace(s, "Production starts in June.", "Production starts in July.", 1)
			},
			method: MethodQuote, want: "runs entirely on renewable power",
		},
		{
			name: "edit right after the quote", quote: "runs entirely on renewable",
			edit:   func(s string) string { return strings.Replace(s, "renewable power", "renewable energy", 1) },
			method: MethodQuote, want: "runs entirely on renewable",
		},
		{
			name: "edit inside the quote", quote: "will employ 400 people by the end of 2026",
			edit:   func(s string) string { return strings.Replace(s, "400 people", "450 people", 1) },
			method: MethodFuzzy, want: "will employ 450 people by the end of 2026",
		},
		{
			name: "edit inside the quote and text inserted before", quote: "This plant is a commitment to European manufacturing",
			edit: func(s string) string {
				s = strings.Replace(s, "Lyon that", "Lyon, its largest site outside the United States, that", 1)
				return strings.Replace(s, "a commitment to European", "a strong commitment to European", 1)
			},
			method: MethodFuzzy, want: "This plant is a strong commitment to European manufacturing",
		},
		{
			name: "duplicate quote: the one in the same context", after: "June.", quote: "The company expects",
			edit: func(s string) string {
				return strings.Replace(s, "Production starts in June.", "Production starts in June, with a second line in 2027.", 1)
			},
			method: MethodQuote, want: "The company expects", wantAfter: "second line in 2027.\n\n",
		},
		{
			name: "duplicate quote moved past its twin", after: "revenue", quote: "grow",
			edit: func(s string) string {
				return strings.Replace(s, "revenue to grow 10%", "revenue, in a stronger market, to grow 10%", 1)
			},
			method: MethodQuote, want: "grow", wantAfter: "in a stronger market, to ",
		},
		{
			name: "whole paragraph moved", quote: "The plant cost €120 million and runs entirely on renewable power.",
			edit: func(s string) string {
				p := "The plant cost €120 million and runs entirely on renewable power. Production starts in June.\n\n"
				s = strings.Replace(s, p, "", 1)
				return strings.Replace(s, "For more information", p+"For more information", 1)
			},
			method: MethodQuote, want: "The plant cost €120 million and runs entirely on renewable power.",
		},
		{
			name: "deleted passage becomes an orphan", quote: "The plant cost €120 million",
			edit: func(s string) string {
				return strings.Replace(s, "The plant cost €120 million and runs entirely on renewable power. Production starts in June.\n\n", "", 1)
			},
			method: MethodOrphan,
		},
		{
			name: "look-alike sentence is not attached", quote: "The company expects revenue to grow 10% in 2025",
			edit: func(s string) string {
				return strings.Replace(s, "The company expects revenue to grow 10% in 2025, driven by demand for warehouse robots.\n\n", "", 1)
			},
			method: MethodOrphan,
		},
		{
			name: "short quote deleted while the word occurs elsewhere", after: "said", quote: "Acme Robotics",
			edit:   func(s string) string { return strings.Replace(s, ", chief executive of Acme Robotics.", ".", 1) },
			method: MethodOrphan,
		},
		{
			name: "emoji and accents before", quote: "Production starts in June",
			edit:   func(s string) string { return strings.Replace(s, "LYON, France", "🇫🇷 LYON, Frånce 🚀", 1) },
			method: MethodQuote, want: "Production starts in June",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := annotateAt(t, release, c.after, c.quote)
			text := c.edit(release)
			if text == release && c.name != "unchanged" {
				t.Fatal("the edit changed nothing")
			}
			sel, method, score := NewAnchorer(text).Anchor(a.Selector, a.Selector.Start)
			if method != c.method {
				t.Fatalf("method = %v (score %.2f, found %q), want %v", method, score, sel.Exact, c.method)
			}
			if c.method == MethodOrphan {
				if sel != a.Selector {
					t.Errorf("orphan's selector changed: %+v", sel)
				}
				return
			}
			ix := NewIndex(text)
			if got := ix.Slice(sel.Start, sel.End); got != c.want || sel.Exact != c.want {
				t.Errorf("found %q (Exact %q), want %q", got, sel.Exact, c.want)
			}
			if c.wantAfter != "" && !strings.HasSuffix(ix.Slice(0, sel.Start), c.wantAfter) {
				t.Errorf("attached to the wrong occurrence: %q before it", sel.Prefix)
			}
			if score < Threshold {
				t.Errorf("accepted with score %.2f below Threshold", score)
			}
		})
	}
}

func TestReanchorKeepsOrphansAndReattaches(t *testing.T) {
	moved := annotateAt(t, release, "", "double our output in France")
	gone := annotateAt(t, release, "", "runs entirely on renewable power")
	gone.Comment = "check the energy claim"
	annots := []Annotation{gone, moved}

	cut := "The plant cost €120 million and runs entirely on renewable power. Production starts in June.\n\n"
	edited := strings.Replace(strings.Replace(release, cut, "", 1), "Acme Robotics today", "Acme Robotics SA today", 1)
	out, rep := Reanchor(edited, annots)
	if len(out) != 2 {
		t.Fatalf("got %d annotations: an orphan was dropped", len(out))
	}
	if rep.Quote != 1 || rep.Orphaned != 1 || rep.Moved() != 1 {
		t.Errorf("report = %+v, want one moved by quote and one orphan", rep)
	}
	if !out[0].Orphan || out[0].Selector != gone.Selector || out[0].Comment != gone.Comment {
		t.Errorf("orphan = %+v, want the original kept and flagged", out[0])
	}
	if out[1].Orphan || NewIndex(edited).Slice(out[1].Selector.Start, out[1].Selector.End) != "double our output in France" {
		t.Errorf("moved annotation = %+v", out[1].Selector)
	}
	if annots[0].Orphan || annots[1].Selector != moved.Selector {
		t.Error("Reanchor modified its input")
	}

	// Putting the passage back re-attaches the orphan.
	back, rep := Reanchor(release, out)
	if rep.Reattached != 1 || back[0].Orphan || back[0].Selector != gone.Selector {
		t.Errorf("after restoring: report %+v, orphan %+v", rep, back[0])
	}
}

func TestReanchorFarAfterLargeInsertion(t *testing.T) {
	// A large insertion before an edited annotation: the fuzzy search
	// expects it where its placed neighbour moved, beyond the window around
	// its old position.
	filler := strings.Repeat("Unrelated background paragraph number one of many. ", 120) // ~6,000 code points
	text := release
	keep := annotateAt(t, text, "", "Jane Doe, chief executive")
	edit := annotateAt(t, text, "", "We will double our output in France within three years.")
	edited := strings.Replace(text, "LYON, France", filler+"\n\nLYON, France", 1)
	edited = strings.Replace(edited, "double our output", "triple our output", 1)
	out, rep := Reanchor(edited, []Annotation{keep, edit})
	if rep.Quote != 1 || rep.Fuzzy != 1 {
		t.Fatalf("report %+v, want one quote and one fuzzy", rep)
	}
	if got := out[1].Selector.Exact; got != "We will triple our output in France within three years." {
		t.Errorf("fuzzy found %q", got)
	}
}

func TestNeighbourShift(t *testing.T) {
	placed := []bool{false, true, false, false, true, false}
	shift := []int{0, 7, 0, 0, -3, 0}
	for k, want := range map[int]int{0: 7, 2: 7, 3: 7, 5: -3} {
		if got := neighbourShift(placed, shift, k); got != want {
			t.Errorf("neighbourShift(%d) = %d, want %d", k, got, want)
		}
	}
	if got := neighbourShift([]bool{false}, []int{0}, 0); got != 0 {
		t.Errorf("no neighbour: %d", got)
	}
}

func TestFuzzyFindsAMovedAndEditedPassageFarAway(t *testing.T) {
	// A paragraph moved past 6,000 code points of new text and edited: the
	// window around its old place misses it; its own stretches, found
	// verbatim, lead the search there.
	para := "The plant cost €120 million and runs entirely on renewable power. Production starts in June."
	a := annotateAt(t, release, "", para)
	filler := strings.Repeat("Unrelated background paragraph number one of many. ", 120)
	edited := strings.Replace(release, para+"\n\n", "", 1) + "\n\n" + filler + "\n\n" + strings.Replace(para, "June", "July", 1)
	sel, method, score := NewAnchorer(edited).Anchor(a.Selector, a.Selector.Start)
	if method != MethodFuzzy || !strings.HasSuffix(sel.Exact, "Production starts in July.") {
		t.Fatalf("method %v score %.2f found %q", method, score, sel.Exact)
	}
}

func TestShortQuoteMovedFarKeepsItsContext(t *testing.T) {
	// A short quote whose paragraph moved past 12 KB of new text, beyond
	// the verbatim window: its context, intact, leads the search there.
	para := "The plant cost €120 million and runs entirely on renewable power. Production starts in June."
	a := annotateAt(t, release, "", "runs entirely")
	filler := strings.Repeat("Unrelated background paragraph number one of many. ", 240)
	edited := strings.Replace(release, para+"\n\n", "", 1) + "\n\n" + filler + "\n\n" + para
	sel, method, _ := NewAnchorer(edited).Anchor(a.Selector, a.Selector.Start)
	ix := NewIndex(edited)
	if method == MethodOrphan || ix.Slice(sel.Start, sel.End) != "runs entirely" || !strings.HasSuffix(ix.Slice(0, sel.Start), "€120 million and ") || sel.Start < 12000 {
		t.Fatalf("method %v, found %q at %d", method, sel.Exact, sel.Start)
	}
}
