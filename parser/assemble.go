package parser

import "strings"

// assemble builds the Release's blocks, removed stretches, links and
// cleaned text from the classified segments.
//
// Text is the title and each body block joined by blank lines. Block and
// link offsets count code points into Text; Source spans count bytes into
// the input given to Parse (before any UTF-8 repair).
func assemble(d *doc) {
	r := d.rel
	// Count first, to allocate each list, and the text, once: the text is
	// sized from what it keeps, not from the input (a saved web page is
	// mostly markup).
	blocks, removed, links := 0, 0, len(d.links)
	size := len(r.Title)
	for _, s := range d.segs {
		switch {
		case s.Removed != nil:
			removed++
		case s.Text != "":
			blocks++
			size += len(s.Text) + len("\n\n")
		}
		links += len(s.Links)
	}
	var b strings.Builder
	b.Grow(size)
	n := 0 // code points written
	write := func(s string) {
		b.WriteString(s)
		n += runeCount(s)
	}
	write(r.Title)
	r.Blocks = make([]Block, 0, blocks)
	r.Removed = make([]Removed, 0, removed)
	r.Links = make([]Link, 0, links)
	for i, s := range d.segs {
		d.tick(i, len(d.segs))
		src := Span{d.origin(s.Source.Start), d.origin(s.Source.End)}
		if s.Removed != nil {
			r.Removed = append(r.Removed, Removed{Kind: s.Removed.Kind, Text: s.Text, Reason: s.Removed.Reason, Source: src})
			for _, l := range s.Links {
				r.Links = append(r.Links, Link{Text: l.Text, URL: l.URL})
			}
			continue
		}
		if s.Text == "" {
			continue
		}
		if b.Len() > 0 {
			write("\n\n")
		}
		start := n
		links := blockLinks(s, start)
		write(s.Text)
		r.Blocks = append(r.Blocks, Block{Kind: s.Kind, Text: s.Text, Start: start, End: n, Source: src,
			Level: s.Level, Links: links, Repairs: s.Repairs})
		r.Links = append(r.Links, links...)
	}
	for _, l := range d.links {
		r.Links = append(r.Links, Link{Text: l.Text, URL: l.URL})
	}
	r.Text = b.String()
}

// blockLinks converts the links of s from byte offsets into s.Text to code
// point offsets into Release.Text, given the block's start there.
func blockLinks(s *segment, start int) []Link {
	if len(s.Links) == 0 {
		return nil
	}
	links := make([]Link, 0, len(s.Links))
	for _, l := range s.Links {
		if l.Start < 0 || l.End > len(s.Text) || l.Start >= l.End {
			continue
		}
		st := start + runeCount(s.Text[:l.Start])
		links = append(links, Link{Text: s.Text[l.Start:l.End], URL: l.URL, Start: st,
			End: st + runeCount(s.Text[l.Start:l.End])})
	}
	return links
}
