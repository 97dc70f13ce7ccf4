package ui

import "strconv"

// paintNode is one DOM node a markedBlock paints: an element with its
// attributes and children, or, when Tag is empty, a text node. The page
// gets it through createElement, setAttribute and createTextNode, never as
// HTML, so no text of the release is ever parsed as markup.
type paintNode struct {
	Tag      string
	Attrs    [][2]string
	Text     string
	Children []paintNode
}

// markedNodes returns what a markedBlock shows inside its element: the
// repair marker of a repaired block (repairLabel, when not empty), then the
// runs with their marks exactly as markRuns draws them. Links pass safeURL
// as in safeLink.
func markedNodes(repairLabel string, start int, runs []run, marks []Mark) []paintNode {
	var out []paintNode
	if repairLabel != "" {
		out = append(out, paintNode{Tag: "span", Attrs: [][2]string{
			{"class", "repair-mark"}, {"tabindex", "0"}, {"role", "img"}, {"aria-label", repairLabel}, {"title", repairLabel},
		}})
	}
	pieces, ok := markPieces(start, runs, marks)
	if !ok {
		for _, r := range runs {
			out = append(out, runNode(r.Text, r.URL))
		}
		return out
	}
	for _, pc := range pieces {
		n := runNode(pc.Text, pc.URL)
		for j := len(pc.Cover) - 1; j >= 0; j-- { // innermost mark first
			m := pc.Cover[j]
			attrs := make([][2]string, 0, 6)
			attrs = append(attrs, [2]string{"class", "anno"})
			if pc.First[j] {
				attrs = append(attrs, [2]string{"id", markID(m.ID)})
			}
			attrs = append(attrs,
				[2]string{"data-id", m.ID},
				[2]string{"data-label", m.LabelID},
				[2]string{"data-start", strconv.Itoa(pc.Start)},
				[2]string{"data-depth", strconv.Itoa(len(pc.Cover) - 1 - j)},
				[2]string{"title", m.describe()},
			)
			n = paintNode{Tag: "mark", Attrs: attrs, Children: []paintNode{n}}
		}
		out = append(out, n)
	}
	return out
}

// runNode is text, as a link to url when url is set and safe (see
// safeLink).
func runNode(text, url string) paintNode {
	if url == "" || !safeURL(url) {
		return paintNode{Text: text}
	}
	return paintNode{Tag: "a", Attrs: [][2]string{{"href", url}, {"target", "_blank"}, {"rel", "noopener noreferrer"}},
		Children: []paintNode{{Text: text}}}
}
