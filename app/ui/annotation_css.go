package ui

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/app/annotate"
)

// annoCSS styles the highlights and the workbench. It is installed as a
// constructed style sheet (document.adoptedStyleSheets), which the page's
// Content-Security-Policy allows where style attributes and <style>
// elements are refused; the same sheet carries one rule per label colour,
// rewritten when the labels change.
const annoCSS = `
mark.anno {
  color: inherit;
  background: color-mix(in srgb, var(--c, #7b8794) 20%, transparent);
  border-bottom: 2px solid var(--c, #7b8794);
  padding: 0 0 1px;
  cursor: pointer;
}
mark.anno mark.anno { padding-bottom: 4px; background: color-mix(in srgb, var(--c, #7b8794) 16%, transparent); }
mark.anno mark.anno mark.anno { padding-bottom: 7px; }
mark.anno mark.anno mark.anno mark.anno { padding-bottom: 10px; }
mark.anno:hover { background: color-mix(in srgb, var(--c, #7b8794) 34%, transparent); }
.anno-toolbar {
  position: fixed; z-index: 20; max-width: min(560px, calc(100vw - 16px));
  background: var(--surface); color: var(--text); border: 1px solid var(--border-strong);
  border-radius: 10px; box-shadow: var(--shadow, 0 6px 24px rgba(0,0,0,.18)); padding: 6px;
}
.anno-toolbar[hidden], .anno-picker[hidden] { display: none; }
.anno-toolbar-labels { display: flex; flex-wrap: wrap; gap: 4px; }
.anno-label-btn { border-left: 4px solid var(--c, var(--border)); }
.anno-label-btn .key, .label-row .key {
  display: inline-block; min-width: 1.2em; margin-right: 4px; color: var(--muted);
  font-family: var(--mono, monospace); font-size: .8em;
}
.anno-comment { display: flex; gap: 6px; margin-top: 6px; align-items: flex-start; }
.anno-comment textarea { flex: 1; min-width: 0; font: inherit; }
.anno-picker {
  position: fixed; z-index: 21; right: 16px; bottom: 16px; max-width: 360px;
  background: var(--surface); color: var(--text); border: 1px solid var(--border-strong);
  border-radius: 10px; padding: 10px 12px; box-shadow: var(--shadow, 0 6px 24px rgba(0,0,0,.18));
}
.anno-picker ul, .anno-list, .doc-list, .label-list, .suggestion-list { list-style: none; margin: 0; padding: 0; }
.anno-controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0 10px; }
.anno-controls input[type=search], .anno-controls input[type=text] { flex: 1; min-width: 8em; font: inherit; }
.anno-item, .doc-item, .suggestion { padding: 8px 0; border-top: 1px solid var(--border); }
.anno-show {
  display: block; width: 100%; text-align: left; background: none; border: 0; padding: 0;
  color: inherit; font: inherit; cursor: pointer;
}
.anno-chip {
  display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 999px; font-size: .78rem;
  font-weight: 600; border: 1px solid var(--c, var(--border)); background: color-mix(in srgb, var(--c, #7b8794) 18%, transparent);
}
.anno-quote { font-style: italic; }
.anno-comment-text { margin: 4px 0 0; color: var(--muted); font-size: .88rem; white-space: pre-wrap; }
.anno-actions { display: flex; flex-wrap: wrap; gap: 10px; margin-top: 4px; }
.anno-editor textarea, .anno-editor select { display: block; width: 100%; margin-top: 6px; font: inherit; }
.anno-exports h3 { margin: 16px 0 6px; }
.anno-export-buttons { display: flex; flex-wrap: wrap; gap: 4px; }
.doc-item { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.doc-item.current .doc-open { font-weight: 700; }
.doc-meta { color: var(--muted); font-size: .82rem; }
.label-row { display: flex; gap: 6px; align-items: center; padding: 4px 0; }
.label-row input[type=text] { flex: 1; min-width: 0; font: inherit; }
.suggestion { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.orphan .anno-quote { text-decoration: line-through dotted; }
`

// styleSheet is the constructed sheet, once made.
var styleSheet app.Value

// installStyles writes annoCSS and the label colours into the page's
// constructed style sheet, creating it the first time. Outside a browser
// it does nothing.
func installStyles(ls annotate.LabelSet) {
	win := app.Window()
	doc := win.Get("document")
	ctor := win.Get("CSSStyleSheet")
	if !doc.Truthy() || !ctor.Truthy() {
		return
	}
	if styleSheet == nil {
		styleSheet = ctor.New()
		sheets := win.Get("Array").Call("from", doc.Get("adoptedStyleSheets"))
		sheets.Call("push", styleSheet)
		doc.Set("adoptedStyleSheets", sheets)
	}
	styleSheet.Call("replaceSync", annoCSS+labelCSS(ls))
}

// labelCSS sets --c, the label colour, on everything that carries a
// label's data-label. Only IDs and colours of a safe shape are written.
func labelCSS(ls annotate.LabelSet) string {
	var b strings.Builder
	for _, l := range ls.Labels {
		if !safeToken(l.ID) || !safeColour(l.Colour) {
			continue
		}
		fmt.Fprintf(&b, "[data-label=%q] { --c: %s; }\n", l.ID, l.Colour)
	}
	return b.String()
}

func safeToken(s string) bool {
	if s == "" || len(s) > 80 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func safeColour(c string) bool {
	if len(c) != 7 || c[0] != '#' {
		return false
	}
	for _, r := range c[1:] {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F') {
			return false
		}
	}
	return true
}
