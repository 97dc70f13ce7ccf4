package parser

import "slices"

// Bits of a span's sort key in dropOverlapsKeyed, from the top: start,
// end counted down from spanPosMax, kind, and the span's index.
const (
	spanPosBits   = 21
	spanKindBits  = 4
	spanIndexBits = 64 - 2*spanPosBits - spanKindBits
	spanPosMax    = 1<<spanPosBits - 1
)

// dropOverlapsKeyed is dropOverlaps writing its spans to out, for a text of
// n bytes. Where offsets and kinds fit, it sorts one packed integer per
// span instead of the spans themselves; keys is a buffer for those.
func dropOverlapsKeyed(ss []entSpan, n int, out []entSpan, keys []uint64) ([]entSpan, []uint64) {
	if n >= spanPosMax || len(ss) >= 1<<spanIndexBits {
		return append(out, dropOverlaps(ss)...), keys
	}
	for i, s := range ss {
		k := int(s.kind)
		if k < 0 || k >= 1<<spanKindBits || s.end <= s.start {
			continue
		}
		keys = append(keys, uint64(s.start)<<(64-spanPosBits)|
			uint64(spanPosMax-s.end)<<(spanKindBits+spanIndexBits)|
			uint64(k)<<spanIndexBits|uint64(i))
	}
	slices.Sort(keys)
	var lastEnd [1 << spanKindBits]int
	for _, key := range keys {
		s := ss[key&(1<<spanIndexBits-1)]
		if s.start < lastEnd[s.kind] {
			continue
		}
		lastEnd[s.kind] = s.end
		out = append(out, s)
	}
	return out, keys
}
