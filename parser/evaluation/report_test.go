package evaluation

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

// target is a quality goal printed beside the measured figure.
type target struct {
	name   string
	value  float64
	goal   float64
	atMost bool // the figure must not exceed goal (leakage)
}

func (t target) met() bool {
	if t.atMost {
		return t.value <= t.goal
	}
	return t.value >= t.goal
}

func (t target) String() string {
	op, verdict := "≥", "MISS"
	if t.atMost {
		op = "≤"
	}
	if t.met() {
		verdict = "PASS"
	}
	return fmt.Sprintf("%-22s %6.3f  target %s %.2f  %s", t.name, t.value, op, t.goal, verdict)
}

// corpusTotals sums the per-document results.
type corpusTotals struct {
	body, emails, phones, links         score
	paragraphs, exact, snippets, leaked int
	fields                              [numFields]int
	macroF1                             float64
	html                                int
	readability, pmHTML                 score
}

func totals(res *corpusResult) corpusTotals {
	var t corpusTotals
	for _, d := range res.Docs {
		t.body = t.body.add(d.Body)
		t.emails, t.phones, t.links = t.emails.add(d.Emails), t.phones.add(d.Phones), t.links.add(d.Links)
		t.paragraphs += d.Paragraphs
		t.exact += d.Exact
		t.snippets += d.Snippets
		t.leaked += len(d.Leaked)
		t.macroF1 += d.Body.f1() / float64(len(res.Docs))
		for f := field(0); f < numFields; f++ {
			if d.Fields[f.String()] {
				t.fields[f]++
			}
		}
		if d.Readability != nil {
			t.html++
			t.readability, t.pmHTML = t.readability.add(d.Readability.Body), t.pmHTML.add(d.Body)
		}
	}
	return t
}

// leakage is the share of n leaked snippets out of d: 0 when there are none.
func leakage(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

// ratio is n/d, or 1 when d is 0: nothing to get right, nothing wrong.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// corpusTargets lists the release-corpus targets with the measured figures.
func corpusTargets(res *corpusResult) []target {
	t := totals(res)
	n := len(res.Docs)
	acc := func(f field) float64 { return ratio(t.fields[f], n) }
	return []target{
		{name: "body F1 (micro)", value: t.body.f1(), goal: 0.97},
		{name: "exact paragraphs", value: ratio(t.exact, t.paragraphs), goal: 0.90},
		{name: "title", value: acc(fieldTitle), goal: 0.95},
		{name: "published", value: acc(fieldPublished), goal: 0.95},
		{name: "url", value: acc(fieldURL), goal: 0.95},
		{name: "publisher", value: acc(fieldPublisher), goal: 0.90},
		{name: "distributor", value: acc(fieldDistributor), goal: 0.90},
		{name: "boilerplate leakage", value: leakage(t.leaked, t.snippets), goal: 0.02, atMost: true},
	}
}

func flags(d docResult) string {
	var b []string
	for f := field(0); f < numFields; f++ {
		if d.Fields[f.String()] {
			b = append(b, fieldFlags[f])
		} else {
			b = append(b, "-")
		}
	}
	return strings.Join(b, " ")
}

// hits shows a set comparison as "found/gold", with "+extra" for
// predictions not in the gold.
func hits(s score) string {
	out := fmt.Sprintf("%d/%d", s.Overlap, s.Gold)
	if x := s.Predicted - s.Overlap; x > 0 {
		out += fmt.Sprintf("+%d", x)
	}
	return out
}

func prf(s score) string {
	return fmt.Sprintf("%.3f\t%.3f\t%.3f", s.precision(), s.recall(), s.f1())
}

// printCorpus writes the release-corpus tables.
func printCorpus(w io.Writer, res *corpusResult) {
	fmt.Fprintf(w, "RELEASE CORPUS  %s  (%d documents)\n", res.Dir, len(res.Docs))
	fmt.Fprintln(w, "fields: T title, D published, P publisher, d distributor, U url, L dateline; '-' = wrong")
	fmt.Fprintln(w, "contacts: found/gold+extra")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "id\tshape\tformat\tP\tR\tF1\texact\tleak\tfields\temails\tphones\tlinks\tms\t")
	for _, d := range res.Docs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d/%d\t%d/%d\t%s\t%s\t%s\t%s\t%.1f\t\n",
			d.ID, d.Shape, d.Format, prf(d.Body), d.Exact, d.Paragraphs, len(d.Leaked), d.Snippets,
			flags(d), hits(d.Emails), hits(d.Phones), hits(d.Links), d.Millis)
	}
	t := totals(res)
	fmt.Fprintf(tw, "TOTAL\t(micro)\t\t%s\t%.3f\t%.3f\t\t%s\t%s\t%s\t\t\n",
		prf(t.body), ratio(t.exact, t.paragraphs), leakage(t.leaked, t.snippets),
		hits(t.emails), hits(t.phones), hits(t.links))
	tw.Flush()
	fmt.Fprintf(w, "macro mean of per-document body F1: %.3f\n", t.macroF1)
	n := len(res.Docs)
	fmt.Fprint(w, "field accuracy:")
	for f := field(0); f < numFields; f++ {
		fmt.Fprintf(w, "  %s %.3f (%d/%d)", f, ratio(t.fields[f], n), t.fields[f], n)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "contacts P/R:  emails %.3f/%.3f  phones %.3f/%.3f  links %.3f/%.3f\n",
		t.emails.precision(), t.emails.recall(), t.phones.precision(), t.phones.recall(),
		t.links.precision(), t.links.recall())
	printByShape(w, res)
	fmt.Fprintln(w, "targets:")
	for _, tg := range corpusTargets(res) {
		fmt.Fprintln(w, "  "+tg.String())
	}
	if t.html > 0 {
		fmt.Fprintf(w, "HTML inputs (%d), body tokens vs gold:\n", t.html)
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "id\tPressmark P\tR\tF1\texact\tleak\ttitle\tgo-readability P\tR\tF1\texact\tleak\ttitle\t")
		for _, d := range res.Docs {
			if r := d.Readability; r != nil {
				fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%d/%d\t%s\t%s\t%d/%d\t%d/%d\t%s\t\n", d.ID,
					prf(d.Body), d.Exact, d.Paragraphs, len(d.Leaked), d.Snippets, yes(d.Fields[fieldTitle.String()]),
					prf(r.Body), r.Exact, d.Paragraphs, r.Leaked, d.Snippets, yes(r.Title))
			}
		}
		fmt.Fprintf(tw, "TOTAL\t%s\t\t\t\t%s\t\t\t\t\n", prf(t.pmHTML), prf(t.readability))
		tw.Flush()
	}
}

// printCorpusDetails lists, per document, what went wrong: errors, wrong
// fields, gold paragraphs not reproduced exactly and leaked boilerplate.
func printCorpusDetails(w io.Writer, res *corpusResult) {
	fmt.Fprintln(w, "DETAILS (per document: errors, wrong fields, missed paragraphs, leaked boilerplate)")
	for _, d := range res.Docs {
		if d.Error != "" {
			fmt.Fprintf(w, "%s error: %s\n", d.ID, d.Error)
		}
		for _, m := range d.Mismatches {
			want := "null"
			if m.Want != nil {
				want = fmt.Sprintf("%q", *m.Want)
			}
			fmt.Fprintf(w, "%s %-11s got %q, want %s\n", d.ID, m.Field, clip(m.Got, 90), clip(want, 90))
		}
		for i, p := range d.Missed {
			if i == 3 {
				fmt.Fprintf(w, "%s missed      … and %d more\n", d.ID, len(d.Missed)-3)
				break
			}
			fmt.Fprintf(w, "%s missed      %q\n", d.ID, clip(p, 100))
			if b := nearest(p, d.blocks); b != "" {
				fmt.Fprintf(w, "%s   nearest   %s\n", d.ID, firstDifference(b, p))
			}
		}
		for i, s := range d.Leaked {
			if i == 3 {
				fmt.Fprintf(w, "%s leaked      … and %d more\n", d.ID, len(d.Leaked)-3)
				break
			}
			fmt.Fprintf(w, "%s leaked      %q\n", d.ID, clip(s, 100))
		}
	}
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	r := []rune(collapse(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}

// printBench writes a benchmark's table, both extractors side by side,
// and, withTarget, whether Pressmark's F1 beats go-readability's.
func printBench(w io.Writer, res *benchResult, withTarget bool) {
	fmt.Fprintf(w, "%s  %s  (%d pages)\n", strings.ToUpper(res.Name), res.Dir, len(res.Pages))
	titles := len(res.Pages) > 0 && res.Pages[0].PressmarkTitle != nil
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "id\tPressmark P\tR\tF1\tgo-readability P\tR\tF1\t"
	if titles {
		head += "title PM\tRD\t"
	}
	fmt.Fprintln(tw, head)
	for _, p := range res.Pages {
		row := fmt.Sprintf("%s\t%s\t%s\t", clip(p.ID, 16), prf(p.Pressmark), prf(p.Readability))
		if titles {
			row += fmt.Sprintf("%s\t%s\t", yes(*p.PressmarkTitle), yes(*p.ReadabilityTitle))
		}
		fmt.Fprintln(tw, row)
	}
	t := summarizeBench(res)
	pm, rd := t.Pressmark, t.Readability
	fmt.Fprintf(tw, "TOTAL (micro)\t%s\t%s\t\n", prf(pm), prf(rd))
	tw.Flush()
	fmt.Fprintf(w, "macro mean F1: Pressmark %.3f, go-readability %.3f\n", t.PressmarkMacro, t.ReadabilityMacro)
	if titles {
		fmt.Fprintf(w, "title accuracy: Pressmark %.3f, go-readability %.3f\n",
			ratio(t.PressmarkTitles, len(res.Pages)), ratio(t.ReadabilityTitle, len(res.Pages)))
	}
	fmt.Fprintf(w, "errors: Pressmark %d, go-readability %d\n", t.PressmarkErrs, t.ReadabilityErrs)
	fmt.Fprintf(w, "mean time per page: Pressmark %.2f ms, go-readability %.2f ms\n",
		res.PressmarkMillis, res.ReadabilityMillis)
	printTrailing(w, res, 5)
	if !withTarget {
		return
	}
	verdict := "MISS"
	if pm.f1() > rd.f1() {
		verdict = "PASS"
	}
	fmt.Fprintf(w, "target: Pressmark F1 %.3f above go-readability's %.3f  %s\n", pm.f1(), rd.f1(), verdict)
}

func yes(b bool) string {
	if b {
		return "ok"
	}
	return "-"
}

// printSummary repeats the headline figures at the end of the run, where
// `tail` finds them.
func printSummary(w io.Writer, c *corpusResult, sh, rp *benchResult) {
	fmt.Fprintln(w, "SUMMARY")
	s := summarizeCorpus(c)
	fmt.Fprintf(w, "  release corpus (%d docs): body P/R/F1 %s, macro F1 %.3f, exact paragraphs %.3f, leakage %.3f\n",
		len(c.Docs), strings.ReplaceAll(prf(s.Body), "\t", "/"), s.MacroF1, s.Exact, s.Leakage)
	for _, tg := range corpusTargets(c) {
		fmt.Fprintln(w, "    "+tg.String())
	}
	if s.HTMLReadability.Gold > 0 {
		fmt.Fprintf(w, "  corpus HTML inputs: F1 Pressmark %.3f vs go-readability %.3f\n",
			s.HTMLPressmark.f1(), s.HTMLReadability.f1())
	}
	fmt.Fprintln(w, "  worst documents (defect = 1-F1 + missed-paragraph share + leaked share + wrong-field share):")
	for _, d := range worst(c, 5) {
		fmt.Fprintf(w, "    %s %-17s defect %.3f: F1 %.3f (P %.3f R %.3f), exact %d/%d, leaked %d/%d, fields %s\n",
			d.ID, d.Shape, defect(d), d.Body.f1(), d.Body.precision(), d.Body.recall(),
			d.Exact, d.Paragraphs, len(d.Leaked), d.Snippets, flags(d))
	}
	for _, b := range []*benchResult{sh, rp} {
		if b == nil {
			continue
		}
		t := summarizeBench(b)
		fmt.Fprintf(w, "  %s (%d pages): F1 Pressmark %.3f vs go-readability %.3f (macro %.3f vs %.3f); %.2f vs %.2f ms/page\n",
			b.Name, len(b.Pages), t.Pressmark.f1(), t.Readability.f1(), t.PressmarkMacro, t.ReadabilityMacro,
			b.PressmarkMillis, b.ReadabilityMillis)
	}
}

// printTrailing lists the n pages where Pressmark's F1 trails
// go-readability's the most: where the HTML rules have most to learn.
func printTrailing(w io.Writer, res *benchResult, n int) {
	pages := append([]pageResult(nil), res.Pages...)
	gap := func(p pageResult) float64 { return p.Readability.f1() - p.Pressmark.f1() }
	sort.SliceStable(pages, func(i, j int) bool { return gap(pages[i]) > gap(pages[j]) })
	fmt.Fprintln(w, "where Pressmark trails go-readability most:")
	for _, p := range pages[:min(n, len(pages))] {
		if gap(p) <= 0 {
			break
		}
		fmt.Fprintf(w, "  %s  F1 %.3f (P %.3f R %.3f) vs %.3f", p.ID, p.Pressmark.f1(),
			p.Pressmark.precision(), p.Pressmark.recall(), p.Readability.f1())
		if p.PressmarkErr != "" {
			fmt.Fprintf(w, "  error: %s", clip(p.PressmarkErr, 60))
		}
		fmt.Fprintln(w)
	}
}
