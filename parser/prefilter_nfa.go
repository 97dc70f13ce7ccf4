package parser

import (
	"regexp/syntax"
	"unicode/utf8"
)

// A prefixNFA runs the first runes of a text through an anchored regular
// expression's program, path by path, without the regexp package: a text
// whose opening no path of the program can read cannot match. It is the
// exact form of a startFilter, whose sets of runes per position mix the
// paths together: after `^\s*(?:x|twitter)\s*[-–:]\s*\S+` a filter lets
// "I am" through (an "x" then a space), the automaton does not.
//
// Like a startFilter it only ever rules out: empty-width assertions are
// taken as satisfied, and a text it has followed for nfaDepth runes, or to
// where a match may end or any rune may follow, is let through.
//
// An expression not anchored at the start may match from any place: its
// automaton is run from every place whose rune can begin a match (anywhere
// set), which rules out a text quickly when few places can, such as the
// digits for `\b(\d{1,2})/(\d{1,2})/(\d{4})\b` in a line of links.
type prefixNFA struct {
	ok       bool      // false when nothing is ruled out
	anywhere bool      // the expression is not anchored: try every place
	front    []uint32  // the states (rune instructions) that can read the first rune
	first    runeSet   // what front reads, together (anywhere only)
	insts    []nfaInst // by state
}

// nfaDepth is how many runes a prefixNFA follows at most.
const nfaDepth = 32

// nfaWidth is how many paths at once a prefixNFA follows: an expression
// such as `^\p{Lu}[\p{L} ]{2,80}(?:Office|Agency)$` keeps dozens alive
// over every letter, and following them costs more than running it.
const nfaWidth = 12

// nfaInst is one rune instruction, with what it leads to.
type nfaInst struct {
	ascii [2]uint64  // bit c set when it reads ASCII rune c
	wide  *wideRunes // the runes beyond ASCII it reads; nil for none
	next  []uint32   // the states that can read the rune after
	open  bool       // after it, a match may end or any rune may follow
}

// newPrefixNFA builds the automaton of pattern; a pattern that does not
// parse gets one that rules nothing out.
func newPrefixNFA(pattern string) prefixNFA {
	t, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return prefixNFA{}
	}
	prog, err := syntax.Compile(t.Simplify())
	if err != nil {
		return prefixNFA{}
	}
	return buildPrefixNFA(newCloser(prog))
}

// buildPrefixNFA builds the automaton of a compiled program. Its states
// are numbered afresh, only those reachable from the start: a counted
// repetition such as {2,80} makes programs of thousands of instructions.
func buildPrefixNFA(c *closer) prefixNFA {
	prog := c.prog
	front, anchored := c.closure([]uint32{uint32(prog.Start)}, true)
	if !anchored {
		front, _ = c.closure([]uint32{uint32(prog.Start)}, false)
	}
	if hasOpen(prog, front) {
		return prefixNFA{}
	}
	// States are numbered breadth first, by the rune at which they are
	// first reached; those nfaDepth runes in are never read from, so
	// nothing follows them.
	ids := make([]int32, len(prog.Inst)) // 1 + the state of each instruction reached, or 0
	var insts []nfaInst
	var nexts [][]uint32 // by state: the instructions that follow
	type queued struct {
		pc    uint32
		depth int
	}
	var todo []queued
	idOf := func(pc uint32, depth int) uint32 {
		if ids[pc] == 0 {
			insts = append(insts, nfaInst{})
			nexts = append(nexts, nil)
			ids[pc] = int32(len(insts))
			todo = append(todo, queued{pc, depth})
		}
		return uint32(ids[pc] - 1)
	}
	p := prefixNFA{ok: true, anywhere: !anchored}
	for _, pc := range front {
		p.front = append(p.front, idOf(pc, 0))
	}
	for len(todo) > 0 {
		q := todo[0]
		todo = todo[1:]
		if q.depth >= nfaDepth {
			continue
		}
		id := ids[q.pc] - 1
		in := &prog.Inst[q.pc]
		ni := nfaInst{wide: wideRef(wideOf(in)), ascii: asciiOf(in)}
		next, _ := c.closure([]uint32{in.Out}, false)
		if hasOpen(prog, next) {
			ni.open = true
			next = nil
		}
		insts[id], nexts[id] = ni, next
		for _, pc := range next {
			idOf(pc, q.depth+1)
		}
	}
	for id, next := range nexts {
		for _, q := range next {
			insts[id].next = append(insts[id].next, uint32(ids[q]-1))
		}
	}
	p.insts = insts
	if p.anywhere {
		for _, id := range p.front {
			in := &p.insts[id]
			p.first.ascii[0] |= in.ascii[0]
			p.first.ascii[1] |= in.ascii[1]
			p.first.wide = p.first.wide.addRef(in.wide)
		}
		// The scan pays only when few places can begin a match: not
		// when none is ASCII, nor when a letter can, which in prose is
		// nearly every place (the hints and guards in front of such
		// expressions do better).
		const letters = 0x07fffffe07fffffe // A-Z and a-z, in ascii[1]
		if p.first.ascii == ([2]uint64{}) || p.first.ascii[1]&letters != 0 {
			return prefixNFA{}
		}
	}
	return p
}

// anchored reports whether the automaton rules texts out by their start
// alone.
func (p *prefixNFA) anchored() bool { return p.ok && !p.anywhere }

// beginsAt reports whether a match may begin with the rune r.
func (p *prefixNFA) beginsAt(r rune) bool {
	return p.first.has(r)
}

// hasOpen reports whether one of pcs is a match, or reads any rune.
func hasOpen(prog *syntax.Prog, pcs []uint32) bool {
	for _, pc := range pcs {
		switch prog.Inst[pc].Op {
		case syntax.InstMatch, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			return true
		}
	}
	return false
}

// reads reports whether the instruction reads r.
func (ni *nfaInst) reads(r rune) bool {
	if r < utf8.RuneSelf {
		return ni.ascii[r>>6]&(1<<(r&63)) != 0
	}
	return ni.wide != nil && ni.wide.has(r)
}

// may reports whether the expression can match text: false means it
// cannot.
func (p *prefixNFA) may(text string) bool {
	if !p.ok {
		return true
	}
	if !p.anywhere {
		return p.mayAt(text)
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if p.beginsAt(r) && p.mayAt(text[i:]) {
			return true
		}
		i += size
	}
	return false
}

// mayAt reports whether a match can begin at the start of text.
//
// The paths followed are kept in two small buffers, taking turns: the
// front is read where it is, and a step stops as soon as it has more than
// nfaWidth paths (the answer is then true whatever follows), so no step
// needs more than nfaWidth+1 places. Buffers of 64 were zeroed on every
// call, which cost more than most texts' few steps.
func (p *prefixNFA) mayAt(text string) bool {
	var bufs [2][nfaWidth + 1]uint32
	cur, turn := p.front, 0
	for range nfaDepth {
		if text == "" {
			return false // every path needs another rune
		}
		r, size := rune(text[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text)
		}
		text = text[size:]
		nxt := bufs[turn][:0]
		for _, pc := range cur {
			ni := &p.insts[pc]
			if !ni.reads(r) {
				continue
			}
			if ni.open {
				return true
			}
			for _, q := range ni.next {
				if holds(nxt, q) {
					continue
				}
				if len(nxt) == nfaWidth {
					return true // too many paths to follow cheaply: the expression decides
				}
				nxt = append(nxt, q)
			}
		}
		if len(nxt) == 0 {
			return false
		}
		cur, turn = nxt, 1-turn
	}
	return true
}

// holds reports whether pcs holds pc.
func holds(pcs []uint32, pc uint32) bool {
	for _, x := range pcs {
		if x == pc {
			return true
		}
	}
	return false
}
