//go:build js && wasm

package ui

import (
	"strconv"
	"syscall/js"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// paintInto replaces the children of el with nodes, in one call.
//
// Every call from Go into JavaScript has a cost of its own, and so has
// every string handed over, so the nodes are built with as few as can be:
// the DOM methods are taken once, bound to Function.prototype.call (no
// method name to decode at each call); strings are handed over once and
// kept (word); a number goes over as a number, not a string; a text node
// is a string given to append, which creates it; an element's children
// are appended in one call.
func paintInto(el app.Value, nodes []paintNode) {
	d := domAPI()
	el.Call("replaceChildren", d.buildAll(nodes)...)
}

// domCalls are the DOM methods paintInto calls, and the strings it has
// handed over to JavaScript already.
type domCalls struct {
	doc                   js.Value
	createElement, append js.Value // called as f.Invoke(this, args...)
	setAttribute          js.Value
	words                 map[string]js.Value // see word
	wordBytes             int
}

var dom *domCalls // only the UI goroutine paints

func domAPI() *domCalls {
	if dom != nil {
		return dom
	}
	g := js.Global()
	call := g.Get("Function").Get("prototype").Get("call")
	bound := func(class, method string) js.Value {
		return call.Call("bind", g.Get(class).Get("prototype").Get(method))
	}
	dom = &domCalls{
		doc:           g.Get("document"),
		createElement: bound("Document", "createElement"),
		append:        bound("Element", "append"),
		setAttribute:  bound("Element", "setAttribute"),
		words:         map[string]js.Value{},
	}
	return dom
}

// word is s as a JavaScript string, handed over once: tag and attribute
// names, and the strings a repaint hands over again (a block that gains a
// highlight is painted anew, with the same annotation ids, titles and
// most of the same text). Each string handed over costs a call into
// JavaScript and a finalizer on the Go side. The strings kept are
// forgotten, all at once, past wordBytes bytes; a string longer than
// wordMax is handed over every time.
func (d *domCalls) word(s string) any {
	if v, ok := d.words[s]; ok {
		return v
	}
	if len(s) > wordMax {
		return s
	}
	if d.wordBytes += len(s); d.wordBytes > wordBytes {
		clear(d.words)
		d.wordBytes = len(s)
	}
	v := js.ValueOf(s)
	d.words[s] = v
	return v
}

// The strings domCalls keeps: at most wordBytes bytes, none over wordMax.
const (
	wordBytes = 1 << 20
	wordMax   = 4 << 10
)

// attrValue is the value of an attribute as paintInto hands it over: a
// number as a number, a string through word.
func (d *domCalls) attrValue(v string) any {
	if n, ok := atoi(v); ok && len(v) < 10 && (v[0] != '0' || len(v) == 1) && strconv.Itoa(n) == v {
		return n
	}
	return d.word(v)
}

// buildAll builds nodes: elements as js.Values, text as strings.
func (d *domCalls) buildAll(nodes []paintNode) []any {
	out := make([]any, len(nodes))
	for i, n := range nodes {
		out[i] = d.build(n)
	}
	return out
}

// build creates n's element and its children, or returns n's text.
func (d *domCalls) build(n paintNode) any {
	if n.Tag == "" {
		return d.word(n.Text)
	}
	el := d.createElement.Invoke(d.doc, d.word(n.Tag))
	for _, a := range n.Attrs {
		d.setAttribute.Invoke(el, d.word(a[0]), d.attrValue(a[1]))
	}
	if len(n.Children) > 0 {
		args := make([]any, 0, len(n.Children)+1)
		args = append(args, el)
		for _, c := range n.Children {
			args = append(args, d.build(c))
		}
		d.append.Invoke(args...)
	}
	return el
}
