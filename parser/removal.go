package parser

// removalChunk is how many removals newRemoval allocates at once: the
// classify and metadata passes remove a dozen or more segments of a
// typical release, one small allocation each before.
const removalChunk = 16

// newRemoval returns a new removal of kind for reason, taken from d's
// stock. A removal is never shared: each call hands out its own.
func (d *doc) newRemoval(kind RemovedKind, reason string) *removal {
	if len(d.removals) == cap(d.removals) {
		d.removals = make([]removal, 0, removalChunk)
	}
	d.removals = append(d.removals, removal{Kind: kind, Reason: reason})
	return &d.removals[len(d.removals)-1]
}
