package parser

import "testing"

// BenchmarkCountStopwordsSeed counts the stopwords of every block of the
// seed release, as guessLanguage does.
func BenchmarkCountStopwordsSeed(b *testing.B) {
	segs := seedSegments(b)
	b.ReportAllocs()
	for b.Loop() {
		var counts [len(stopLangs)]int
		for _, s := range segs {
			countStopwords(s, &counts)
		}
	}
}
