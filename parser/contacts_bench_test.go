package parser

import "testing"

// BenchmarkContactsSeed runs findContacts on the seed release as Parse
// does, after classify and metadata.
func BenchmarkContactsSeed(b *testing.B) {
	d := seedDoc(b)
	classify(d)
	extractMetadata(d)
	b.ReportAllocs()
	for b.Loop() {
		d.rel = &Release{Schema: Schema}
		findContacts(d)
	}
}
