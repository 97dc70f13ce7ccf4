package parser

import "sync"

// A Markdown parse needs a copy of the source as bytes for goldmark and,
// for the walk over goldmark's tree, a line per source line, their anchors
// and links, and the text of the block being read: all of it dead once the
// lines are grouped into segments, which copy what they keep. mdWalkers
// keeps walkers with those buffers between parses, so that a parse does not
// allocate them again and the garbage collector has less to do.
var mdWalkers = sync.Pool{New: func() any { return new(mdWalker) }}

// mdScratchMax is the largest source whose walker goes back to the pool: a
// walker that read a long document keeps buffers of its size, which are
// not worth holding on to.
const mdScratchMax = 64 << 10

// newMDWalker returns a walker for d, from the pool, holding a copy of the
// source as bytes and empty buffers.
func newMDWalker(d *doc) *mdWalker {
	w := mdWalkers.Get().(*mdWalker)
	w.d = d
	w.buf = append(w.buf[:0], d.src...)
	w.src = w.buf
	w.plain.src = w.src
	return w
}

// release empties w, dropping every reference into the document it read,
// and returns it to the pool.
func (w *mdWalker) release() {
	if len(w.src) > mdScratchMax {
		return
	}
	clear(w.lines)
	clear(w.links)
	clear(w.text.links)
	clear(w.text.alt)
	clear(w.plain.hidden)
	clear(w.imageOnly)
	*w = mdWalker{
		buf:       w.buf[:0],
		lines:     w.lines[:0],
		anchors:   w.anchors[:0],
		links:     w.links[:0],
		text:      inlineText{buf: w.text.buf[:0], links: w.text.links[:0], anchors: w.text.anchors[:0], alt: w.text.alt[:0]},
		plain:     mdPlain{hidden: w.plain.hidden[:0]},
		flat:      mdFlat{paras: w.flat.paras[:0], lines: w.flat.lines[:0], segs: w.flat.segs},
		gm:        w.gm[:0],
		arena:     w.arena[:0],
		texts:     w.texts[:0],
		imageOnly: w.imageOnly,
	}
	mdWalkers.Put(w)
}
