package parser

import "testing"

// BenchmarkContactsSplit times each step of the contacts pass on its own
// over the seed as decoded, to show where the pass spends its time.
func BenchmarkContactsSplit(b *testing.B) {
	d := seedDoc(b)
	classify(d)
	s := d.src
	lines := appendContactLines(nil, d)
	steps := []struct {
		name string
		run  func()
	}{
		{"emails", func() { findEmails(s) }},
		{"phones", func() { findPhones(s) }},
		{"urls", func() { findURLs(s) }},
		{"scan", func() { (&contactSet{}).scan(s, nil) }},
		{"people", func() { readPeople(lines, nil) }},
	}
	for _, st := range steps {
		b.Run(st.name, func(b *testing.B) { loopCPU(b, st.run) })
	}
}
