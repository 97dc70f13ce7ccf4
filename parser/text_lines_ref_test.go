package parser

import (
	"reflect"
	"strings"
	"testing"
)

// textLinesRef is textLines as it was before textLinesInto found line ends
// with IndexByte and appended to a slice kept between parses: a byte at a
// time, into a new slice.
func textLinesRef(src string, base int, tick func(i, n int)) []rawLine {
	lines := make([]rawLine, 0, strings.Count(src, "\n")+1) // a line per "\n", or fewer (a lone "\r" may add some)
	blank := 0
	first := true
	for off := 0; off < len(src); {
		if tick != nil {
			tick(0, 0)
		}
		end := off
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		next := end + 1
		if end+1 < len(src) && src[end] == '\r' && src[end+1] == '\n' {
			next++
		}
		i, j := trimSpan(src, off, end)
		if i == j {
			blank++
		} else {
			l := rawLine{text: src[i:j], src: Span{base + i, base + j}, start: first || blank > 0, blank: blank,
				indent: indentation(src[off:i])}
			if n := listMarker(l.text); n > 0 && (l.start || bulleted(l.text) || itemMayStart(lines[len(lines)-1])) {
				// The item's span keeps its marker; its text does not.
				k, _ := trimSpan(l.text, n, len(l.text))
				l.anchors = []anchor{{0, l.src.Start + k}}
				l.text = l.text[k:]
				l.start, l.kind = true, BlockListItem
			}
			lines = append(lines, l)
			blank, first = 0, false
		}
		off = next
	}
	return lines
}

// FuzzTextLines checks textLinesInto against textLinesRef on any text,
// appending to a slice another text's lines were cut into, as segmentText
// does with the slice it keeps.
func FuzzTextLines(f *testing.F) {
	f.Add("Title\r\n\r\n- one\n- two\rthree\r\r\n  (b) of the Act\n\n\n\tend", "x\ny\nz\n")
	f.Add("\r", "\n\n")
	f.Add("a\n1. b\n2) c.\n(d) e", "")
	f.Fuzz(func(t *testing.T, src, before string) {
		dst := textLinesInto(nil, before, 0, nil)
		got, want := textLinesInto(dst[:0], src, 7, nil), textLinesRef(src, 7, nil)
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("textLinesInto(%q) =\n%+v\nwant\n%+v", src, got, want)
		}
	})
}

// TestTextLinesRef runs textLinesRef over every testdata input and
// compares, so that the reference is known to be exercised.
func TestTextLinesRef(t *testing.T) {
	for _, l := range testdataLines(t) {
		s := l + "\n" + strings.ToUpper(l) + "\r\n\r\n" + l
		if got, want := textLines(s, 0, nil), textLinesRef(s, 0, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("textLines(%q) =\n%+v\nwant\n%+v", s, got, want)
		}
	}
}
