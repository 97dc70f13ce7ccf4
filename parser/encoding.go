package parser

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// This file reads the byte-level encodings a pasted or opened file comes in
// before decode repairs UTF-8: byte-order marks, UTF-16 (Notepad's
// "Unicode"), stray NUL bytes, and input that is not text at all.

// utf8BOM is the UTF-8 byte-order mark some editors put first.
const utf8BOM = "\xef\xbb\xbf"

// utf16Order reports whether src is UTF-16 and in which byte order: by its
// byte-order mark (bom is then 2), or, without one, by NUL bytes standing in
// every other position as they do in UTF-16 text of Latin script.
func utf16Order(src []byte) (isUTF16, bigEndian bool, bom int) {
	if len(src) >= 2 {
		switch {
		case src[0] == 0xff && src[1] == 0xfe:
			return true, false, 2
		case src[0] == 0xfe && src[1] == 0xff:
			return true, true, 2
		}
	}
	head := src[:min(len(src), 4096)]
	if len(head) < 8 || bytes.IndexByte(head, 0) < 0 {
		return false, false, 0 // no NUL: both counts below are zero
	}
	var even, odd int
	for i, c := range head {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	switch {
	case 5*odd >= 2*half && 20*even < half:
		return true, false, 0
	case 5*even >= 2*half && 20*odd < half:
		return true, true, 0
	}
	return false, false, 0
}

// decodeUTF16 returns src, UTF-16 in the given byte order after skip bytes
// of byte-order mark, as UTF-8, with a function mapping offsets in the
// result back to offsets in src. Unpaired surrogates and a trailing odd
// byte become U+FFFD.
func decodeUTF16(src []byte, bigEndian bool, skip int) (string, func(int) int) {
	var b strings.Builder
	b.Grow(len(src))
	m := runMap{}
	unit := func(i int) uint16 {
		if bigEndian {
			return uint16(src[i])<<8 | uint16(src[i+1])
		}
		return uint16(src[i+1])<<8 | uint16(src[i])
	}
	for i := skip; i < len(src); {
		var r rune
		in := 2
		switch {
		case i+1 >= len(src):
			r, in = utf8.RuneError, 1
		default:
			u := unit(i)
			r = rune(u)
			if utf16.IsSurrogate(r) {
				r = utf8.RuneError
				if u < 0xdc00 && i+3 < len(src) {
					if p := utf16.DecodeRune(rune(u), rune(unit(i+2))); p != utf8.RuneError {
						r, in = p, 4
					}
				}
			}
		}
		m.add(b.Len(), i, utf8.RuneLen(r), in)
		b.WriteRune(r)
		i += in
	}
	m.end(b.Len(), len(src))
	return b.String(), m.origin
}

// runMap maps offsets in a decoded string back to the input in runs of
// characters that each took the same number of bytes on both sides, so
// mostly-ASCII text needs only a few entries.
type runMap struct {
	runs []codeRun
}

type codeRun struct {
	out, in       int // offsets where the run starts
	outLen, inLen int // bytes per character on each side
}

func (m *runMap) add(out, in, outLen, inLen int) {
	if n := len(m.runs); n > 0 {
		r := m.runs[n-1]
		if r.outLen == outLen && r.inLen == inLen && (out-r.out)/outLen*inLen == in-r.in {
			return
		}
	}
	m.runs = append(m.runs, codeRun{out, in, outLen, inLen})
}

// end records the end of both strings, so an offset at the very end maps
// to the end of the input.
func (m *runMap) end(out, in int) { m.runs = append(m.runs, codeRun{out, in, 1, 1}) }

func (m *runMap) origin(off int) int {
	k := sort.Search(len(m.runs), func(i int) bool { return m.runs[i].out > off }) - 1
	if k < 0 {
		return off
	}
	r := m.runs[k]
	n := (off - r.out) / r.outLen
	return r.in + n*r.inLen
}

// fewNULs reports whether the NUL bytes in src, counted in n, are strays
// in text (one or two, or at most one in a hundred bytes) rather than a
// sign of binary.
func fewNULs(src []byte, n int) bool { return n > 0 && (n <= 2 || 100*n <= len(src)) }

// replaceNULs returns src with each NUL byte replaced by a space, which
// keeps every offset where it was.
func replaceNULs(src []byte) []byte {
	out := make([]byte, len(src))
	for i, c := range src {
		if c == 0 {
			c = ' '
		}
		out[i] = c
	}
	return out
}

// notText explains why decoded text s is not usable text, or returns "":
// more than one character in ten is a control character or U+FFFD (what is
// left of bytes that were no text), or there is no letter at all.
func notText(s string) string {
	why, _ := scanText(s)
	return why
}

// scanText is notText that also returns how many ASCII control bytes s
// holds, those blankControls replaces, so that a text without any need
// not be scanned again.
func scanText(s string) (why string, controls int) {
	why, controls, _ = scanTextClean(s)
	return why, controls
}

// scanTextClean is scanText that also reports whether s is clean: free of
// NUL bytes and of bytes that are no valid UTF-8. For a clean s, read as it
// stands, decode needs neither bytes.Count's search for NULs nor
// utf8.Valid's pass: this one pass answers all three.
func scanTextClean(s string) (why string, controls int, clean bool) {
	var n, bad, letters int
	clean = true
	for i := 0; i < len(s); {
		// Eight printable ASCII bytes at a time: eight characters, none
		// bad; only the first letter needs looking for.
		if i+8 <= len(s) {
			if x := load64(s[i:]); textASCII8(x) {
				if letters == 0 {
					for _, c := range []byte(s[i : i+8]) {
						if asciiClass[c] == asciiLetter {
							letters++
						}
					}
				}
				i += 8
				n += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, the common case, without decoding.
			i++
			n++
			if asciiClass[c] == asciiBad {
				bad++
				controls++
				if c == 0 {
					clean = false
				}
			} else if asciiClass[c] == asciiLetter {
				letters++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
		switch {
		case r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v':
		case r == utf8.RuneError, r < 0x20, r >= 0x7f && r < 0xa0:
			bad++
			if size == 1 {
				clean = false // no valid UTF-8 (U+FFFD written out takes three bytes)
			}
		case letters == 0 && unicode.IsLetter(r):
			letters++
		}
	}
	switch {
	case bad*10 > n:
		return sprintf("%d%% of its characters are control bytes or unreadable", (100*bad+n/2)/n), controls, clean
	case letters == 0:
		return "it holds no letters", controls, clean
	}
	return "", controls, clean
}

// mostlyHighBytes reports whether more than three bytes in ten of src have
// the high bit set: no 8-bit text of a Western language looks like that,
// random binary does.
func mostlyHighBytes(src []byte) bool {
	hi := 0
	for _, c := range src {
		if c >= 0x80 {
			hi++
		}
	}
	return 10*hi > 3*len(src)
}

// blankControls returns s with each ASCII control character other than
// white space (and NUL, replaced before) turned into a space, which keeps
// every offset where it was, and how many it replaced.
func blankControls(s string) (string, int) {
	n := 0
	for i := 0; i < len(s); i++ {
		for i+8 <= len(s) && noControl8(load64(s[i:])) {
			i += 8
		}
		if i < len(s) && isControlByte(s[i]) {
			n++
		}
	}
	if n == 0 {
		return s, 0
	}
	var b strings.Builder
	b.Grow(len(s))
	from := 0
	for i := 0; i < len(s); i++ {
		if isControlByte(s[i]) {
			b.WriteString(s[from:i])
			b.WriteByte(' ')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
	return b.String(), n
}

func isControlByte(c byte) bool { return asciiClass[c] == asciiBad }

// ASCII byte classes for the scans above, looked up rather than tested.
const (
	asciiOther = iota
	asciiBad
	asciiLetter
)

// asciiClass holds, for each byte, asciiBad when it is a control byte other
// than white space (or DEL), asciiLetter when it is an ASCII letter.
var asciiClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case controlByte(byte(c)):
			t[c] = asciiBad
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			t[c] = asciiLetter
		}
	}
	return t
}()

func controlByte(c byte) bool {
	return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' || c == 0x7f
}

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// plainASCII8 reports whether the eight bytes of x are all ASCII, none
// below 0x20 and none DEL: none is a control byte, white space or part of
// a longer rune.
func plainASCII8(x uint64) bool {
	return x&0x8080808080808080 == 0 && noControl8(x)
}

// textASCII8 reports whether the eight bytes of x are all ASCII and none
// is a control byte scanText counts: white space from tab to carriage
// return may be among them, as a line break is in most eight bytes of
// wrapped text, which plainASCII8 would send to the byte-by-byte loop.
// Each test is exact as a whole for bytes below 0x80, as the first makes
// them (see noControl8).
func textASCII8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	if x&highs != 0 {
		return false
	}
	below9 := (x - 0x09*ones) & ^x & highs // a byte below '\t'
	del := x ^ 0x7f*ones
	isDel := (del - ones) & ^del & highs
	return below9|between8(x, 0x0d, 0x20)|isDel == 0
}

// between8 has the high bit set in some byte, exactly when one of the
// bytes of x, all below 0x80, lies strictly between m and n (m, n at most
// 0x80): the "hasbetween" of Sean Anderson's Bit Twiddling Hacks.
func between8(x uint64, m, n uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (ones*(127+n) - x&(ones*127)) & ^x & (x&(ones*127) + ones*(127-m)) & highs
}

// noControl8 reports whether none of the eight bytes of x is below 0x20
// or DEL. Each test is exact as a whole: a borrow between bytes only
// starts at a byte that is itself below the bound.
func noControl8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below20 := (x - 0x20*ones) & ^x & highs // a byte below 0x20
	del := x ^ 0x7f*ones
	isDel := (del - ones) & ^del & highs // a byte equal to 0x7f
	return below20|isDel == 0
}
