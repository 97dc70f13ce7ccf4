package parser

import (
	"strings"
	"testing"
)

// These cases are modelled on releases the development corpus lacks: each
// states one general rule, with a small input written for it.

// parseText parses src and fails the test on error.
func parseText(t *testing.T, src string) *Release {
	t.Helper()
	r, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return r
}

const genBody = "The new plant will employ 240 people and is expected to open in the spring, the company said in a statement on Monday."

func TestGeneralDates(t *testing.T) {
	cases := []struct {
		name, src, published, dateline string
	}{
		{"business wire dashes", "Acme Opens Plant\n\nSAN DIEGO--(BUSINESS WIRE)--Jan. 13, 2026-- Acme Corp. today opened a plant in the desert.\n\n" + genBody + "\n",
			"2026-01-13", "SAN DIEGO"},
		{"business wire glued", "Acme Opens Plant\n\nSAN DIEGO--(BUSINESS WIRE)--Jan. 13, 2026--Acme Corp. today opened a plant in the desert.\n\n" + genBody + "\n",
			"2026-01-13", "SAN DIEGO"},
		{"numeric outside the US", "Acme Opens Plant\n\nLONDON, 03/04/2026 -- Acme Ltd today opened a plant in the north of England.\n\n" + genBody + "\n",
			"2026-04-03", "LONDON"},
		{"numeric in the US", "Acme Opens Plant\n\nHOUSTON, 03/04/2026 -- Acme Corp. today opened a plant in the north of Texas.\n\n" + genBody + "\n",
			"2026-03-04", "HOUSTON"},
		{"french article", "Acme ouvre une usine\n\nLyon, le 3 mars 2026 – Acme annonce aujourd'hui l'ouverture d'une usine de 240 salariés dans la région lyonnaise, a indiqué la société.\n\n" + genBody + "\n",
			"2026-03-03", "Lyon"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := parseText(t, c.src)
			if r.Published != c.published || r.Dateline != c.dateline {
				t.Errorf("published %q dateline %q, want %q %q", r.Published, r.Dateline, c.published, c.dateline)
			}
		})
	}
}

// bodyTexts returns the texts of r's body blocks.
func bodyTexts(r *Release) []string {
	var out []string
	for _, b := range r.Blocks {
		out = append(out, b.Text)
	}
	return out
}

// inBody reports whether some body block contains s.
func inBody(r *Release, s string) bool {
	for _, b := range r.Blocks {
		if strings.Contains(b.Text, s) {
			return true
		}
	}
	return false
}

// removedAs returns the kind of the removed stretch that contains s, or "".
func removedAs(r *Release, s string) RemovedKind {
	for _, x := range r.Removed {
		if strings.Contains(x.Text, s) {
			return x.Kind
		}
	}
	return -1
}
