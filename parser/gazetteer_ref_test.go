package parser

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestGazetteerMatchesReference checks that buildGazetteer builds the same
// index as the version that split and mapped every line.
func TestGazetteerMatchesReference(t *testing.T) {
	got, want := buildGazetteer(), refBuildGazetteer()
	if len(got) != len(want) {
		t.Fatalf("%d keys, want %d", len(got), len(want))
	}
	for k, ps := range want {
		if !reflect.DeepEqual(got[k], ps) {
			t.Errorf("gazIndex[%q] differs from the reference", k)
		}
	}
}

// refBuildGazetteer is buildGazetteer as it was.
func refBuildGazetteer() map[string][]*gazPhrase {
	idx := map[string][]*gazPhrase{}
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
				p := &gazPhrase{kind: kind, value: value}
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
					if !containsPhrase(idx[k], p) {
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
func (p *gazPhrase) refParseForm(f string) {
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
