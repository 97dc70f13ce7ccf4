package parser

import (
	"regexp/syntax"
	"sync"
)

// The release-label cue's automaton lets through every text that opens
// with one of its words, "News", "Press" or "Media": its `$` is taken as
// met, so a path that has read "news" may end there. Such lines are common
// in a release's tail ("Newsroom: https://…", "Media contact: …") and the
// expression, one of the largest, then ran on each. Its guard looks at
// every rune instead: a match reads each rune of the text through one of
// the expression's rune instructions, save after "embargoed until", where
// `.*` reads any.

// releaseLabelMay reports whether releaseLabelRE may match t: false means
// it cannot.
func releaseLabelMay(t string) bool {
	if containsFoldASCII(t, "embargoed until") {
		// The only way to `.*`; "embargoed until" has neither k nor s,
		// the letters whose case folds go beyond ASCII.
		return true
	}
	alphabet := releaseLabelAlphabet()
	for _, r := range t {
		if !alphabet.has(r) {
			return false
		}
	}
	return true
}

// releaseLabelAlphabet is every rune a rune instruction of releaseLabelRE
// reads, case folds included (those reading any rune left out).
var releaseLabelAlphabet = sync.OnceValue(func() runeSet { return alphabetOf(releaseLabelRE.pattern) })

// alphabetOf returns the runes the rune instructions of pattern's program
// read, but for those that read any rune; a pattern that does not parse
// gets every rune.
func alphabetOf(pattern string) runeSet {
	all := runeSet{ascii: [2]uint64{^uint64(0), ^uint64(0)}, wide: wideSet{}.add(wideRunes{0x80, 0x10ffff})}
	t, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return all
	}
	prog, err := syntax.Compile(t.Simplify())
	if err != nil {
		return all
	}
	var set runeSet
	for i := range prog.Inst {
		in := &prog.Inst[i]
		switch in.Op {
		case syntax.InstRune, syntax.InstRune1:
			a := asciiOf(in)
			set.ascii[0] |= a[0]
			set.ascii[1] |= a[1]
			set.wide = set.wide.add(wideOf(in))
		}
	}
	return set
}
