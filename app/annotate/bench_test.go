package annotate

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

var benchWords = strings.Fields(`the company announced today a new plant in Lyon that will employ people
by end of year revenue grew percent million euros chief executive said we are proud to partner with
customers across Europe Zürich Société Générale naïve café 🚀 growth outlook guidance quarter results
board approved plan dividend shares investors market demand robots warehouse energy renewable power`)

// benchText returns a release-like text of n words in paragraphs of 40–120
// words, the same for the same seed.
func benchText(seed int64, n int) string {
	rng := rand.New(rand.NewSource(seed))
	var b strings.Builder
	left := 0
	for i := 0; i < n; i++ {
		if left == 0 {
			if i > 0 {
				b.WriteString(".\n\n")
			}
			left = 40 + rng.Intn(80)
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(benchWords[rng.Intn(len(benchWords))])
		left--
	}
	b.WriteByte('.')
	return b.String()
}

// benchAnnotations places k annotations of 1–8 words at random word starts.
func benchAnnotations(seed int64, text string, k int) []Annotation {
	rng := rand.New(rand.NewSource(seed))
	ix := NewIndex(text)
	runes := []rune(text)
	var starts []int
	for i, r := range runes {
		if r != ' ' && r != '\n' && (i == 0 || runes[i-1] == ' ' || runes[i-1] == '\n') {
			starts = append(starts, i)
		}
	}
	out := make([]Annotation, 0, k)
	for len(out) < k {
		w := rng.Intn(len(starts) - 8)
		start, end := starts[w], starts[w+1+rng.Intn(8)]-1
		a, err := NewAnnotation(ix, start, end, "claim", "", time.Time{})
		if err == nil {
			out = append(out, a)
		}
	}
	return out
}

// benchEdit applies n random edits: words inserted, deleted and replaced.
func benchEdit(seed int64, text string, n int) string {
	rng := rand.New(rand.NewSource(seed))
	words := strings.Split(text, " ")
	for i := 0; i < n; i++ {
		at := rng.Intn(len(words) - 1)
		switch i % 3 {
		case 0:
			words = append(words[:at], append([]string{"inserted", "words"}, words[at:]...)...)
		case 1:
			words = append(words[:at], words[at+1:]...)
		default:
			words[at] = "replaced"
		}
	}
	return strings.Join(words, " ")
}

// BenchmarkAddAnnotation measures what the app does when the user applies
// a label: build the selectors and apply the change to a document that
// already holds 2,000 annotations on a 5,000-word text, recording it for
// undo.
func BenchmarkAddAnnotation(b *testing.B) {
	text := benchText(1, 5000)
	lib := NewLibrary()
	d := &Document{ID: "d", Title: "bench", Source: text, Text: text, Annotations: benchAnnotations(2, text, 2000)}
	var h History
	if err := h.Do(lib, lib.AddDocument(d, time.Time{})); err != nil {
		b.Fatal(err)
	}
	n := lib.Doc("d").Index().Len()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		start := (i * 7919) % (n - 40)
		c, err := lib.AddAnnotation("d", start, start+30, "claim", "", time.Time{})
		if err != nil {
			b.Fatal(err)
		}
		if err := h.Do(lib, c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReanchorAll(b *testing.B) {
	text := benchText(1, 5000)
	annots := benchAnnotations(2, text, 2000)
	for _, c := range []struct {
		name  string
		edits int
	}{{"unchanged", 0}, {"20edits", 20}, {"200edits", 200}} {
		edited := benchEdit(3, text, c.edits)
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(edited)))
			var rep Report
			for b.Loop() {
				_, rep = Reanchor(edited, annots)
			}
			b.ReportMetric(float64(rep.Orphaned), "orphans")
			b.ReportMetric(float64(rep.Fuzzy), "fuzzy")
		})
	}
}

func TestReanchorBenchmarkEditsKeepMost(t *testing.T) {
	// The benchmark's edits touch few annotations: nearly all must survive,
	// and the ones on untouched text must keep their quotes.
	text := benchText(1, 5000)
	annots := benchAnnotations(2, text, 2000)
	out, rep := Reanchor(benchEdit(3, text, 20), annots)
	if rep.Orphaned > 100 {
		t.Errorf("%+v: too many orphans for 20 small edits", rep)
	}
	same := 0
	for i := range out {
		if out[i].Selector.Exact == annots[i].Selector.Exact {
			same++
		}
	}
	if same < 1900 {
		t.Errorf("only %d of 2000 quotes unchanged", same)
	}
	t.Logf("%+v", rep)
}
