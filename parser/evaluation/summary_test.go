package evaluation

// corpusSummary is the release corpus's totals, as written by -json.
type corpusSummary struct {
	Body            score              `json:"body"`
	MacroF1         float64            `json:"macro_f1"`
	Exact           float64            `json:"exact_paragraphs"`
	Leakage         float64            `json:"leakage"`
	Fields          map[string]float64 `json:"fields"`
	Emails          score              `json:"emails"`
	Phones          score              `json:"phones"`
	Links           score              `json:"links"`
	Targets         []targetJSON       `json:"targets"`
	HTMLPressmark   score              `json:"html_pressmark"`
	HTMLReadability score              `json:"html_readability"`
}

type targetJSON struct {
	Name   string  `json:"name"`
	Value  float64 `json:"value"`
	Goal   float64 `json:"goal"`
	AtMost bool    `json:"at_most,omitempty"`
	Met    bool    `json:"met"`
}

func summarizeCorpus(res *corpusResult) corpusSummary {
	t := totals(res)
	s := corpusSummary{
		Body: t.body, MacroF1: round(t.macroF1),
		Exact:   round(ratio(t.exact, t.paragraphs)),
		Leakage: round(leakage(t.leaked, t.snippets)),
		Fields:  map[string]float64{},
		Emails:  t.emails, Phones: t.phones, Links: t.links,
		HTMLPressmark: t.pmHTML, HTMLReadability: t.readability,
	}
	for f := field(0); f < numFields; f++ {
		s.Fields[f.String()] = round(ratio(t.fields[f], len(res.Docs)))
	}
	for _, tg := range corpusTargets(res) {
		s.Targets = append(s.Targets, targetJSON{tg.name, round(tg.value), tg.goal, tg.atMost, tg.met()})
	}
	return s
}

// benchTotals sums a benchmark's pages for both extractors.
type benchTotals struct {
	Pressmark        score   `json:"pressmark"`
	Readability      score   `json:"readability"`
	PressmarkMacro   float64 `json:"pressmark_macro_f1"`
	ReadabilityMacro float64 `json:"readability_macro_f1"`
	PressmarkTitles  int     `json:"pressmark_titles"`
	ReadabilityTitle int     `json:"readability_titles"`
	PressmarkErrs    int     `json:"pressmark_errors"`
	ReadabilityErrs  int     `json:"readability_errors"`
}

func summarizeBench(res *benchResult) benchTotals {
	var t benchTotals
	n := float64(len(res.Pages))
	for _, p := range res.Pages {
		t.Pressmark, t.Readability = t.Pressmark.add(p.Pressmark), t.Readability.add(p.Readability)
		t.PressmarkMacro += p.Pressmark.f1() / n
		t.ReadabilityMacro += p.Readability.f1() / n
		if p.PressmarkErr != "" {
			t.PressmarkErrs++
		}
		if p.ReadabilityErr != "" {
			t.ReadabilityErrs++
		}
		if p.PressmarkTitle != nil && *p.PressmarkTitle {
			t.PressmarkTitles++
		}
		if p.ReadabilityTitle != nil && *p.ReadabilityTitle {
			t.ReadabilityTitle++
		}
	}
	t.PressmarkMacro, t.ReadabilityMacro = round(t.PressmarkMacro), round(t.ReadabilityMacro)
	return t
}
