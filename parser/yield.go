package parser

// WithYield makes Parse call yield between units of work: between passes,
// and every few segments or lines inside the passes that loop over many. done is the fraction of the work finished so far, from 0 to 1; it
// never decreases, and the last call reports 1. It is an estimate, each
// pass counting for its usual share of the time.
//
// The hook lets a caller that has a single thread let other work run while
// a long input is parsed: in Go's WebAssembly port, a yield that blocks
// briefly (time.Sleep) hands control back to the browser, which paints and
// handles input before parsing goes on. yield must not call Parse. The zero
// configuration never calls it.
func WithYield(yield func(done float64)) Option {
	return func(c *config) { c.yield = yield }
}

// tickEvery is how many calls of doc.tick make one call of the yield hook:
// about a millisecond of work in the browser, so that a hook that yields
// after some time overruns it little (a single segment can take tens of
// milliseconds to classify).
const tickEvery = 4

// passShare is each pass's usual share of the parsing time (measured on
// 1 MB of corpus text), in the order of passes. A pass beyond the list
// counts for nothing; progress still reaches 1 at the end.
var passShare = []float64{
	0.26, // split
	0.01, // repair
	0.38, // classify
	0.06, // extractMetadata
	0.02, // assemble
	0.25, // findContacts
	0.02, // findEntities
}

// progress is where Parse stands, for the yield hook.
type progress struct {
	yield func(float64)
	base  float64 // the share of the passes already done
	share float64 // the share of the pass running
	last  float64 // the last fraction reported
	ticks int
}

// beginPass notes that the k-th pass starts, after telling the hook that
// the ones before it are done.
func (d *doc) beginPass(k int) {
	p := &d.prog
	if p.yield == nil {
		return
	}
	p.base += p.share
	p.share = 0
	if k < len(passShare) {
		p.share = passShare[k]
	}
	p.report(p.base)
}

// finish tells the hook that parsing is done.
func (d *doc) finish() {
	if d.prog.yield != nil {
		d.prog.report(1)
	}
}

// tick counts a unit of work of the running pass: the i-th of n, or, with
// n ≤ 0, a unit of unknown place. Every tickEvery calls it yields.
func (d *doc) tick(i, n int) {
	p := &d.prog
	if p.yield == nil {
		return
	}
	p.ticks++
	if p.ticks%tickEvery != 0 {
		return
	}
	f := p.base
	if n > 0 && i > 0 {
		f += p.share * float64(min(i, n)) / float64(n)
	}
	p.report(f)
}

// report calls the hook with f, or with the last fraction if f is lower,
// at most 1.
func (p *progress) report(f float64) {
	p.last = min(max(f, p.last), 1)
	p.yield(p.last)
}
