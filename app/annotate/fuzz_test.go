package annotate

import (
	"testing"
	"time"
)

func FuzzReanchor(f *testing.F) {
	f.Add(release, "employ 400 people", "Acme Robotics today proudly announced", 3)
	f.Add("é🚀x", "🚀", "x🚀é🚀", 0)
	f.Add("", "a", "", 0)
	f.Fuzz(func(t *testing.T, text, quote, edited string, shift int) {
		ix := NewIndex(text)
		start := clamp(shift, 0, ix.Len())
		end := min(ix.Len(), start+len([]rune(quote)))
		a, err := NewAnnotation(ix, start, end, "claim", "", time.Time{})
		if err != nil {
			return
		}
		out, rep := Reanchor(edited, []Annotation{a})
		if len(out) != 1 || rep.Position+rep.Quote+rep.Fuzzy+rep.Orphaned != 1 {
			t.Fatalf("report %+v for %d annotations", rep, len(out))
		}
		if s := out[0].Selector; !out[0].Orphan && NewIndex(edited).Slice(s.Start, s.End) != s.Exact {
			t.Fatalf("anchored selector %+v does not quote the text", s)
		}
	})
}

func FuzzImport(f *testing.F) {
	lib := NewLibrary()
	w3c, _ := ExportW3C(nil, lib.Labels, time.Time{})
	pm, _ := ExportPressmark(nil, lib.Labels, time.Time{})
	f.Add(w3c)
	f.Add(pm)
	f.Add([]byte(`[{"type":"Annotation","target":{"source":"x","selector":{"type":"TextPositionSelector","start":0,"end":1}}}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		lib := NewLibrary()
		cs, _, err := lib.Import(data, time.Time{})
		if err != nil {
			return
		}
		var h History
		if err := h.Do(lib, cs...); err != nil {
			t.Fatalf("an accepted import does not apply: %v", err)
		}
	})
}
