package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedStates is the seed's sentence listing the 35 participating States.
const seedStates = "I am delivering this statement on behalf of the following 35 participating States that invoked the Vienna (Human Dimension) Mechanism on 4 November: Albania, Austria, Belgium, Bulgaria, Canada, Croatia, Cyprus, Czech Republic, Denmark, Estonia, Finland, France, Germany, Greece, Hungary, Iceland, Ireland, Italy, Latvia, Lithuania, Luxembourg, Malta, Montenegro, The Netherlands, North Macedonia, Norway, Portugal, Romania, Slovakia, Slovenia, Spain, Switzerland, the United Kingdom, Ukraine, and the United States."

func entitiesOf(kind EntityKind, es []Entity) []Entity {
	var out []Entity
	for _, e := range es {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

// checkEntities asserts the invariants of entities over text: offsets in
// code points that give back the entity's text, sorted by start, no
// overlap within a kind.
func checkEntities(t *testing.T, text string, es []Entity) {
	t.Helper()
	runes := []rune(text)
	last := map[EntityKind]int{}
	prev := 0
	for _, e := range es {
		if e.Start < prev {
			t.Errorf("entity %+v before the previous one at %d", e, prev)
		}
		prev = e.Start
		if e.Start < 0 || e.End > len(runes) || e.Start >= e.End {
			t.Errorf("entity %+v out of bounds (%d code points)", e, len(runes))
			continue
		}
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Errorf("entity %+v: text at its offsets is %q", e, got)
		}
		if e.Start < last[e.Kind] {
			t.Errorf("entity %+v overlaps the previous %s", e, e.Kind)
		}
		last[e.Kind] = e.End
	}
}

func TestEntitiesSeedStates(t *testing.T) {
	d := &doc{rel: &Release{Text: seedStates, Published: "2021-11-18"}}
	findEntities(d)
	checkEntities(t, seedStates, d.rel.Entities)
	countries := entitiesOf(EntityCountry, d.rel.Entities)
	if len(countries) != 35 {
		var names []string
		for _, c := range countries {
			names = append(names, c.Text)
		}
		t.Fatalf("found %d countries, want 35: %q", len(countries), names)
	}
	want := map[string]string{
		"The Netherlands": "Netherlands", "North Macedonia": "North Macedonia", "Czech Republic": "Czechia",
		"the United Kingdom": "United Kingdom", "the United States": "United States", "Albania": "Albania",
	}
	for _, c := range countries {
		if v, ok := want[c.Text]; ok {
			if c.Value != v {
				t.Errorf("%q has value %q, want %q", c.Text, c.Value, v)
			}
			delete(want, c.Text)
		}
	}
	for text := range want {
		t.Errorf("country %q not found", text)
	}
	dates := entitiesOf(EntityDate, d.rel.Entities)
	if len(dates) != 1 || dates[0].Text != "4 November" || dates[0].Value != "2021-11-04" {
		t.Errorf("dates = %+v, want 4 November = 2021-11-04 (the year of publication)", dates)
	}
}

func TestEntitiesSeedParse(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "app", "ui", "sample.txt"))
	if err != nil {
		t.Skipf("no sample release: %v", err)
	}
	rel, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	checkEntities(t, rel.Text, rel.Entities)
	i := strings.Index(rel.Text, "Albania")
	j := strings.Index(rel.Text, "the United States.")
	if i < 0 || j < 0 {
		t.Fatalf("the list of states is not in the cleaned text")
	}
	from, to := len([]rune(rel.Text[:i])), len([]rune(rel.Text[:j+len("the United States")]))
	n := 0
	for _, e := range entitiesOf(EntityCountry, rel.Entities) {
		if e.Start >= from && e.End <= to {
			n++
		}
	}
	if n != 35 {
		t.Errorf("found %d countries in the list of states, want 35", n)
	}
}

func TestEntityOffsetsCodePoints(t *testing.T) {
	tests := []struct {
		text, want string
		start, end int
	}{
		{"Café 🎉 in France", "France", 10, 16},
		{"Zürich 👩‍💻 — Ελλάδα and Germany", "Germany", 24, 31},
		{"€3m 🎉 raised", "€3m", 0, 3},
		{"🎉🎉 jane@example.com", "jane@example.com", 3, 19},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			es := entitiesIn(tt.text, 0)
			checkEntities(t, tt.text, es)
			for _, e := range es {
				if e.Text == tt.want {
					if e.Start != tt.start || e.End != tt.end {
						t.Errorf("%q at [%d,%d), want [%d,%d)", e.Text, e.Start, e.End, tt.start, tt.end)
					}
					return
				}
			}
			t.Errorf("%q not found in %+v", tt.want, es)
		})
	}
}

func TestEntityKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind EntityKind
		want string // entity text
		val  string
	}{
		{"date", "PUBLISHED NOV 18, 2021 in London", EntityDate, "NOV 18, 2021", "2021-11-18"},
		{"country", "Trade with Germany grew.", EntityCountry, "Germany", "Germany"},
		{"country abbreviation", "sold in the U.S. and the UK", EntityCountry, "U.S.", "United States"},
		{"country capitals", "PARIS, FRANCE -- today", EntityCountry, "FRANCE", "France"},
		{"country variant", "exports from Czechia rose", EntityCountry, "Czechia", "Czechia"},
		{"country possessive", "Belarus’s authorities", EntityCountry, "Belarus", "Belarus"},
		{"country article", "offices in the Philippines", EntityCountry, "the Philippines", "Philippines"},
		{"place dateline", "SAN JOSE, Calif., March 3, 2025", EntityPlace, "SAN JOSE", "San Jose"},
		{"place state abbreviation", "SAN JOSE, Calif., March 3, 2025", EntityPlace, "Calif.", "California"},
		{"place longest", "offices in New Mexico", EntityPlace, "New Mexico", "New Mexico"},
		{"place state after city", "based in Atlanta, Georgia, the firm", EntityPlace, "Georgia", "Georgia"},
		{"organisation suffix", "shares of Byte Federal Inc. rose", EntityOrganisation, "Byte Federal Inc.", ""},
		{"organisation comma", "Aclarion, Inc. (Nasdaq: ACON) said", EntityOrganisation, "Aclarion, Inc.", ""},
		{"organisation council", "our statement to the Permanent Council on", EntityOrganisation, "Permanent Council", ""},
		{"organisation of", "the Ministry of Foreign Affairs said", EntityOrganisation, "Ministry of Foreign Affairs", ""},
		{"organisation abbreviation", "the U.S. Department of Agriculture said", EntityOrganisation, "U.S. Department of Agriculture", ""},
		{"organisation acronym", "the Organization for Security and Co-operation in Europe (OSCE) met", EntityOrganisation, "Organization for Security and Co-operation in Europe", ""},
		{"organisation ticker", "Oracle (NYSE: ORCL) today announced", EntityOrganisation, "Oracle", ""},
		{"organisation university", "researchers at the University of Utah found", EntityOrganisation, "University of Utah", ""},
		{"person said after", "“We are proud,” said Jane Doe, chief executive.", EntityPerson, "Jane Doe", ""},
		{"person said before", "Edgar P. McDougal said the results", EntityPerson, "Edgar P. McDougal", ""},
		{"person title", "Shannon O’Callaghan, Show Director, added", EntityPerson, "Shannon O’Callaghan", ""},
		{"person honorific", "Dr. Smith led the study", EntityPerson, "Smith", ""},
		{"person according", "according to Mary Ellen Stanek, the fund", EntityPerson, "Mary Ellen Stanek", ""},
		{"person after title", "“Yes,” said Aclarion CEO Brent Ness. “We", EntityPerson, "Brent Ness", ""},
		{"person title before said", "Chief Executive Officer Jane Doe said the", EntityPerson, "Jane Doe", ""},
		{"person suffix", "said Elgie R. Sims Jr. on Monday", EntityPerson, "Elgie R. Sims Jr.", ""},
		{"person particle", "Mayor Annelies de Wit and the minister attended", EntityPerson, "Annelies de Wit", ""},
		{"person two particles", "“We build,” said Ludwig Mies van der Rohe, the architect.", EntityPerson, "Ludwig Mies van der Rohe", ""},
		{"person particle pair", "according to Maria de la Cruz, the fund", EntityPerson, "Maria de la Cruz", ""},
		{"person particle without a name after", "“It works,” said Jane Doe de facto.", EntityPerson, "Jane Doe", ""},
		{"money billion", "a $107 billion market", EntityMoney, "$107 billion", "USD 107000000000"},
		{"money prefixed", "raised US$5.2 million", EntityMoney, "US$5.2 million", "USD 5200000"},
		{"money euro glued", "a €3m grant", EntityMoney, "€3m", "EUR 3000000"},
		{"money pound", "costs £40,000 a year", EntityMoney, "£40,000", "GBP 40000"},
		{"money code", "priced at USD 1,200 each", EntityMoney, "USD 1,200", "USD 1200"},
		{"money word", "worth 5 million euros", EntityMoney, "5 million euros", "EUR 5000000"},
		{"money cents", "earnings of $0.24 per share", EntityMoney, "$0.24", "USD 0.24"},
		{"money canadian", "a C$40 fee", EntityMoney, "C$40", "CAD 40"},
		{"percent sign", "grew 12% in", EntityPercent, "12%", "12"},
		{"percent word", "rose 12.5 percent", EntityPercent, "12.5 percent", "12.5"},
		{"percent trailing zero", "was 26.0 percent", EntityPercent, "26.0 percent", "26"},
		{"email", "write to Press@Example.com.", EntityEmail, "Press@Example.com", "press@example.com"},
		{"phone", "call (214) 653-2905.", EntityPhone, "(214) 653-2905", "+12146532905"},
		{"url", "see www.apple.com/pr/.", EntityURL, "www.apple.com/pr/", "https://www.apple.com/pr/"},
		{"url scheme", "at https://example.org/a?b=1.", EntityURL, "https://example.org/a?b=1", "https://example.org/a?b=1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entitiesIn(tt.text, 0)
			checkEntities(t, tt.text, es)
			for _, e := range entitiesOf(tt.kind, es) {
				if e.Text == tt.want {
					if e.Value != tt.val {
						t.Errorf("%s %q has value %q, want %q", tt.kind, e.Text, e.Value, tt.val)
					}
					return
				}
			}
			t.Errorf("no %s %q in %q: %+v", tt.kind, tt.want, tt.text, es)
		})
	}
}

func TestEntityNearMisses(t *testing.T) {
	tests := []struct {
		name string
		text string
		kind EntityKind
	}{
		{"surname", "Michael Jordan scored", EntityCountry},
		{"first name", "Chad Smith joined", EntityCountry},
		{"part of a name", "the 2020 Moscow Mechanism report", EntityPlace},
		{"pronoun in capitals", "LET US KNOW WHAT YOU THINK", EntityCountry},
		{"currency prefix", "US$5 million", EntityCountry},
		{"domain", "visit gov.uk today", EntityCountry},
		{"lower case", "a georgia peach, turkey dinner", EntityCountry},
		{"generic company", "Nociscan and the Company expect", EntityOrganisation},
		{"name goes on", "a 2024 LSEG Lipper Fund Award", EntityOrganisation},
		{"lower-case group", "a group of investors", EntityOrganisation},
		{"company announced", "Employee-owned Baird announced that", EntityPerson},
		{"said before title", "said Baird Advisors Co-Chief Investment Officer", EntityPerson},
		{"said the company", "the company said today", EntityPerson},
		{"plain number", "2,000,000 shares and 10 units", EntityMoney},
		{"year", "in 2024 we grew", EntityPercent},
		{"three d", "a 3D printer", EntityMoney},
		{"zip", "Dallas, Texas 75207-4399", EntityPhone},
		{"date", "on 2021-11-18", EntityPhone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := entitiesIn(tt.text, 0)
			checkEntities(t, tt.text, es)
			if got := entitiesOf(tt.kind, es); len(got) > 0 {
				t.Errorf("found %s in %q: %+v", tt.kind, tt.text, got)
			}
		})
	}
}

func TestEntitiesRecurrence(t *testing.T) {
	text := "The Organization for Security and Co-operation in Europe (OSCE) met. Later the OSCE said so. “Yes,” said Jane Doe. Jane Doe left."
	es := entitiesIn(text, 0)
	checkEntities(t, text, es)
	count := map[string]int{}
	for _, e := range es {
		count[e.Kind.String()+" "+e.Text]++
	}
	if count["organisation OSCE"] != 2 {
		t.Errorf("OSCE found %d times as an organisation, want 2", count["organisation OSCE"])
	}
	if count["person Jane Doe"] != 2 {
		t.Errorf("Jane Doe found %d times as a person, want 2", count["person Jane Doe"])
	}
}

func TestEntitiesPublisher(t *testing.T) {
	d := &doc{rel: &Release{Text: "Baird announced today. Employees of Baird own the firm. Bairdly is no match.", Publisher: "Baird", Distributor: "24-7PressRelease"}}
	findEntities(d)
	checkEntities(t, d.rel.Text, d.rel.Entities)
	if got := entitiesOf(EntityOrganisation, d.rel.Entities); len(got) != 2 {
		t.Errorf("organisations = %+v, want the publisher's two mentions", got)
	}
}

func TestEntitiesEmpty(t *testing.T) {
	d := &doc{rel: &Release{}}
	findEntities(d)
	if d.rel.Entities == nil || len(d.rel.Entities) != 0 || d.rel.Warnings == nil {
		t.Errorf("entities of an empty text = %#v, warnings %#v; want empty, non-nil", d.rel.Entities, d.rel.Warnings)
	}
}

// releaseText is about 25 KB of real release text: the inputs in
// testdata, repeated as needed, or the dense text when there are none.
func releaseText(tb testing.TB) string {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	var b strings.Builder
	for b.Len() < 25<<10 && len(files) > 0 {
		for _, f := range files {
			if strings.HasSuffix(f, ".html") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(src)
			b.WriteString("\n\n")
		}
		if b.Len() == 0 {
			break
		}
	}
	if b.Len() == 0 {
		return denseText()
	}
	return strings.ToValidUTF8(b.String()[:25<<10], "")
}

// denseText is about 25 KB of text with entities of every kind in every
// paragraph, far more than a release has.
func denseText() string {
	para := seedStates + "\n\n" +
		"SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme Widgets, Inc. (NASDAQ: ACME) today reported revenue of $107 billion, up 12.5 percent, said Jane Doe, chief executive officer. " +
		"The Ministry of Foreign Affairs and the Organization for Security and Co-operation in Europe (OSCE) welcomed the €3m grant. " +
		"Contact: press@acme.example, +1 (866) 442-2473 or visit www.acme.example/news. Café 🎉 in France.\n\n"
	var b strings.Builder
	for b.Len() < 25<<10 {
		b.WriteString(para)
	}
	return b.String()
}

func benchmarkEntities(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		d := &doc{rel: &Release{Text: text, Published: "2025-03-03"}}
		findEntities(d)
	}
}

// BenchmarkFindEntities runs findEntities over 25 KB of release text.
func BenchmarkFindEntities(b *testing.B) { benchmarkEntities(b, releaseText(b)) }

// BenchmarkFindEntitiesDense runs it over 25 KB thick with entities.
func BenchmarkFindEntitiesDense(b *testing.B) { benchmarkEntities(b, denseText()) }

func TestDatesInMatchesFindDates(t *testing.T) {
	texts := map[string]string{"release": releaseText(t), "dense": denseText(), "seed": seedStates,
		"forms": "Wednesday, the 18th of November, 2021; 2021-11-18T09:00:00+01:00 and 11/18/2021, 18.11.2021, Nov. 4 and 4 November, Saturday, December\n7, 2019"}
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*.input.*"))
	for _, f := range corpus {
		if b, err := os.ReadFile(f); err == nil {
			texts[filepath.Base(f)] = string(b)
		}
	}
	for name, text := range texts {
		got := datesIn(text, wordTokens(text, nil))
		want := findDates(text)
		if len(got) != len(want) {
			t.Errorf("%s: datesIn found %d dates, findDates %d", name, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: date %d = %+v, want %+v", name, i, got[i], want[i])
			}
		}
	}
}

func FuzzEntities(f *testing.F) {
	for _, s := range []string{seedStates, "Café 🎉 in France", "$", "US$", "(A) (", "said ", "Dr.", "Inc.", "\u00a0%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es := entitiesIn(strings.ToValidUTF8(s, "\uFFFD"), 2024)
		checkEntities(t, strings.ToValidUTF8(s, "\uFFFD"), es)
	})
}
