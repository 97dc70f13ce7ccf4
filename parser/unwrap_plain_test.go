package parser

import (
	"strings"
	"testing"
)

// checkSpacedPlain fails t unless spacedPlain(s) is whether s holds a tab
// or two spaces in a row and, when it does not, whether every byte of s is
// printable ASCII.
func checkSpacedPlain(t *testing.T, s string) {
	t.Helper()
	spaced, plain := spacedPlain(s)
	want := true
	for i := 0; i < len(s); i++ {
		want = want && s[i] >= ' ' && s[i] < 0x7f
	}
	wantSpaced := strings.Contains(s, "\t") || strings.Contains(s, "  ")
	if spaced != wantSpaced || !spaced && plain != want {
		t.Fatalf("spacedPlain(%q) = %v, %v; want %v, %v", s, spaced, plain, wantSpaced, want)
	}
}

// TestSpacedPlain checks spacedPlain against strings.Contains and a
// byte-by-byte test on random strings and every line of testdata and /work/shared.
func TestSpacedPlain(t *testing.T) {
	pieces := []string{"a", "Z", " ", "  ", "\t", "\x01", "\x1f", "\x7f", "~", "é", "\u00ad", "\u00a0", "abcdefgh"}
	texts := randomPieces(11, pieces, 20000, 30)
	texts = append(texts, contactFinderTexts(t)...)
	for _, s := range texts {
		checkSpacedPlain(t, s)
	}
}

// FuzzSpacedPlain checks spacedPlain on any text.
func FuzzSpacedPlain(f *testing.F) {
	for _, s := range []string{"", "a  b", "abcdefg\t", "abcdefgh\x7f", "plain text here"} {
		f.Add(s)
	}
	f.Fuzz(checkSpacedPlain)
}

// TestPlainSegmentsNeedNoCollapse checks what build's shortcut rests on:
// in every document of testdata and /work/shared, read as text, a segment
// whose every line is plain, in a document where no line is spaced, has a
// text collapseSpaced would leave as it is, and no whitespace repair.
func TestPlainSegmentsNeedNoCollapse(t *testing.T) {
	n := 0
	for _, f := range contactTestFiles(t) {
		cfg := config{maxSize: DefaultMaxSize, format: FormatText}
		d, err := decode(input{bytes: readDocument(t, f)}, &cfg)
		if err != nil {
			continue
		}
		split(d)
		spaced := false
		for l := range strings.SplitSeq(d.src, "\n") {
			spaced = spaced || spacedText(l)
		}
		if spaced {
			continue
		}
		for _, s := range d.segs {
			plain := len(s.Lines) > 0
			for _, l := range s.Lines {
				sp, pl := spacedPlain(l.Text)
				plain = plain && !sp && pl && strings.TrimSpace(l.Text) != ""
			}
			if !plain {
				continue
			}
			n++
			if needsCollapseSpaced(s.Text, false) || needsCollapseSpaced(s.Text, true) {
				t.Errorf("%s: plain segment %q needs collapsing", f, s.Text)
			}
			for _, r := range s.Repairs {
				if r.Kind == RepairWhitespace {
					t.Errorf("%s: plain segment %q has a whitespace repair", f, s.Text)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no plain segment in any document: the test checks nothing")
	}
}
