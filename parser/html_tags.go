package parser

import "golang.org/x/net/html/atom"

// tagClass says how the HTML segmenter treats an element.
type tagClass uint8

const (
	tagInline tagClass = iota // text flows through it: span, b, a, em…
	tagBlock                  // starts and ends a block of text: p, div, li…
	tagVoid                   // has no end tag: img, meta, link…
	tagSkip                   // its content is markup, not words: script, style, svg…
)

// htmlTagClass classifies a tag by its atom.
func htmlTagClass(a atom.Atom) tagClass {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Caption,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Html, atom.Legend,
		atom.Li, atom.Listing, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Tfoot, atom.Th,
		atom.Thead, atom.Tr, atom.Ul, atom.Frameset:
		return tagBlock
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr,
		atom.Frame:
		return tagVoid
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg,
		atom.Math, atom.Head, atom.Title, atom.Object, atom.Canvas, atom.Select, atom.Textarea,
		atom.Button, atom.Audio, atom.Video, atom.Map, atom.Noembed, atom.Noframes, atom.Xmp,
		atom.Plaintext, atom.Datalist, atom.Picture, atom.Applet:
		return tagSkip
	}
	return tagInline
}

// headingLevel returns 1–6 for h1–h6 and 0 otherwise.
func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// closesP reports whether a start tag a implicitly closes an open <p>.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Ul, atom.Li, atom.Dd, atom.Dt,
		atom.Listing, atom.Plaintext, atom.Xmp:
		return true
	}
	return false
}

// rawTagAtom returns the atom of the tag whose raw text is raw ("<DIV class=x>",
// "</p>"), or 0 for a name that is not an atom. Reading the name from the raw
// bytes spares the copy that Tokenizer.TagName makes of every name.
func rawTagAtom(raw []byte) atom.Atom {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	var buf [16]byte
	n := 0
	for ; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>':
			return atom.Lookup(buf[:n])
		default:
			return 0 // "my-element", "o:p": not an HTML element
		}
		if n == len(buf) {
			return 0 // longer than any atom of interest
		}
		buf[n] = c
		n++
	}
	return atom.Lookup(buf[:n])
}
