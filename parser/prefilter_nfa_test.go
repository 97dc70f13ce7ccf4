package parser

import (
	"testing"
	"unicode/utf8"
)

// mayAtRef is prefixNFA.mayAt as it was before it kept its paths in
// buffers of nfaWidth+1: the reference FuzzPrefixNFAMayAt checks it against.
func (p *prefixNFA) mayAtRef(text string) bool {
	var bufA, bufB [64]uint32
	cur, nxt := append(bufA[:0], p.front...), bufB[:0]
	for range nfaDepth {
		if text == "" {
			return false
		}
		r, size := rune(text[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text)
		}
		text = text[size:]
		nxt = nxt[:0]
		for _, pc := range cur {
			ni := &p.insts[pc]
			if !ni.reads(r) {
				continue
			}
			if ni.open {
				return true
			}
			for _, q := range ni.next {
				if !holds(nxt, q) {
					nxt = append(nxt, q)
				}
			}
		}
		if len(nxt) > nfaWidth {
			return true
		}
		if len(nxt) == 0 {
			return false
		}
		cur, nxt = nxt, cur
	}
	return true
}

// FuzzPrefixNFAMayAt checks mayAt against mayAtRef for the automaton of
// every cue and of a few expressions that keep many paths alive, at every
// place of any text.
func FuzzPrefixNFAMayAt(f *testing.F) {
	for _, s := range []string{"", "Twitter - https://x.com/a", "FOR IMMEDIATE RELEASE", "Media Contacts:", "  ### ", "About Acme Corp.", "İ\u212a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} {
		f.Add(s)
	}
	nfas := []prefixNFA{
		newPrefixNFA(`^\p{Lu}[\p{L} ]{2,80}(?:Office|Agency)$`),
		newPrefixNFA(`^(?:a|aa|aaa|ab|abc|abcd|b|bc|bcd|c|cd|d|e|ef|efg|f|fg|g|h|hi|i|j|k|l|m|n)+z`),
		newPrefixNFA(`^(?:a{1,20}b|a{2,20}c|a{3,20}d)`),
	}
	for n := range cues {
		nfas = append(nfas, cueFilter(n).nfa)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for k := range nfas {
			p := &nfas[k]
			if !p.ok {
				continue
			}
			for i := 0; i <= len(text); i++ {
				if got, want := p.mayAt(text[i:]), p.mayAtRef(text[i:]); got != want {
					t.Fatalf("automaton %d: mayAt(%q) = %v, before %v", k, text[i:], got, want)
				}
			}
		}
	})
}
