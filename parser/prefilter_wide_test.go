package parser

import (
	"fmt"
	"regexp/syntax"
	"testing"
)

// TestWideOfSameAsMatchRune checks wideOf against syntax.Inst.MatchRune for
// every rune instruction of every cue and lazy expression, on every rune
// from U+0080 to U+2FFF (the Latin, Greek, Cyrillic letters and their case
// folds, the Kelvin sign, curly quotes) and a few beyond.
func TestWideOfSameAsMatchRune(t *testing.T) {
	var patterns []string
	for _, c := range cues {
		patterns = append(patterns, c.re.String())
	}
	for _, l := range lazyRegexps {
		patterns = append(patterns, l.pattern)
	}
	runes := []rune{0xfffd, 0xff21, 0xff41, 0x1f600, 0x10400, 0x10428, 0x10ffff}
	for r := rune(0x80); r < 0x3000; r++ {
		runes = append(runes, r)
	}
	checked, seen := 0, map[string]bool{}
	for _, p := range patterns {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		for i := range prog.Inst {
			in := &prog.Inst[i]
			if in.Op != syntax.InstRune && in.Op != syntax.InstRune1 {
				continue
			}
			key := fmt.Sprint(in.Op, in.Arg, in.Rune)
			if seen[key] {
				continue // the same runes, already checked
			}
			seen[key] = true
			w, ascii := wideOf(in), asciiOf(in)
			for c := rune(0); c < 0x80; c++ {
				if got, want := ascii[c>>6]&(1<<(c&63)) != 0, in.MatchRune(c); got != want {
					t.Fatalf("%q instruction %d (%v): asciiOf says %v for %q, MatchRune %v", p, i, in, got, c, want)
				}
			}
			for _, r := range runes {
				if got, want := w.has(r), in.MatchRune(r); got != want {
					t.Fatalf("%q instruction %d (%v): wideOf says %v for %U, MatchRune %v", p, i, in, got, r, want)
				}
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no rune instruction checked")
	}
}

func TestWideSet(t *testing.T) {
	a := wideRunes{0x41, 0x100, 0x200, 0x2ff, 0x1000, 0x1000}
	b := wideRunes{0x150, 0x160}
	var s wideSet
	s = s.add(a).add(b).add(a[:4]).add(a).add(nil)
	if len(s) != 3 {
		t.Fatalf("set holds %d lists, want 3 (a once, b, a's first two pairs)", len(s))
	}
	for r, want := range map[rune]bool{0x80: true, 0x100: true, 0x101: false, 0x155: true, 0x200: true, 0x2ff: true, 0x300: false, 0x1000: true, 0x1001: false} {
		if got := s.has(r); got != want {
			t.Errorf("has(%U) = %v, want %v", r, got, want)
		}
	}
}
