package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkEntitiesSplit times each finder of entitiesIn on its own over
// the seed's cleaned text, to show where the entities pass spends its time
// (cpu-ns/op, the CPU time, varies less with the machine's load).
func BenchmarkEntitiesSplit(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "seed.input.md"))
	if err != nil {
		b.Fatal(err)
	}
	rel, err := Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	text := rel.Text
	toks := wordTokens(text, nil)
	orgs := []string{rel.Publisher, rel.Distributor}
	var buf []wordTok // reused, as entitiesIn reuses its scratch
	steps := []struct {
		name string
		run  func()
	}{
		{"tokens", func() { buf, _ = entityTokens(text, buf[:0]) }},
		{"wordTokens", func() { buf = wordTokens(text, buf[:0]) }},
		{"dates", func() { datesIn(text, toks) }},
		{"gazetteer", func() {
			var buf [64]gazMatch
			appendGazetteer(buf[:0], text, toks)
		}},
		{"emails", func() { findEmails(text) }},
		{"phones", func() { findPhones(text) }},
		{"urls", func() { findURLs(text) }},
		{"amounts", func() { findAmounts(text, nil) }},
		{"orgs", func() { findOrganisations(text, toks, orgs) }},
		{"people", func() { findPeopleNamed(text, toks) }},
		{"all", func() { entitiesIn(text, 2025, orgs...) }},
	}
	for _, st := range steps {
		b.Run(st.name, func(b *testing.B) { loopCPU(b, st.run) })
	}
}
