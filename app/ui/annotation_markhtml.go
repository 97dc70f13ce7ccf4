package ui

import (
	"html"
	"strconv"
	"strings"
)

// markedHTML returns, as HTML, what a markedBlock shows inside its element:
// the repair marker of a repaired block (repairLabel, when not empty), then
// the runs with their marks exactly as markRuns draws them. Every text and
// attribute value is escaped, and links pass safeURL as in safeLink, so the
// result is safe to assign to innerHTML.
func markedHTML(repairLabel string, start int, runs []run, marks []Mark) string {
	var b strings.Builder
	if repairLabel != "" {
		l := html.EscapeString(repairLabel)
		b.WriteString(`<span class="repair-mark" tabindex="0" role="img" aria-label="` + l + `" title="` + l + `"></span>`)
	}
	pieces, ok := markPieces(start, runs, marks)
	if !ok {
		for _, r := range runs {
			writeRun(&b, r.Text, r.URL)
		}
		return b.String()
	}
	for _, pc := range pieces {
		for j, m := range pc.Cover {
			b.WriteString(`<mark class="anno"`)
			if pc.First[j] {
				b.WriteString(` id="` + html.EscapeString(markID(m.ID)) + `"`)
			}
			b.WriteString(` data-id="` + html.EscapeString(m.ID) + `" data-label="` + html.EscapeString(m.LabelID) +
				`" data-start="` + strconv.Itoa(pc.Start) + `" data-depth="` + strconv.Itoa(len(pc.Cover)-1-j) +
				`" title="` + html.EscapeString(m.describe()) + `">`)
		}
		writeRun(&b, pc.Text, pc.URL)
		for range pc.Cover {
			b.WriteString(`</mark>`)
		}
	}
	return b.String()
}

// writeRun writes text, as a link to url when url is set and safe (see
// safeLink).
func writeRun(b *strings.Builder, text, url string) {
	if url == "" || !safeURL(url) {
		b.WriteString(html.EscapeString(text))
		return
	}
	b.WriteString(`<a href="` + html.EscapeString(url) + `" target="_blank" rel="noopener noreferrer">` + html.EscapeString(text) + `</a>`)
}
