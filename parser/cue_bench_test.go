package parser

import "testing"

// BenchmarkMatchCueSeed runs matchCueIndex on every segment of the seed
// release, before and after the body, as classify asks it.
func BenchmarkMatchCueSeed(b *testing.B) {
	d := seedDoc(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range d.segs {
			matchCueIndex(d, s, false)
			matchCueIndex(d, s, true)
		}
	}
}
