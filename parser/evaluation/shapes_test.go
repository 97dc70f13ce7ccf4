package evaluation

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
)

// printByShape writes the corpus totals per document shape, so that a rule
// that helps one kind of release and hurts another shows.
func printByShape(w io.Writer, res *corpusResult) {
	groups := map[string]*corpusResult{}
	var shapes []string
	for _, d := range res.Docs {
		g := groups[d.Shape]
		if g == nil {
			g = &corpusResult{}
			groups[d.Shape] = g
			shapes = append(shapes, d.Shape)
		}
		g.Docs = append(g.Docs, d)
	}
	sort.Strings(shapes)
	fmt.Fprintln(w, "by shape:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "shape\tdocs\tP\tR\tF1\texact\tleak\t")
	for f := field(0); f < numFields; f++ {
		fmt.Fprintf(tw, "%s\t", fieldFlags[f])
	}
	fmt.Fprintln(tw)
	for _, s := range shapes {
		g := groups[s]
		t := totals(g)
		fmt.Fprintf(tw, "%s\t%d\t%s\t%.3f\t%.3f\t", s, len(g.Docs), prf(t.body),
			ratio(t.exact, t.paragraphs), leakage(t.leaked, t.snippets))
		for f := field(0); f < numFields; f++ {
			fmt.Fprintf(tw, "%d/%d\t", t.fields[f], len(g.Docs))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// defect sums what is wrong with a document, each part between 0 and 1:
// 1−F1, the share of gold paragraphs missed, the share of boilerplate
// leaked and the share of metadata fields wrong.
func defect(d docResult) float64 {
	wrong := 0
	for _, ok := range d.Fields {
		if !ok {
			wrong++
		}
	}
	return 1 - d.Body.f1() + 1 - ratio(d.Exact, d.Paragraphs) + leakage(len(d.Leaked), d.Snippets) +
		ratio(wrong, int(numFields))
}

// worst returns the n documents with the highest defect, ties broken by
// lower body F1.
func worst(res *corpusResult, n int) []docResult {
	docs := append([]docResult(nil), res.Docs...)
	sort.SliceStable(docs, func(i, j int) bool {
		a, b := docs[i], docs[j]
		if da, db := defect(a), defect(b); da != db {
			return da > db
		}
		return a.Body.f1() < b.Body.f1()
	})
	return docs[:min(n, len(docs))]
}
