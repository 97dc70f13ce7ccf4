package evaluation

import (
	"math"
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     []string
	}{
		{"empty", "", nil},
		{"punctuation only", " -- ,.; ", nil},
		{"lower-cased words and digits", "Apple's Q1 2011: $26.74 Billion", []string{"apple", "s", "q1", "2011", "26", "74", "billion"}},
		{"unicode letters", "Zürich — ÉCOLE", []string{"zürich", "école"}},
		{"curly quotes split like straight ones", "“Hi,” he said’s", []string{"hi", "he", "said", "s"}},
		{"trailing word", "end", []string{"end"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := tokens(c.in); !reflect.DeepEqual(got, c.want) {
				t.Errorf("tokens(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestTokenScore(t *testing.T) {
	for _, c := range []struct {
		name, pred, gold string
		p, r, f1         float64
	}{
		{"identical", "The cat sat.", "the CAT sat", 1, 1, 1},
		{"both empty", "", " ", 1, 1, 1},
		{"nothing predicted", "", "some gold text", 0, 0, 0},
		{"nothing expected", "junk", "", 0, 0, 0},
		{"disjoint", "a b", "c d", 0, 0, 0},
		// pred {a,b,c,x} gold {a,b,c,d,e,f}: overlap 3, P 3/4, R 3/6, F1 0.6.
		{"partial", "a b c x", "a b c d e f", 0.75, 0.5, 0.6},
		// A bag, not a set: gold has "the" once, the prediction twice.
		{"repeats count", "the the end", "the end", 2.0 / 3, 1, 0.8},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := tokenScore(c.pred, c.gold)
			if !near(s.precision(), c.p) || !near(s.recall(), c.r) || !near(s.f1(), c.f1) {
				t.Errorf("P/R/F1 = %.4f/%.4f/%.4f, want %.4f/%.4f/%.4f (score %+v)",
					s.precision(), s.recall(), s.f1(), c.p, c.r, c.f1, s)
			}
		})
	}
}

func TestScoreAddIsMicroAverage(t *testing.T) {
	a := tokenScore("a b", "a b")         // 2/2/2
	b := tokenScore("x y z w", "x q r s") // 1/4/4
	s := a.add(b)
	if s != (score{Overlap: 3, Predicted: 6, Gold: 6}) {
		t.Fatalf("sum = %+v", s)
	}
	if !near(s.f1(), 0.5) {
		t.Errorf("micro F1 = %v, want 0.5", s.f1())
	}
}

func TestExactMatches(t *testing.T) {
	gold := []string{"First  paragraph.", "Second “quoted” one.", "Third."}
	for _, c := range []struct {
		name   string
		blocks []string
		want   int
	}{
		{"all, white space differs", []string{" First\nparagraph. ", "Second \u00a0“quoted” one.", "Third."}, 3},
		{"straight quotes are not curly ones", []string{"First paragraph.", `Second "quoted" one.`}, 1},
		{"merged paragraphs do not count", []string{"First paragraph. Second “quoted” one.", "Third."}, 1},
		{"case matters", []string{"first paragraph."}, 0},
		{"no blocks", nil, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := exactMatches(c.blocks, gold); got != c.want {
				t.Errorf("exactMatches = %d, want %d", got, c.want)
			}
		})
	}
}

func TestLeaked(t *testing.T) {
	blocks := []string{"The body says hello.", "About Acme", "Acme makes   anvils for everyone.", "Read the full report here."}
	snippets := []string{
		"About Acme Acme makes anvils", // spans two blocks
		"###",                          // absent
		"[Read the full report](https://example.com/report)", // leaks as visible text
		"[here](https://example.com)",                        // visible text too short to judge
		"![](https://example.com/logo.png)",                  // no visible text
		"**Media contact:** Jane",                            // absent
	}
	got := leaked(blocks, snippets)
	want := []string{snippets[0], snippets[2]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("leaked = %q, want %q", got, want)
	}
	if got := leaked(nil, snippets); got != nil {
		t.Errorf("leaked from an empty body = %q", got)
	}
}

func TestVisible(t *testing.T) {
	in := "**Bold** [link text](https://x.org/a_b) ![alt](i.png) <https://y.org/>"
	if got, want := visible(in), "Bold link text alt https://y.org/"; got != want {
		t.Errorf("visible = %q, want %q", got, want)
	}
}

func ptr(s string) *string { return &s }

func TestSameField(t *testing.T) {
	for _, c := range []struct {
		name string
		f    field
		got  string
		want *string
		ok   bool
	}{
		{"null gold, empty output", fieldPublisher, "", nil, true},
		{"null gold, some output", fieldPublisher, "Acme", nil, false},
		{"missing output", fieldPublisher, "", ptr("Acme"), false},
		{"white space collapsed", fieldDateline, " SAN JOSE,\n Calif. ", ptr("SAN JOSE, Calif."), true},
		{"dateline otherwise exact", fieldDateline, "San Jose, Calif.", ptr("SAN JOSE, Calif."), false},
		{"title ignores case", fieldTitle, "Acme Buys Widgets", ptr("ACME BUYS WIDGETS"), true},
		{"title keeps punctuation", fieldTitle, "Acme buys widgets.", ptr("Acme buys widgets"), false},
		{"publisher keeps case", fieldPublisher, "ACME", ptr("Acme"), false},
		{"date with time", fieldPublished, "2024-03-15T10:00:00Z", ptr("2024-03-15"), true},
		{"other date", fieldPublished, "2024-03-16", ptr("2024-03-15"), false},
		{"url trailing slash", fieldURL, "https://x.org/a/", ptr("https://x.org/a"), true},
		{"url scheme matters", fieldURL, "http://x.org/a", ptr("https://x.org/a"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := sameField(c.f, c.got, c.want); got != c.ok {
				t.Errorf("sameField(%s, %q) = %v, want %v", c.f, c.got, got, c.ok)
			}
		})
	}
}

func TestSetScore(t *testing.T) {
	links := setScore(
		[]string{"https://www.acme.com/", "http://www.acme.com", "mailto:a@acme.com", "https://x.org/other"},
		[]string{"www.acme.com", "https://y.org"},
		normLink)
	if links != (score{Overlap: 1, Predicted: 2, Gold: 2}) {
		t.Errorf("links = %+v, want 1 overlap of 2 predicted and 2 gold", links)
	}
	emails := setScore([]string{"Press@Acme.com"}, []string{"press@acme.com"}, normEmail)
	if emails != (score{Overlap: 1, Predicted: 1, Gold: 1}) {
		t.Errorf("emails = %+v", emails)
	}
	phones := setScore([]string{"+1\u00a0555  0100"}, []string{"+1 555 0100", "555-0199"}, normPhone)
	if phones != (score{Overlap: 1, Predicted: 1, Gold: 2}) {
		t.Errorf("phones = %+v", phones)
	}
}

func TestHTMLText(t *testing.T) {
	got, err := htmlText([]byte(`<div><p>One <b>bo</b>ld<br>two</p><script>var x</script><li>three</li></div>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"one", "bold", "two", "three"}; !reflect.DeepEqual(tokens(got), want) {
		t.Errorf("tokens of htmlText = %q, want %q", tokens(got), want)
	}
}
