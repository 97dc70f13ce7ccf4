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
			ratio(t.exact, t.paragraphs), ratio(t.leaked, t.snippets))
		for f := field(0); f < numFields; f++ {
			fmt.Fprintf(tw, "%d/%d\t", t.fields[f], len(g.Docs))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// worst returns the n documents with the lowest body F1, ties broken by
// more leaked snippets, then fewer exact paragraphs.
func worst(res *corpusResult, n int) []docResult {
	docs := append([]docResult(nil), res.Docs...)
	sort.SliceStable(docs, func(i, j int) bool {
		a, b := docs[i], docs[j]
		if fa, fb := a.Body.f1(), b.Body.f1(); fa != fb {
			return fa < fb
		}
		if len(a.Leaked) != len(b.Leaked) {
			return len(a.Leaked) > len(b.Leaked)
		}
		return ratio(a.Exact, a.Paragraphs) < ratio(b.Exact, b.Paragraphs)
	})
	return docs[:min(n, len(docs))]
}
