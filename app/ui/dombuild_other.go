//go:build !(js && wasm)

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// paintInto replaces the children of el with nodes, built in a document
// fragment and attached in one step. (Outside a browser app.Window's
// values are inert: this does nothing there.)
func paintInto(el app.Value, nodes []paintNode) {
	doc := app.Window().Get("document")
	frag := doc.Call("createDocumentFragment")
	for _, n := range nodes {
		frag.Call("appendChild", n.build(doc))
	}
	el.Set("textContent", "")
	el.Call("appendChild", frag)
}

// build creates n's DOM node and its children's in doc.
func (n paintNode) build(doc app.Value) app.Value {
	if n.Tag == "" {
		return doc.Call("createTextNode", n.Text)
	}
	el := doc.Call("createElement", n.Tag)
	for _, a := range n.Attrs {
		el.Call("setAttribute", a[0], a[1])
	}
	for _, c := range n.Children {
		el.Call("appendChild", c.build(doc))
	}
	return el
}
