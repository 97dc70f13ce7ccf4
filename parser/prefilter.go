package parser

import (
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A startFilter rules out, without running it, most texts that an anchored
// regular expression cannot match: it knows the runes a match can begin
// with, position by position, for the first few runes. Running a regular
// expression costs far more than looking at a few runes (Go's backtracker
// clears a bitmap as long as the whole text, even when the match fails on
// its first rune), and most cue patterns begin with a handful of words.
//
// The filter is exact in one direction only: may returning false means the
// expression cannot match; true means it must still be run.
//
// The runes at each position are the union over every path, so a pattern
// that opens with white space to skip, `^\s*(?:media|press)`, would accept
// almost anything at the second position (a space then a letter). Texts
// mostly begin with a letter, and then the first rune cannot be that white
// space: the filter keeps a second set of positions, solid, built on that
// assumption, and uses it for every text whose first byte is not one of
// \s's (the regexp package's \s is [\t\n\f\r ]).
//
// The sets are a quick first test; nfa, the exact one, follows the paths
// apart (see prefixNFA) and runs on what the sets let through (mayExact).
type startFilter struct {
	pos   []runeSet // the runes the match can hold at each position; nil when nothing is ruled out
	solid []runeSet // the same for a text whose first rune is not \s white space
	nfa   prefixNFA
}

// startDepth is how many leading runes a startFilter looks at.
const startDepth = 12

// A runeSet is the union of what some rune instructions accept.
type runeSet struct {
	ascii [2]uint64 // bit c set when ASCII rune c is accepted
	wide  wideSet   // the runes beyond ASCII accepted
}

func (rs *runeSet) has(r rune) bool {
	if r < utf8.RuneSelf {
		return rs.ascii[r>>6]&(1<<(r&63)) != 0
	}
	return rs.wide.has(r)
}

// newStartFilter returns the filter of pattern: from filterTables
// (prefilter_tables.go), written at build time by go generate, when it
// holds the pattern, and otherwise built now by buildStartFilter. Building
// one parses and compiles the pattern and follows its program, which for
// the cues and the lazy expressions was half the CPU of a process's first
// parse.
func newStartFilter(pattern string) startFilter {
	if f, ok := tabledStartFilter(pattern); ok {
		return f
	}
	return buildStartFilter(pattern)
}

// buildStartFilter analyses the compiled program of a regular expression. It follows every
// path from the start, taking each empty-width assertion as satisfied, so
// the sets it finds hold every rune a match can have at each position. An
// expression that is not anchored at the start of the text gets a filter
// that rules nothing out; past the point where a match may already be
// complete, nothing is ruled out either.
func buildStartFilter(pattern string) startFilter {
	t, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return startFilter{}
	}
	prog, err := syntax.Compile(t.Simplify())
	if err != nil {
		return startFilter{}
	}
	// The first closure must cross a begin-of-text assertion before any
	// rune or match: otherwise the expression is not anchored.
	c := newCloser(prog)
	front, ok := c.closure([]uint32{uint32(prog.Start)}, true)
	if !ok {
		// Not anchored: no sets, but the automaton tries every place.
		return startFilter{nfa: buildPrefixNFA(c)}
	}
	return startFilter{pos: startPositions(c, front, false), solid: startPositions(c, front, true), nfa: buildPrefixNFA(c)}
}

// startPositions follows the program from front, the instructions that can
// take the first rune, for up to startDepth runes. With solid set, the
// first rune is known not to be \s white space: the instructions that take
// only such white space are dead at the first position.
func startPositions(c *closer, front []uint32, solid bool) []runeSet {
	prog := c.prog
	var pos []runeSet
	ok := true
	for depth := 0; depth < startDepth; depth++ {
		var rs runeSet
		var next []uint32
		for _, pc := range front {
			in := &prog.Inst[pc]
			switch in.Op {
			case syntax.InstMatch:
				return pos // a match may end here: later runes are free
			case syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
				return pos
			case syntax.InstRune, syntax.InstRune1:
				if solid && depth == 0 && onlyPerlSpace(in) {
					continue
				}
				a := asciiOf(in)
				rs.ascii[0] |= a[0]
				rs.ascii[1] |= a[1]
				rs.wide = rs.wide.add(wideOf(in))
				next = append(next, in.Out)
			}
		}
		pos = append(pos, rs)
		if front, ok = c.closure(next, false); !ok {
			return pos
		}
	}
	return pos
}

// onlyPerlSpace reports whether the rune instruction in accepts nothing but
// \s white space: [\t\n\f\r ].
func onlyPerlSpace(in *syntax.Inst) bool {
	if in.Op == syntax.InstRune1 {
		return isPerlSpace1(in.Rune[0])
	}
	if in.Op != syntax.InstRune || len(in.Rune) == 0 {
		return false
	}
	if len(in.Rune) == 1 { // one rune, matched with its case folds: white space has none
		return isPerlSpace1(in.Rune[0])
	}
	if len(in.Rune)%2 != 0 {
		return false
	}
	for i := 0; i < len(in.Rune); i += 2 {
		for r := in.Rune[i]; r <= in.Rune[i+1]; r++ {
			if !isPerlSpace1(r) {
				return false
			}
		}
	}
	return true
}

// isPerlSpace1 is isPerlSpace for a rune.
func isPerlSpace1(r rune) bool { return r < utf8.RuneSelf && isPerlSpace(byte(r)) }

// A closer follows a program's empty-width instructions; it keeps its
// marks between calls, so that building a filter allocates no map per
// instruction.
type closer struct {
	prog  *syntax.Prog
	seen  []uint32 // by pc*2+begun: the call that last reached it
	call  uint32
	stack []closeItem
}

type closeItem struct {
	pc    uint32
	begun bool
}

func newCloser(prog *syntax.Prog) *closer {
	return &closer{prog: prog, seen: make([]uint32, 2*len(prog.Inst))}
}

// closure returns the rune and match instructions reachable from pcs
// through empty-width ones. With anchored set, it reports false if one of
// them is reachable without crossing a begin-of-text assertion.
func (c *closer) closure(pcs []uint32, anchored bool) ([]uint32, bool) {
	c.call++
	c.stack = c.stack[:0]
	for _, pc := range pcs {
		c.stack = append(c.stack, closeItem{pc, !anchored})
	}
	var out []uint32
	for len(c.stack) > 0 {
		it := c.stack[len(c.stack)-1]
		c.stack = c.stack[:len(c.stack)-1]
		key := 2 * it.pc
		if it.begun {
			key++
		}
		if c.seen[key] == c.call {
			continue
		}
		c.seen[key] = c.call
		in := &c.prog.Inst[it.pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			c.stack = append(c.stack, closeItem{in.Out, it.begun}, closeItem{in.Arg, it.begun})
		case syntax.InstCapture, syntax.InstNop:
			c.stack = append(c.stack, closeItem{in.Out, it.begun})
		case syntax.InstEmptyWidth:
			begun := it.begun || syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0
			c.stack = append(c.stack, closeItem{in.Out, begun})
		case syntax.InstFail:
		default: // rune or match instructions
			if !it.begun {
				return nil, false
			}
			out = append(out, it.pc)
		}
	}
	return out, true
}

// positions returns the positions that apply to text: solid when its first
// byte is not \s white space.
func (f *startFilter) positions(text string) []runeSet {
	if text != "" && !isPerlSpace(text[0]) {
		return f.solid
	}
	return f.pos
}

// mayExact reports whether the expression can match text, by the sets of
// runes and then by the automaton: false means it cannot.
func (f *startFilter) mayExact(text string) bool {
	return f.may(text) && f.nfa.may(text)
}

// may reports whether the expression can match text, by the sets of runes
// alone.
func (f *startFilter) may(text string) bool {
	for _, rs := range f.positions(text) {
		if text == "" {
			return false // a match needs more runes: none could end here
		}
		r, n := utf8.DecodeRuneInString(text)
		if !rs.has(r) {
			return false
		}
		text = text[n:]
	}
	return true
}

// cueFilterList holds a startFilter for each entry of cues, in order, built
// on first use (building them at start-up would delay the app's first
// screen); use cueFilter.
var (
	cueFiltersOnce sync.Once
	cueFilterList  []startFilter
)

// cueFilter returns the startFilter of cues[n].
func cueFilter(n int) *startFilter {
	return &cueFilters()[n]
}

// cueFilters returns cueFilterList, built on first use. A loop over the
// cues takes the list once: in Go's wasm port sync.Once.Do is a call, and
// its atomic load another, where natively both are inlined.
func cueFilters() []startFilter {
	cueFiltersOnce.Do(func() {
		list := make([]startFilter, len(cues))
		for i, c := range cues {
			list[i] = newStartFilter(c.re.String())
		}
		cueFilterList = list
	})
	return cueFilterList
}

// subjectVerbs are the literal words one of which ends every match of
// subjectRE; officialTitles are those one of which every match of
// officialRE holds.
var (
	subjectVerbs   = []string{"today", "has announced", "is pleased", "is proud", "announced", "reported", "unveiled", "launched", "introduced", "released"}
	officialTitles = []string{"Attorney", "County Sheriff", "Police Department", "Prosecutor"}
	subjectStart   = sync.OnceValue(func() *startFilter { f := newStartFilter(subjectRE.String()); return &f })
)

// findSubject is subjectRE.FindStringSubmatch(t), made cheap: a match
// begins with a capital and ends with one of subjectVerbs, so the
// expression runs only when both can be, and only over the text up to the
// last verb (and one rune more, for the word boundary after "today").
func findSubject(t string) []string {
	if f := subjectStart(); !f.mayExact(t) {
		return nil
	}
	return findSubjectEnd(t, lastVerbEnd(t))
}

// findSubjectEnd is findSubject(t) for a t subjectStart lets through,
// given end, lastVerbEnd(t): a caller that knows it need not look again.
func findSubjectEnd(t string, end int) []string {
	if end < 0 {
		return nil
	}
	if end < len(t) {
		_, n := utf8.DecodeRuneInString(t[end:])
		end += n
	}
	return subjectRE.get().FindStringSubmatch(t[:end])
}

// subjectVerbLast marks the last bytes of subjectVerbs.
var subjectVerbLast = func() (m [256]bool) {
	for _, v := range subjectVerbs {
		m[v[len(v)-1]] = true
	}
	return m
}()

// subjectVerbTails holds each of subjectVerbs with its last three bytes
// packed, which lastVerbEnd compares before the whole verb: most verbs end
// in "d", as do many words.
var subjectVerbTails = func() (ts []verbTail) {
	for _, v := range subjectVerbs {
		ts = append(ts, verbTail{tail3(v, len(v)), v})
	}
	return ts
}()

type verbTail struct {
	tail uint32
	verb string
}

// tail3 packs the three bytes of s before e.
func tail3(s string, e int) uint32 {
	return uint32(s[e-3]) | uint32(s[e-2])<<8 | uint32(s[e-1])<<16
}

// lastVerbEnd returns where the last of subjectVerbs to end in t ends, or
// -1: one backward pass that stops at the first place where one ends,
// instead of a search from the end for each verb. No verb is shorter than
// three bytes.
func lastVerbEnd(t string) int {
	for e := len(t); e >= 3; e-- {
		if !subjectVerbLast[t[e-1]] {
			continue
		}
		k := tail3(t, e)
		for _, vt := range subjectVerbTails {
			if vt.tail == k && strings.HasSuffix(t[:e], vt.verb) {
				return e
			}
		}
	}
	return -1
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

// digitAfterMonth reports whether the month name ending at j is followed
// as datePatterns[0] requires: an optional full stop, white space, and a
// digit. Without it no month-first date holds that name, and findDates
// need not run the expression.
func digitAfterMonth(text string, j int) bool {
	if j < len(text) && text[j] == '.' {
		j++
	}
	k := j
	for k < len(text) && isPerlSpace(text[k]) {
		k++
	}
	return k > j && k < len(text) && isDigitByte(text[k])
}

// digitBefore reports whether a digit stands in the n bytes before i (or a
// little more, back to the start of a rune), the window findDates gives
// datePatterns[1], whose dates begin with the day before the month.
func digitBefore(text string, i, n int) bool {
	lo := max(i-n, 0)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for k := lo; k < i; k++ {
		if isDigitByte(text[k]) {
			return true
		}
	}
	return false
}

// isPerlSpace reports whether c is in the class \s of Go's regular
// expressions: [\t\n\f\r ].
func isPerlSpace(c byte) bool { return perlSpaceTab[c] }

// weekdayForms are the words datePatterns accept for a weekday, lower-cased:
// each short form, and it with "day" after it, as the patterns take it
// ("tue", "tueday").
var weekdayForms = map[string]bool{
	"mon": true, "tue": true, "tues": true, "wed": true, "wednes": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "satur": true, "sun": true,
	"monday": true, "tueday": true, "tuesday": true, "wedday": true, "wednesday": true, "thuday": true, "thurday": true,
	"thursday": true, "friday": true, "satday": true, "saturday": true, "sunday": true,
}

// maxStartWord bounds the lengths startWordLengths records; longer words
// are looked up.
const maxStartWord = 32

// startWordLengths marks the byte lengths of the month and weekday words
// (all lengths from maxStartWord on are marked): an ASCII word of another
// length is neither, without a map lookup. It returns a pointer, so that a
// call copies no array.
var startWordLengths = sync.OnceValue(func() *[maxStartWord + 1]bool {
	var lens [maxStartWord + 1]bool
	lens[maxStartWord] = true
	for _, m := range []map[string]bool{monthWords, weekdayForms} {
		for w := range m {
			lens[min(len(w), maxStartWord)] = true
		}
	}
	return &lens
})

// dateWordPairs holds, at index c-'a', a bit for each letter d-'a' such
// that some month or weekday word datesAtStart looks up begins with the
// letters c and d. It is written out by go generate (init_gen.go).
var dateWordPairs = dateWordPairsTable

// dateWordMayStart reports whether the ASCII word w may be one of
// monthWords or weekdayForms, in any case, by its first two letters: a
// test that spares most words the two map lookups.
func dateWordMayStart(w string) bool {
	if len(w) < 2 {
		return false
	}
	a, b := w[0]|0x20, w[1]|0x20
	return a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && dateWordPairs[a-'a']&(1<<(b-'a')) != 0
}

// datesAtStart appends findDates(s) to dst when a date can begin s, and
// returns dst as it is otherwise, without running the patterns: every date
// findDates reports begins with a digit, or with a word that names a
// weekday or a month.
func datesAtStart(dst []dateMatch, s string) []dateMatch {
	if s == "" {
		return dst
	}
	if c := s[0]; !isDigitByte(c) && c < utf8.RuneSelf {
		j := 0
		for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
			j++
		}
		if j == len(s) || s[j] < utf8.RuneSelf {
			if w := s[:j]; !dateWordMayStart(w) || !startWordLengths()[min(len(w), maxStartWord)] || !lowerIn(monthWords, w) && !lowerIn(weekdayForms, w) {
				return dst
			}
		}
	}
	return appendDates(dst, s)
}

// replaceMDLinks is mdLinks.ReplaceAllString(s, "$1"), skipping the
// expression when s holds no "](", which every Markdown link has.
func replaceMDLinks(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	return mdLinks.ReplaceAllString(s, "$1")
}

// isSpaceFast is unicode.IsSpace with the ASCII case decided inline, for
// loops that look at every rune of a text.
func isSpaceFast(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiSpaceTab[r]
	}
	return unicode.IsSpace(r)
}

// mayLinkToOriginal reports whether text can match originalLink: every
// match holds "original" or "source press release" ("ource pre" avoids the
// s, whose case folding takes in the long s).
func mayLinkToOriginal(text string) bool {
	return containsFoldASCII(text, "original") || containsFoldASCII(text, "ource pre")
}

// containsFoldASCII reports whether s holds sub, ignoring the case of ASCII
// letters. sub must be lower-case ASCII, with no letter (k, s) that
// Unicode case folding matches to a rune beyond ASCII.
func containsFoldASCII(s, sub string) bool {
	n := len(sub)
	if n > 0 && sub[0] >= 'a' && sub[0] <= 'z' {
		return indexFoldASCII(s, sub)
	}
	for i := 0; i+n <= len(s); i++ {
		if equalFoldASCIIFrom(s[i:i+n], sub, 0) {
			return true
		}
	}
	return false
}

// isASCII reports whether s holds only ASCII bytes, where lower-casing is
// containsFoldASCII's folding.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lowerIn returns m[strings.ToLower(w)], without building the lower-cased
// copy when w is a short ASCII word.
func lowerIn[V any](m map[string]V, w string) V {
	var buf [32]byte
	if lw, ok := asciiLower(w, buf[:]); ok {
		return m[string(lw)]
	}
	return m[strings.ToLower(w)]
}

// indexFoldASCII is containsFoldASCII for a sub that begins with a letter:
// it jumps from one place where that letter stands, in either case, to the
// next with strings.IndexByte instead of trying every byte.
func indexFoldASCII(s, sub string) bool {
	n := len(sub)
	lower, upper := sub[0], sub[0]-('a'-'A')
	lo, up := -2, -2 // the next place of each form at or after i; -1 none, -2 not yet looked for
	for i := 0; i+n <= len(s); {
		if lo != -1 && lo < i {
			if lo = strings.IndexByte(s[i:], lower); lo >= 0 {
				lo += i
			}
		}
		if up != -1 && up < i {
			if up = strings.IndexByte(s[i:], upper); up >= 0 {
				up += i
			}
		}
		p := lo
		switch {
		case lo < 0 && up < 0:
			return false
		case lo < 0 || up >= 0 && up < lo:
			p = up
		}
		if p+n > len(s) {
			return false
		}
		if equalFoldASCIIFrom(s[p:p+n], sub, 1) {
			return true
		}
		i = p + 1
	}
	return false
}

// equalFoldASCIIFrom reports whether w equals the lower-case ASCII sub,
// ignoring the case of ASCII letters, from byte from on (the bytes before it
// are already known to match). len(w) must be len(sub).
func equalFoldASCIIFrom(w, sub string, from int) bool {
	for j := from; j < len(sub); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != sub[j] {
			return false
		}
	}
	return true
}

// containsAnySplit is strings.ContainsAny(s, ascii+strings.Join(others,
// "")), for ascii of ASCII bytes only and others each one rune beyond
// ASCII. strings.ContainsAny reads s rune by rune, looking each up in its
// chars, as soon as one of them is beyond ASCII; here the ASCII bytes are
// looked for many at a time, and each other rune as a string (UTF-8 finds
// a rune's bytes only where the rune stands).
func containsAnySplit(s, ascii string, others ...string) bool {
	if len(ascii) <= 4 {
		// An ASCII byte stands in UTF-8 only for itself: each of a few
		// is looked for many bytes at a time, without building
		// strings.ContainsAny's set on every call.
		for i := 0; i < len(ascii); i++ {
			if strings.IndexByte(s, ascii[i]) >= 0 {
				return true
			}
		}
	} else if strings.ContainsAny(s, ascii) {
		return true
	}
	for _, o := range others {
		if strings.Contains(s, o) {
			return true
		}
	}
	return false
}
