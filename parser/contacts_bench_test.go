package parser

import "testing"

// BenchmarkContactsSeed runs findContacts on the seed release as Parse
// does, after classify and metadata.
func BenchmarkContactsSeed(b *testing.B) {
	d := seedDoc(b)
	classify(d)
	extractMetadata(d)
	loopCPU(b, func() {
		d.rel = &Release{Schema: Schema}
		findContacts(d)
	})
}

// loopCPU runs run b.N times, reporting allocations and, besides the wall
// time, the CPU time per run (cpu-ns/op), which varies far less with the
// load of a shared machine.
func loopCPU(b *testing.B, run func()) {
	b.ReportAllocs()
	cpu0, ok0 := processCPU()
	n := 0
	for b.Loop() {
		run()
		n++
	}
	if cpu1, ok1 := processCPU(); ok0 && ok1 && n > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(n), "cpu-ns/op")
	}
}
