package parser

import (
	"cmp"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The gazetteer as it was built at start-up before its tables were
// generated (gazetteer_tables.go): the builders and the matcher over the
// index they build stay here as the reference the tables and
// appendGazetteer are checked against, and the generator reads the index
// from buildGazetteerRef.

// refGazPhrase is one written form of a country or place, as the builders
// made it.
type refGazPhrase struct {
	words   []string // as written in the table
	upper   []string // the same in capitals, for headlines and datelines
	seps    []string // what stands between words: " ", "-", ", "
	dot     bool     // the form ends with a period: "U.S.", "Calif."
	article bool     // the text's "the" before the name belongs to it
	comma   bool     // counts only after a comma: "Dallas, Texas", "SAN JOSE, Calif."
	caps    bool     // an abbreviation in capitals: "UK", "USA", "DRC"
	kind    EntityKind
	value   string
}

// TestGazetteerMatchesReference checks that buildGazetteerRef builds the
// same index as the version that split and mapped every line.
func TestGazetteerMatchesReference(t *testing.T) {
	got, want := buildGazetteerRef(), refBuildGazetteer()
	if len(got) != len(want) {
		t.Fatalf("%d keys, want %d", len(got), len(want))
	}
	for k, ps := range want {
		if !reflect.DeepEqual(got[k], ps) {
			t.Errorf("gazIndex[%q] differs from the reference", k)
		}
	}
}

// buildGazetteerRef is the index from a name's first word, as written or
// in capitals, to the forms that start with it, longest first, as it was
// built at start-up.
func buildGazetteerRef() map[string][]*refGazPhrase {
	idx, _ := gazetteerRef()
	return idx
}

// gazetteerRef returns buildGazetteerRef's index and its forms in the
// order of the tables.
func gazetteerRef() (map[string][]*refGazPhrase, []*refGazPhrase) {
	idx := make(map[string][]*refGazPhrase, 1024)
	var order []*refGazPhrase
	var phrases []refGazPhrase // allocated in blocks, never grown in place
	var strs []string          // the phrases' words, upper and seps, likewise
	add := func(table string, kind EntityKind) {
		for rest := table; rest != ""; {
			line := rest
			if i := strings.IndexByte(rest, '\n'); i >= 0 {
				line, rest = rest[:i], rest[i+1:]
			} else {
				rest = ""
			}
			if line == "" {
				continue
			}
			var formBuf [16]string
			forms := formBuf[:0]
			for f := range strings.SplitSeq(line, "|") {
				forms = append(forms, f)
			}
			value := strings.TrimPrefix(forms[0], ",")
			var articleBuf, seenBuf [16]string
			article := articleBuf[:0] // forms written with "the"
			for _, f := range forms {
				if strings.HasPrefix(f, "the ") || strings.HasPrefix(f, "The ") {
					article = append(article, f[4:])
				}
			}
			seen := seenBuf[:0]
			for _, f := range forms {
				comma := strings.HasPrefix(f, ",")
				if comma {
					f = f[1:]
				}
				if strings.HasPrefix(f, "the ") || strings.HasPrefix(f, "The ") {
					f = f[4:]
				}
				if !comma && slices.Contains(seen, f) {
					continue
				}
				seen = append(seen, f)
				if len(phrases) == cap(phrases) {
					phrases = make([]refGazPhrase, 0, 256)
				}
				phrases = append(phrases, refGazPhrase{kind: kind, value: value, comma: comma, article: slices.Contains(article, f)})
				p := &phrases[len(phrases)-1]
				order = append(order, p)
				strs = p.parseForm(f, strs)
				for _, k := range [2]string{p.words[0], p.upper[0]} {
					if !containsRefPhrase(idx[k], p) {
						idx[k] = append(idx[k], p)
					}
				}
			}
		}
	}
	add(countryTable, EntityCountry)
	add(placeTable, EntityPlace)
	for _, ps := range idx {
		if len(ps) > 1 {
			slices.SortStableFunc(ps, func(a, b *refGazPhrase) int {
				if len(a.words) != len(b.words) {
					return cmp.Compare(len(b.words), len(a.words))
				}
				switch {
				case a.comma && !b.comma:
					return -1
				case b.comma && !a.comma:
					return 1
				}
				return 0
			})
		}
	}
	return idx, order
}

func containsRefPhrase(ps []*refGazPhrase, p *refGazPhrase) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// parseForm splits a written form into words the way wordTokens splits a
// text, slicing the words, their upper-case forms and the separators from
// one block of strs, and returns what is left of strs.
func (p *refGazPhrase) parseForm(f string, strs []string) []string {
	var buf [8]wordTok
	toks := wordTokens(f, buf[:0])
	n := len(toks)
	if len(strs) < 3*n {
		strs = make([]string, max(3*n, 1024))
	}
	p.words, p.upper = strs[:n:n], strs[n:2*n:2*n]
	if n > 1 {
		p.seps = strs[2*n : 3*n-1 : 3*n-1]
	}
	strs = strs[3*n:]
	upperF := ""
	if isASCII(f) {
		upperF = strings.ToUpper(f) // one copy, sliced word by word
	}
	last := 0
	for i, t := range toks {
		if i > 0 {
			p.seps[i-1] = f[last:t.start]
		}
		w := f[t.start:t.end]
		p.words[i] = w
		if upperF != "" {
			p.upper[i] = upperF[t.start:t.end]
		} else {
			p.upper[i] = strings.ToUpper(w)
		}
		last = t.end
	}
	p.dot = strings.HasSuffix(f, ".")
	p.caps = len(p.words) == 1 && p.words[0] == p.upper[0]
	return strs
}

// refBuildGazetteer is buildGazetteerRef as it was before that.
func refBuildGazetteer() map[string][]*refGazPhrase {
	idx := map[string][]*refGazPhrase{}
	add := func(table string, kind EntityKind) {
		for _, line := range strings.Split(table, "\n") {
			if line == "" {
				continue
			}
			forms := strings.Split(line, "|")
			value := strings.TrimPrefix(forms[0], ",")
			article := map[string]bool{} // forms written with "the"
			for _, f := range forms {
				if strings.HasPrefix(f, "the ") || strings.HasPrefix(f, "The ") {
					article[f[4:]] = true
				}
			}
			seen := map[string]bool{}
			for _, f := range forms {
				p := &refGazPhrase{kind: kind, value: value}
				if strings.HasPrefix(f, ",") {
					p.comma, f = true, f[1:]
				}
				if strings.HasPrefix(f, "the ") || strings.HasPrefix(f, "The ") {
					f = f[4:]
				}
				if seen[f] && !p.comma {
					continue
				}
				seen[f] = true
				p.article = article[f]
				p.refParseForm(f)
				for _, k := range []string{p.words[0], p.upper[0]} {
					if !containsRefPhrase(idx[k], p) {
						idx[k] = append(idx[k], p)
					}
				}
			}
		}
	}
	add(countryTable, EntityCountry)
	add(placeTable, EntityPlace)
	for _, ps := range idx {
		sort.SliceStable(ps, func(i, j int) bool {
			if len(ps[i].words) != len(ps[j].words) {
				return len(ps[i].words) > len(ps[j].words)
			}
			return ps[i].comma && !ps[j].comma
		})
	}
	return idx
}

// refParseForm is parseForm as it was.
func (p *refGazPhrase) refParseForm(f string) {
	toks := wordTokens(f, nil)
	last := 0
	for i, t := range toks {
		if i > 0 {
			p.seps = append(p.seps, f[last:t.start])
		}
		w := f[t.start:t.end]
		p.words = append(p.words, w)
		p.upper = append(p.upper, strings.ToUpper(w))
		last = t.end
	}
	p.dot = strings.HasSuffix(f, ".")
	p.caps = len(p.words) == 1 && p.words[0] == p.upper[0]
}

// appendGazetteerRef is appendGazetteer over the index buildGazetteerRef
// builds, as it was.
func appendGazetteerRef(idx map[string][]*refGazPhrase, out []gazMatch, s string, toks []wordTok) []gazMatch {
	for i := 0; i < len(toks); i++ {
		if toks[i].cls&tkUpper == 0 {
			continue // every name starts with a capital
		}
		w := s[toks[i].start:toks[i].end]
		cands := idx[w]
		if len(cands) == 0 {
			if base, ok := trimPossessive(w); ok {
				cands = idx[base]
			}
			if len(cands) == 0 {
				continue
			}
		}
		for _, p := range cands {
			m, n, ok := p.match(s, toks, i)
			if !ok {
				continue
			}
			out = append(out, m)
			i += n - 1
			break
		}
	}
	return out
}

// match is gazPhrase.match as it was.
func (p *refGazPhrase) match(s string, toks []wordTok, i int) (gazMatch, int, bool) {
	n := len(p.words)
	if i+n > len(toks) {
		return gazMatch{}, 0, false
	}
	caps := false
	end := 0
	for k := 0; k < n; k++ {
		t := toks[i+k]
		w := s[t.start:t.end]
		if k > 0 && !sameSep(s[toks[i+k-1].end:t.start], p.seps[k-1]) {
			return gazMatch{}, 0, false
		}
		end = t.end
		switch {
		case w == p.words[k] && (k == 0 || !caps || w == p.upper[k]):
			if k == 0 {
				caps = p.caps
			}
		case w == p.upper[k] && (k == 0 || caps):
			caps = true
		case k == n-1:
			base, ok := trimPossessive(w)
			if !ok || (base != p.words[k] && base != p.upper[k]) {
				return gazMatch{}, 0, false
			}
			end = t.start + len(base)
		default:
			return gazMatch{}, 0, false
		}
	}
	if p.dot {
		if end >= len(s) || s[end] != '.' {
			return gazMatch{}, 0, false
		}
		end++
	}
	start := toks[i].start
	if end < len(s) && (s[end] == '$' || s[end] == '@') || start > 0 && (s[start-1] == '@' || s[start-1] == '.' || s[start-1] == '/') {
		return gazMatch{}, 0, false
	}
	before := i - 1
	if p.article && before >= 0 {
		a := s[toks[before].start:toks[before].end]
		if (a == "the" || a == "The" || a == "THE") && s[toks[before].end:start] == " " {
			start = toks[before].start
			before--
		}
	}
	if p.comma {
		if !afterComma(s, toks[i].start) {
			return gazMatch{}, 0, false
		}
	} else if !p.standsAlone(s, toks, before, i+n, start, end, caps) {
		return gazMatch{}, 0, false
	}
	return gazMatch{start: start, end: end, kind: p.kind, value: p.value}, n, true
}

// standsAlone is gazPhrase.standsAlone as it was.
func (p *refGazPhrase) standsAlone(s string, toks []wordTok, before, after, start, end int, caps bool) bool {
	if before >= 0 && s[toks[before].end:start] == " " {
		w := s[toks[before].start:toks[before].end]
		if p.caps && isAllCaps(w) {
			return false
		}
		if blocksName(w, caps) {
			return false
		}
	}
	if after < len(toks) {
		gap := s[end:toks[after].start]
		if base, ok := trimPossessive(s[toks[after-1].start:toks[after-1].end]); ok && toks[after-1].start+len(base) == end {
			gap = " "
			if after < len(toks) && toks[after-1].end < toks[after].start {
				gap = s[toks[after-1].end:toks[after].start]
			}
		}
		if gap == " " {
			w := s[toks[after].start:toks[after].end]
			if p.caps && isAllCaps(w) {
				return false
			}
			if blocksName(w, caps) && !monthOrDay(w) {
				return false
			}
		}
	}
	return true
}

// gazIndex yields every key of the gazetteer's index, for the tests that
// range over it.
func gazIndex(yield func(string) bool) {
	for i := range gazEntries {
		if !yield(gazEntries[i].keyText()) {
			return
		}
	}
}
