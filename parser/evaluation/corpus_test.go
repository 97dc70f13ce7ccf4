package evaluation

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// gold is one NNN.gold.json of the release corpus (see its README).
type gold struct {
	Source      string   `json:"source"`
	Shape       string   `json:"shape"`
	Title       *string  `json:"title"`
	Published   *string  `json:"published"`
	Publisher   *string  `json:"publisher"`
	Distributor *string  `json:"distributor"`
	URL         *string  `json:"url"`
	Dateline    *string  `json:"dateline"`
	Body        []string `json:"body"`
	Boilerplate []string `json:"boilerplate"`
	Emails      []string `json:"emails"`
	Phones      []string `json:"phones"`
	Links       []string `json:"links"`
}

func (g *gold) field(f field) *string {
	return [numFields]*string{g.Title, g.Published, g.Publisher, g.Distributor, g.URL, g.Dateline}[f]
}

// mismatch is a metadata field whose output differs from the gold.
type mismatch struct {
	Field string  `json:"field"`
	Got   string  `json:"got"`
	Want  *string `json:"want"`
}

// docResult is the evaluation of one corpus document.
type docResult struct {
	ID         string          `json:"id"`
	Shape      string          `json:"shape"`
	Format     string          `json:"format"`
	Error      string          `json:"error,omitempty"`
	Body       score           `json:"body"`
	Paragraphs int             `json:"paragraphs"`
	Exact      int             `json:"exact"`
	Missed     []string        `json:"missed,omitempty"` // gold paragraphs not reproduced exactly
	Snippets   int             `json:"snippets"`
	Leaked     []string        `json:"leaked,omitempty"`
	Fields     map[string]bool `json:"fields"`
	Mismatches []mismatch      `json:"mismatches,omitempty"`
	Emails     score           `json:"emails"`
	Phones     score           `json:"phones"`
	Links      score           `json:"links"`
	Millis     float64         `json:"ms"`
	blocks     []string        // Pressmark's blocks, for the details
	// Readability is what go-readability makes of the input, for HTML
	// inputs only.
	Readability *readabilityDoc `json:"readability,omitempty"`
}

// readabilityDoc scores go-readability on a corpus document: the body
// figures and the title, the only field it extracts that the gold has.
type readabilityDoc struct {
	Body   score  `json:"body"`
	Exact  int    `json:"exact"`
	Leaked int    `json:"leaked"`
	Title  bool   `json:"title"`
	Error  string `json:"error,omitempty"`
}

// corpusResult is the evaluation of the whole release corpus.
type corpusResult struct {
	Dir     string         `json:"dir"`
	Docs    []docResult    `json:"docs"`
	Summary *corpusSummary `json:"summary,omitempty"`
}

// loadCorpus lists the corpus's documents: id → input path and gold.
func loadCorpus(dir string) (ids []string, inputs map[string]string, golds map[string]*gold, err error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, nil, nil, err
	}
	inputs, golds = map[string]string{}, map[string]*gold{}
	for _, p := range paths {
		id := strings.TrimSuffix(filepath.Base(p), ".gold.json")
		in, _ := filepath.Glob(filepath.Join(dir, id+".input.*"))
		if len(in) != 1 {
			return nil, nil, nil, fmt.Errorf("%s: want one input file beside the gold, found %d", id, len(in))
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, nil, err
		}
		g := new(gold)
		if err := json.Unmarshal(data, g); err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		ids, inputs[id], golds[id] = append(ids, id), in[0], g
	}
	sort.Strings(ids)
	return ids, inputs, golds, nil
}

// evalCorpus runs Pressmark (and go-readability on HTML inputs) over the
// release corpus in dir.
func evalCorpus(dir string, timeout time.Duration) (*corpusResult, error) {
	ids, inputs, golds, err := loadCorpus(dir)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("no *.gold.json in %s", dir)
	}
	res := &corpusResult{Dir: dir}
	for _, id := range ids {
		src, err := os.ReadFile(inputs[id])
		if err != nil {
			return nil, err
		}
		d := evalDoc(id, golds[id], runPressmark(src, timeout))
		if strings.HasSuffix(inputs[id], ".html") {
			g := golds[id]
			o := runReadability(src, urlOr(g.URL, "http://localhost/"))
			d.Readability = &readabilityDoc{
				Body:   tokenScore(o.body(), strings.Join(g.Body, "\n\n")),
				Exact:  exactMatches(o.blocks, g.Body),
				Leaked: len(leaked(o.blocks, g.Boilerplate)),
				Title:  sameField(fieldTitle, o.title, g.Title),
				Error:  o.err,
			}
		}
		res.Docs = append(res.Docs, d)
	}
	return res, nil
}

func urlOr(u *string, def string) string {
	if u == nil || *u == "" {
		return def
	}
	return *u
}

// evalDoc scores Pressmark's outcome o against the gold g.
func evalDoc(id string, g *gold, o outcome) docResult {
	d := docResult{
		ID:         id,
		Shape:      g.Shape,
		Error:      o.err,
		Body:       tokenScore(o.body(), strings.Join(g.Body, "\n\n")),
		Paragraphs: len(g.Body),
		Exact:      exactMatches(o.blocks, g.Body),
		Snippets:   len(g.Boilerplate),
		Leaked:     leaked(o.blocks, g.Boilerplate),
		Fields:     map[string]bool{},
		Millis:     float64(o.elapsed.Microseconds()) / 1000,
		blocks:     o.blocks,
	}
	have := map[string]bool{}
	for _, b := range o.blocks {
		have[collapse(b)] = true
	}
	for _, p := range g.Body {
		if !have[collapse(p)] {
			d.Missed = append(d.Missed, p)
		}
	}
	var got [numFields]string
	var emails, phones, links []string
	if r := o.rel; r != nil {
		d.Format = r.Format.String()
		got = [numFields]string{r.Title, r.Published, r.Publisher, r.Distributor, r.URL, r.Dateline}
		emails, phones, links = r.Contacts.Emails, r.Contacts.Phones, releaseLinks(r)
	}
	for f := field(0); f < numFields; f++ {
		ok := sameField(f, got[f], g.field(f))
		d.Fields[f.String()] = ok
		if !ok {
			d.Mismatches = append(d.Mismatches, mismatch{f.String(), got[f], g.field(f)})
		}
	}
	d.Emails = setScore(emails, g.Emails, normEmail)
	d.Phones = setScore(phones, g.Phones, normPhone)
	d.Links = setScore(links, g.Links, normLink)
	return d
}
