package parser

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// segmentHTML splits HTML input into segments: one per block-level element's
// text, a table of figures as one removed segment, and, on a full web page,
// everything outside the main content as a few removed segments. Metadata
// stated by the markup (<title>, <meta>, JSON-LD, <link rel=canonical>) goes
// to d.meta.
//
// It makes one pass over html.Tokenizer's tokens, keeping its own stack of
// open elements, so that every segment knows the exact bytes it came from.
func segmentHTML(d *doc) {
	w := newHTMLWalker(d.src)
	w.walk()
	w.mergeHeadlines()
	w.resolveLinks()
	var roots []int32
	if w.isPage() {
		roots = w.extractContent()
	}
	w.meta.set("published", w.timeIn(roots), rankTimeElem)
	if d.meta == nil {
		d.meta = make(map[string]string)
	}
	for k, v := range w.meta.values {
		if _, ok := d.meta[k]; !ok && v != "" {
			d.meta[k] = v
		}
	}
	d.links = append(d.links, w.bareLinks(roots)...)
	d.segs = w.segments(d)
}

// maxDepth bounds the stack of open elements, so that every walk up the
// stack stays short whatever the input.
const maxDepth = 256

// hnode is one element of the page, in document order (a pre-order walk), so
// that the descendants of node i are exactly the nodes i+1 … last.
type hnode struct {
	tag    atom.Atom
	parent int32
	last   int32 // index of the last descendant
	start  int   // byte offset of the start tag
	end    int   // byte offset after the end tag, or where the element closed
	flags  nodeFlags
	cue    cue    // what the class, id and role attributes say
	class  uint32 // hash of the class attribute, 0 for none
	text   int32  // visible bytes inside, descendants included
	links  int32  // visible bytes inside links
	commas int32
}

type nodeFlags uint16

const (
	nodeSkip        nodeFlags = 1 << iota // content is not text (script, svg…)
	nodeHidden                            // hidden, display:none: text the page does not show
	nodeCentered                          // align=center or text-align:center
	nodeArticleBody                       // itemprop=articleBody
	nodeLink                              // an <a href>
	nodeBold                              // <b>, <strong>, a large font: emphasis
	nodeHasBlocks                         // has a block-level element inside
	nodeListPara                          // a list paragraph of Word's clipboard HTML (class MsoList…)
)

// hblock is a segment under construction with what the later steps of
// segmentHTML need to know about it.
type hblock struct {
	seg    *segment
	owner  int32 // innermost block element holding the text
	row    int32 // innermost <tr>, or -1
	bold   bool  // every visible character is bold or large
	spaced bool  // an empty paragraph or <br> stands between this block and the one before
	merged bool  // a table or run of removed blocks folded into one
	hidden bool  // text of a hidden element

	removed *removal // set when the block is not body
	group   int32    // removed blocks of the same group (node) fold into one segment; 0 for none
}

// htmlWalker holds the state of segmentHTML's single pass.
type htmlWalker struct {
	src    string
	nodes  []hnode
	stack  []int32 // open elements; stack[0] is the document
	blocks []*hblock
	meta   htmlMeta
	tables []*htmlTable

	// the block being built
	text      htmlText
	cur       *hblock
	lineStart int // offset in text.b where the current line starts
	lineSrc   int // source offset where the current line starts, or -1
	lastEnd   int // source offset after the last token that added to the block
	pendStart int // source offset of the tag that opened the block, or -1
	notBold   bool
	brs       int // <br>s since the last visible text

	// the link being built
	linkHref  string
	linkStart int // offset in text.b, or -1
	inLink    bool
	linkText  bool       // the open link has shown visible text
	bare      []bareLink // links with no visible text: linked images and icons

	pre    int  // open <pre> elements: their line breaks are kept
	bold   int  // open <b>/<strong>/large-font elements
	spacer int  // empty paragraphs and stray <br>s since the last block
	leadIn bool // the last block was a bold lead-in line: the next follows it without a blank line
	skip   int  // open elements whose content is skipped

	hiddenRoot int32 // the outermost open hidden element, or 0

	hasPage  bool // <html>, <head> or <body> seen
	fragment bool // clipboard markers seen
	ldJSON   bool // inside <script type=application/ld+json>
	inTitle  bool
	times    []timeElem // the first <time datetime> elements of the body
}

func newHTMLWalker(src string) *htmlWalker {
	w := &htmlWalker{src: src, pendStart: -1, lineSrc: -1, linkStart: -1}
	// A node per start tag: about half the '<' of a page (on the
	// ScrapingHub pages, 1.03 to 1.27 times the nodes for 9 pages in 10;
	// bytes per node vary from 54 to 4675, as scripts and styles do).
	w.nodes = make([]hnode, 1, 64+strings.Count(src, "<")/2)
	w.nodes[0] = hnode{parent: -1, end: len(src)}
	w.stack = make([]int32, 1, 64)
	w.blocks = make([]*hblock, 0, 16+len(src)/1000)
	w.meta.values = make(map[string]string)
	w.meta.rank = make(map[string]int)
	return w
}

// walk tokenizes the whole input once.
func (w *htmlWalker) walk() {
	z := html.NewTokenizer(strings.NewReader(w.src))
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		n := len(z.Raw())
		start, end := off, off+n
		off = end
		switch tt {
		case html.TextToken:
			if w.pre > 0 && w.skip == 0 && !w.inTitle && !w.ldJSON {
				w.onPreText(string(z.Raw()), start)
			} else {
				w.onText(z.Text(), start, end)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			a := rawTagAtom(z.Raw())
			var attrs tagAttrs
			if w.wantsAttrs(a) {
				attrs.read(z, a)
			}
			w.onStart(a, &attrs, start, end, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			w.onEnd(rawTagAtom(z.Raw()), start, end)
		case html.CommentToken:
			c := strings.TrimSpace(string(z.Text()))
			if strings.EqualFold(c, "StartFragment") || strings.EqualFold(c, "EndFragment") {
				w.fragment = true
			}
		}
	}
	w.flush(off)
	for len(w.stack) > 1 {
		w.pop(off)
	}
	w.meta.checkTitle()
	w.nodes[0].last = int32(len(w.nodes) - 1)
}

// wantsAttrs reports whether the attributes of a start tag a matter. Reading
// them costs the tokenizer a copy of each, so those of images, form fields
// and whatever lies in skipped content are left unread.
func (w *htmlWalker) wantsAttrs(a atom.Atom) bool {
	switch a {
	case atom.Meta, atom.Link, atom.Base, atom.Script, atom.Html, atom.Time:
		return true
	case atom.Img, atom.Input, atom.Source, atom.Br, atom.Wbr, atom.Hr, atom.Col, atom.Area,
		atom.Param, atom.Track, atom.Embed, atom.Option:
		return false
	}
	return w.skip == 0 || a == atom.Body
}

// top returns the innermost open element.
func (w *htmlWalker) top() int32 { return w.stack[len(w.stack)-1] }

// onStart handles a start tag.
func (w *htmlWalker) onStart(a atom.Atom, attrs *tagAttrs, start, end int, selfClosing bool) {
	switch a {
	case atom.Html, atom.Head, atom.Body:
		w.hasPage = true
		if a == atom.Html && attrs.lang != "" {
			w.meta.set("language", attrs.lang, 1)
		}
		if a != atom.Head && w.inHead() {
			w.closeHead(start)
		}
		if a != atom.Head && w.has(a) {
			return // a second <html> or <body> adds nothing
		}
	case atom.Meta:
		w.meta.fromMeta(attrs)
		return
	case atom.Link:
		if attrs.rel == "canonical" && attrs.href != "" {
			w.meta.set("url", attrs.href, 1)
		}
		return
	case atom.Base:
		if attrs.href != "" && w.meta.base == "" {
			w.meta.base = attrs.href
		}
		return
	case atom.Title:
		w.inTitle = w.skipDepthOK()
	case atom.Script:
		w.ldJSON = strings.Contains(attrs.typ, "ld+json")
	case atom.Time:
		if len(w.times) < maxTimes && attrs.datetime != "" && !w.inHead() {
			w.times = append(w.times, timeElem{datetime: attrs.datetime, node: int32(len(w.nodes))})
		}
	}
	if attrs.itemprop == "datepublished" {
		v := attrs.content
		if v == "" {
			v = attrs.datetime
		}
		w.meta.set("published", v, 3)
	}
	if w.inHead() && a != atom.Title && a != atom.Script && a != atom.Style && a != atom.Noscript &&
		a != atom.Template && a != atom.Head {
		w.closeHead(start)
	}

	class := htmlTagClass(a)
	if class == tagVoid || (selfClosing && class != tagSkip && a != atom.A) {
		w.onVoid(a, start, end)
		return
	}
	if selfClosing && class == tagSkip {
		return
	}
	w.implicitClose(a, start)
	if len(w.stack) >= maxDepth {
		// Nesting this deep is not a page but an attack on the parser: the
		// element's text goes on in the block around it.
		return
	}
	if class == tagBlock {
		w.flush(start)
		w.pendStart = start
	} else if w.cur == nil && w.pendStart < 0 && w.skip == 0 {
		w.pendStart = start
	}
	w.push(a, attrs, start, class)
	switch {
	case a == atom.A && attrs.href != "" && w.skip == 0:
		w.inLink, w.linkHref, w.linkStart, w.linkText = true, attrs.href, -1, false
	case a == atom.Table:
		if len(w.tables) > 0 {
			w.tables[len(w.tables)-1].inCell = false // a cell holding a table is not a figure
		}
		w.tables = append(w.tables, &htmlTable{node: w.top(), firstBlock: len(w.blocks)})
	case a == atom.Tr && len(w.tables) > 0:
		w.tables[len(w.tables)-1].rows++
	case (a == atom.Td || a == atom.Th) && len(w.tables) > 0:
		t := w.tables[len(w.tables)-1]
		t.cellLetters, t.cellDigits, t.cellMoney, t.inCell = w.text.letters, w.text.digits, w.text.money, true
	}
}

// onVoid handles an element without content, such as <br> or <img>.
func (w *htmlWalker) onVoid(a atom.Atom, start, end int) {
	if w.skip > 0 {
		return
	}
	switch a {
	case atom.Br:
		w.lineBreak(start, end)
	case atom.Hr:
		w.flush(start)
		w.pendStart = -1
	}
}

// onEnd handles an end tag.
func (w *htmlWalker) onEnd(a atom.Atom, start, end int) {
	switch a {
	case atom.Br: // </br> is read as <br>
		w.onVoid(a, start, end)
		return
	case atom.Html, atom.Body:
		return // closed at the end of input: text after </body> still shows
	}
	i := w.find(a)
	if i < 0 {
		if a == atom.P { // </p> without <p> makes an empty paragraph
			w.flush(start)
		}
		return
	}
	for len(w.stack) > i+1 {
		w.pop(start)
	}
	if htmlTagClass(a) == tagBlock {
		if w.cur != nil {
			w.lastEnd = end
		}
		w.flush(end)
		w.pendStart = -1
	} else if w.cur != nil && w.skip == 0 {
		w.lastEnd = end
	}
	w.pop(end)
}
