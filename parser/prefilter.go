package parser

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A startFilter rules out, without running it, most texts that an anchored
// regular expression cannot match: it knows the runes a match can begin
// with. Running a regular expression costs far more than looking at one rune
// (Go's backtracker clears a bitmap as long as the whole text, even when the
// match fails on its first rune), and most cue patterns begin with a handful
// of words.
//
// The filter is exact in one direction only: may returning false means the
// expression cannot match; true means it must still be run.
type startFilter struct {
	ranges []rune // pairs lo, hi of the runes a match can begin with
	any    bool   // nothing can be ruled out
}

// newStartFilter analyses re. An expression that is not anchored at the
// start of the text, or that can match the empty text, gets a filter that
// rules nothing out.
func newStartFilter(re *regexp.Regexp) startFilter {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return startFilter{any: true}
	}
	t = t.Simplify()
	if !anchoredAtStart(t) {
		return startFilter{any: true}
	}
	var f startFilter
	if nullable, ok := f.first(t); !ok || nullable {
		return startFilter{any: true}
	}
	return f
}

// may reports whether the expression can match text.
func (f *startFilter) may(text string) bool {
	if f.any {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	if text == "" {
		return false
	}
	for i := 0; i+1 < len(f.ranges); i += 2 {
		if r >= f.ranges[i] && r <= f.ranges[i+1] {
			return true
		}
	}
	return false
}

// anchoredAtStart reports whether every match of t begins at the start of
// the text.
func anchoredAtStart(t *syntax.Regexp) bool {
	switch t.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchoredAtStart(t.Sub[0])
	case syntax.OpConcat:
		return len(t.Sub) > 0 && anchoredAtStart(t.Sub[0])
	case syntax.OpAlternate:
		for _, s := range t.Sub {
			if !anchoredAtStart(s) {
				return false
			}
		}
		return len(t.Sub) > 0
	}
	return false
}

// first adds to f the runes a match of t can begin with, and reports
// whether t can match the empty string; ok is false when the set cannot be
// known (any rune may begin a match).
func (f *startFilter) first(t *syntax.Regexp) (nullable, ok bool) {
	switch t.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine,
		syntax.OpEndText, syntax.OpEndLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpNoMatch:
		return false, true
	case syntax.OpLiteral:
		if len(t.Rune) == 0 {
			return true, true
		}
		r := t.Rune[0]
		f.ranges = append(f.ranges, r, r)
		if t.Flags&syntax.FoldCase != 0 {
			for o := unicode.SimpleFold(r); o != r; o = unicode.SimpleFold(o) {
				f.ranges = append(f.ranges, o, o)
			}
		}
		return false, true
	case syntax.OpCharClass:
		f.ranges = append(f.ranges, t.Rune...)
		return false, true
	case syntax.OpCapture:
		return f.first(t.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		_, ok := f.first(t.Sub[0])
		return true, ok
	case syntax.OpPlus:
		return f.first(t.Sub[0])
	case syntax.OpRepeat:
		n, ok := f.first(t.Sub[0])
		return n || t.Min == 0, ok
	case syntax.OpConcat:
		for _, s := range t.Sub {
			n, ok := f.first(s)
			if !ok {
				return false, false
			}
			if !n {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range t.Sub {
			n, ok := f.first(s)
			if !ok {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false
}

// cueFilters holds a startFilter for each entry of cues, in order.
var cueFilters = func() []startFilter {
	fs := make([]startFilter, len(cues))
	for i, c := range cues {
		fs[i] = newStartFilter(c.re)
	}
	return fs
}()

// subjectVerbs are the literal words one of which ends every match of
// subjectRE; officialTitles are those one of which every match of
// officialRE holds.
var (
	subjectVerbs   = []string{"today", "has announced", "is pleased", "is proud", "announced", "reported", "unveiled", "launched", "introduced", "released"}
	officialTitles = []string{"Attorney", "County Sheriff", "Police Department", "Prosecutor"}
	subjectStart   = newStartFilter(subjectRE)
)

// findSubject is subjectRE.FindStringSubmatch(t), made cheap: a match
// begins with a capital and ends with one of subjectVerbs, so the
// expression runs only when both can be, and only over the text up to the
// last verb (and one rune more, for the word boundary after "today").
func findSubject(t string) []string {
	if !subjectStart.may(t) {
		return nil
	}
	end := -1
	for _, v := range subjectVerbs {
		if i := strings.LastIndex(t, v); i >= 0 && i+len(v) > end {
			end = i + len(v)
		}
	}
	if end < 0 {
		return nil
	}
	if end < len(t) {
		_, n := utf8.DecodeRuneInString(t[end:])
		end += n
	}
	return subjectRE.FindStringSubmatch(t[:end])
}

// findOfficial is officialRE.FindStringSubmatch(t), run only when t holds
// one of the titles every match holds.
func findOfficial(t string) []string {
	for _, w := range officialTitles {
		if strings.Contains(t, w) {
			return officialRE.FindStringSubmatch(t)
		}
	}
	return nil
}
