package parser

import (
	"strings"
	"unicode/utf8"
)

// assemble builds the Release's blocks, removed stretches and cleaned text
// from the classified segments.
func assemble(d *doc) {
	r := d.rel
	var b strings.Builder
	n := 0 // code points written
	write := func(s string) {
		b.WriteString(s)
		n += utf8.RuneCountInString(s)
	}
	write(r.Title)
	r.Blocks = []Block{}
	r.Removed = []Removed{}
	for _, s := range d.segs {
		src := Span{d.origin(s.Source.Start), d.origin(s.Source.End)}
		if s.Removed != nil {
			r.Removed = append(r.Removed, Removed{Kind: s.Removed.Kind, Text: s.Text, Reason: s.Removed.Reason, Source: src})
			continue
		}
		if b.Len() > 0 {
			write("\n\n")
		}
		start := n
		write(s.Text)
		r.Blocks = append(r.Blocks, Block{Kind: s.Kind, Text: s.Text, Start: start, End: n, Source: src, Level: s.Level, Links: s.Links, Repairs: s.Repairs})
	}
	r.Text = b.String()
}
