package parser

import (
	"strings"
	"testing"
)

// TestMatchCueIndexSameAsRef checks matchCueIndex, which tries only the
// cues the index leaves and keeps its state in a cueMatcher, against
// refMatchCueIndex, the loop over every cue it replaced (with each hint
// looked for by hintIn and the leading date found by findDates), on every
// segment of testdata and /work/shared (web pages included), before and after the body, as
// split, with a date set before it, and as a heading.
func TestMatchCueIndexSameAsRef(t *testing.T) {
	fails, matched, tried := 0, 0, 0
	check := func(name string, d *doc, s *segment) {
		for _, afterBody := range []bool{false, true} {
			tried++
			n, ok := matchCueIndex(d, s, afterBody)
			rn, rok := refMatchCueIndex(d, s, afterBody)
			if ok {
				matched++
			}
			if n != rn || ok != rok {
				t.Errorf("%s: matchCueIndex(%q, %v) = %d, %v; want %d, %v", name, s.Text, afterBody, n, ok, rn, rok)
				fails++
			}
		}
		if fails > 20 {
			t.FailNow()
		}
	}
	for name, text := range dateTexts(t, true) {
		cfg := config{maxSize: DefaultMaxSize, detect: true}
		d, err := decode(input{bytes: []byte(text)}, &cfg)
		if err != nil {
			continue
		}
		split(d)
		repair(d)
		for _, s := range d.segs {
			check(name, d, s)
			v := *s
			v.Text = "October 15, 2018 " + s.Text
			check(name+" dated", d, &v)
			v.Text = "** " + s.Text + " **"
			v.Kind = BlockHeading
			check(name+" heading", d, &v)
			v.Text = strings.ToUpper(s.Text)
			check(name+" upper", d, &v)
		}
	}
	if matched < 1000 {
		t.Errorf("only %d of %d tries matched a cue: too few to compare on", matched, tried)
	}
	t.Logf("%d of %d tries matched a cue", matched, tried)
}

// refMatchCueIndex is matchCueIndex as it was before it tried only the
// index's candidates.
func refMatchCueIndex(d *doc, s *segment, afterBody bool) (int, bool) {
	text := strings.TrimSpace(replaceMDLinks(s.Text))
	text = strings.TrimSpace(strings.Trim(text, "[]*_"))
	raw := d.raw(s)
	if text == "" {
		text = strings.TrimSpace(raw)
	}
	texts := [2]string{text}
	cands := [2]cueSet{cueCandidates(text)}
	nt := 1
	if ds := findDates(headOf(text, 40)); len(ds) > 0 && ds[0].start == 0 && ds[0].hasYear() {
		texts[1] = strings.TrimLeft(text[ds[0].end:], " ,.-–—|")
		cands[1] = cueCandidates(texts[1])
		nt = 2
	}
	rawText, rawCands := "", cueSet(0)
	if d.format != FormatHTML {
		rawText = strings.TrimSpace(raw)
		rawCands = cueCandidates(rawText) & endMarkerCues()
	}
	if cands[0]|cands[1]|rawCands == 0 && len(cues) <= maxIndexedCues {
		return 0, false
	}
	var counts [2]int
	var counted [2]bool
	hint := func(n int) bool { return cues[n].hint == "" || hintIn(text, cues[n].hint) }
	for n := range cues {
		c := &cues[n]
		if c.afterBody && !afterBody {
			continue
		}
		if n < maxIndexedCues && (cands[0]|cands[1]|rawCands)&(1<<n) == 0 {
			continue
		}
		if c.heading && s.Kind != BlockHeading && !strings.HasSuffix(text, ":") {
			continue
		}
		nfa := &cueFilter(n).nfa
		anchored := nfa.anchored() && c.code == nil
		for k, t := range texts[:nt] {
			if !cands[k].has(n, t) || anchored && !nfa.may(t) {
				continue
			}
			if !hint(n) {
				break
			}
			if c.maxWords > 0 {
				if !counted[k] {
					counts[k], counted[k] = wordsUpTo(t, maxCueWords+1), true
				}
				if counts[k] > c.maxWords {
					continue
				}
			}
			if !anchored && c.code == nil && !nfa.may(t) {
				continue
			}
			if c.code != nil && c.code(t) || c.code == nil && c.re.MatchString(t) {
				return n, true
			}
		}
		if d.format != FormatHTML && c.kind == RemovedEndMarker && rawCands.has(n, rawText) && hint(n) {
			if nfa.may(rawText) && (c.code != nil && c.code(rawText) || c.code == nil && c.re.MatchString(rawText)) {
				return n, true
			}
		}
	}
	return 0, false
}
