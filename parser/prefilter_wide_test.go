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
			w := wideOf(in)
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

func TestWideRunesUnion(t *testing.T) {
	w := wideRunes{0x100, 0x200}.union(wideRunes{0x150, 0x300, 0x400, 0x400, 0x301, 0x302})
	want := wideRunes{0x100, 0x302, 0x400, 0x400}
	if len(w) != len(want) {
		t.Fatalf("union = %U, want %U", w, want)
	}
	for i := range w {
		if w[i] != want[i] {
			t.Fatalf("union = %U, want %U", w, want)
		}
	}
}
