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
// n bytes (keptSpans, copied).
func dropOverlapsKeyed(ss []entSpan, n int, out []entSpan, keys []uint64) ([]entSpan, []uint64) {
	ss, keys = keptSpans(ss, n, keys)
	for _, i := range keys {
		out = append(out, ss[i])
	}
	return out, keys
}

// keptSpans is dropOverlaps for a text of n bytes without moving the
// spans: it returns ss, or ss sorted, and the indexes into it of the spans
// kept, in order. Where offsets and kinds fit, it sorts one packed integer
// per span instead of the spans themselves, so that spans, which hold a
// string, are neither copied nor cleared twice; keys is a buffer for the
// integers, and the indexes are written over them.
func keptSpans(ss []entSpan, n int, keys []uint64) ([]entSpan, []uint64) {
	if n >= spanPosMax || len(ss) >= 1<<spanIndexBits {
		ss = dropOverlaps(ss)
		for i := range ss {
			keys = append(keys, uint64(i))
		}
		return ss, keys
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
	kept := keys[:0]
	for _, key := range keys {
		i := key & (1<<spanIndexBits - 1)
		s := &ss[i]
		if s.start < lastEnd[s.kind] {
			continue
		}
		lastEnd[s.kind] = s.end
		kept = append(kept, i)
	}
	return ss, kept
}
