package parser

import "strings"

// split splits the document into segments, by format.
func split(d *doc) {
	switch d.format {
	default:
		d.segs = segmentText(d.src)
	}
}

// segmentText splits plain text into segments at blank lines.
func segmentText(src string) []*segment {
	var segs []*segment
	var cur *segment
	blank := 0
	off := 0
	for off < len(src) {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		text := strings.TrimRight(src[off:end], "\r")
		if strings.TrimSpace(text) == "" {
			cur = nil
			blank++
		} else {
			if cur == nil {
				cur = &segment{Source: Span{off, end}, BlankBefore: blank}
				segs = append(segs, cur)
				blank = 0
			}
			cur.Lines = append(cur.Lines, line{Text: text, Source: Span{off, end}})
			cur.Source.End = end
		}
		off = end + 1
	}
	for _, s := range segs {
		parts := make([]string, len(s.Lines))
		for i, l := range s.Lines {
			parts[i] = strings.TrimSpace(l.Text)
		}
		s.Text = strings.Join(parts, " ")
	}
	return segs
}
