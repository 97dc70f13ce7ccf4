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

func TestGeneralBoilerplate(t *testing.T) {
	head := "Acme Opens Plant\n\nBRISTOL, England, March 3, 2026 -- Acme Ltd today opened a plant in the west of England, its first outside London.\n\n" + genBody + "\n\n"
	cases := []struct {
		name, tail string
		gone       []string    // must not be in the body
		kind       RemovedKind // the kind of the first of gone
	}{
		{"contact role, phone and reference", "Press contacts\n\nJane Doe\n\nHead of Communications for Plants and Regional Operations\n\n+44 20 7946 0000\n\njane.doe@acme.example\n\nPress release 12/26\n",
			[]string{"Head of Communications", "+44 20", "Press release 12/26"}, RemovedContact},
		{"investors after a disclaimer", "Forward-Looking Statements\n\nThis release contains forward-looking statements that involve risks and uncertainties.\n\nView source version on businesswire.com: https://www.businesswire.com/news/home/20260113005123/en/\n\nInvestors:\nJohn Roe\nir@acme.example\n\nMedia:\nMary Major\nMajor Communications\n",
			[]string{"Investors:", "Mary Major"}, RemovedContact},
		{"french about", "À propos du Groupe Acme\n\nFondé en 1987, le Groupe Acme emploie 2 300 collaborateurs dans 9 pays.\n",
			[]string{"À propos", "Fondé en 1987"}, RemovedAbout},
		{"german about", "Über die Acme GmbH\n\nDie Acme GmbH versorgt rund 2 Millionen Menschen mit Trinkwasser.\n",
			[]string{"Über die", "versorgt"}, RemovedAbout},
		{"pipe footer", "Acme Ltd | 1 High Street, Bristol BS1 4DJ | acme.example\n",
			[]string{"High Street"}, RemovedContact},
		{"posted date", "Posted 18 August 2025\n", []string{"Posted"}, RemovedMetadata},
		{"regulatory notice", "This information is subject to the disclosure requirements pursuant to Section 5-12 of the Securities Trading Act.\n",
			[]string{"disclosure requirements"}, RemovedForwardLooking},
		{"not an official record", "For information media. Not an official record.\n", []string{"official record"}, RemovedForwardLooking},
		{"cision notice", "Cision View original content:https://www.prnewswire.com/news-releases/acme-opens-plant-302600000.html\n",
			[]string{"View original"}, RemovedDistribution},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := parseText(t, head+c.tail)
			for _, g := range c.gone {
				if inBody(r, g) {
					t.Errorf("%q left in the body: %q", g, bodyTexts(r))
				}
			}
			if k := removedAs(r, c.gone[0]); k != c.kind {
				t.Errorf("%q removed as %v, want %v", c.gone[0], k, c.kind)
			}
			if !inBody(r, "240 people") {
				t.Errorf("body lost: %q", bodyTexts(r))
			}
		})
	}
}

func TestGeneralLabelledMetadata(t *testing.T) {
	r := parseText(t, "Acme Opens Plant\n\nAcme Ltd has opened a plant in the west of England, its first outside London, with 240 jobs.\n\n"+genBody+"\n\nPosted 18 August 2025\n")
	if r.Published != "2025-08-18" {
		t.Errorf("footer date: published %q", r.Published)
	}
	r = parseText(t, "EMBARGOED UNTIL 00:01 GMT THURSDAY 5 MARCH 2026\n\nAcme Opens Plant\n\nAcme Ltd has opened a plant in the west of England, its first outside London, with 240 jobs.\n\n"+genBody+"\n")
	if r.Published != "2026-03-05" {
		t.Errorf("embargo date: published %q", r.Published)
	}
	// A web page's "Published:" line under the headline is the date, not a
	// subtitle, and not the dateline.
	r = parseText(t, "Acme Opens Plant\n\nPublished: 21 May 2026 · Press office\n\nALDENPORT, 21 May 2026 – Acme Ltd has opened a plant in the west of England, its first outside London, with 240 jobs.\n\n"+genBody+"\n")
	if r.Published != "2026-05-21" || r.Subtitle != "" || r.Dateline != "ALDENPORT" || inBody(r, "Press office") {
		t.Errorf("published line: published %q subtitle %q dateline %q blocks %q", r.Published, r.Subtitle, r.Dateline, bodyTexts(r))
	}
	r = parseText(t, "Acme Opens Plant\n\nNews provided by\n\nAcme Robotics, Inc.\n\nMar 04, 2025, 08:00 ET\n\nPITTSBURGH, March 4, 2025 /PRNewswire/ -- Acme Robotics, Inc. today opened a plant in the west of Pennsylvania.\n\n"+genBody+"\n")
	if r.Publisher != "Acme Robotics, Inc." || r.Subtitle != "" || inBody(r, "Acme Robotics, Inc.\n") {
		t.Errorf("news provided by: publisher %q subtitle %q blocks %q", r.Publisher, r.Subtitle, bodyTexts(r))
	}
	r = parseText(t, "Acme Opens Plant\n\nHOUSTON, Nov. 18, 2025 /PRNewswire/ -- Acme Corp. today opened a plant in the west of Texas.\n\n"+genBody+"\n\nCONTACT: Jane Doe, 713-555-0150, jane@acme.example\n\nCision View original content to download multimedia:https://www.prnewswire.com/news-releases/acme-opens-plant-302612345.html\n\nSOURCE Acme Corp.\n")
	if !strings.HasPrefix(r.URL, "https://www.prnewswire.com/news-releases/acme-opens-plant") {
		t.Errorf("view original content: url %q", r.URL)
	}
}

func TestGeneralTitles(t *testing.T) {
	lead := "Acme Ltd today opened a plant in the west of England, its first outside London, with 240 jobs."
	cases := []struct {
		name, src, title, publisher string
	}{
		{"french label", "COMMUNIQUÉ DE PRESSE\n\nLyon, le 12 mars 2026\n\nAcme ouvre une usine à Lyon\n\n" + lead + "\n\n" + genBody + "\n", "Acme ouvre une usine à Lyon", ""},
		{"german label", "Pressemitteilung\n\nHamburg, 5. November 2025\n\nAcme eröffnet ein Werk in Hamburg\n\n" + lead + "\n\n" + genBody + "\n", "Acme eröffnet ein Werk in Hamburg", ""},
		{"english labels", "PRESS RELEASE\n\nFOR IMMEDIATE RELEASE\n\nAcme Opens Plant in Bristol\n\n" + lead + "\n\n" + genBody + "\n", "Acme Opens Plant in Bristol", ""},
		{"document code", "IP/26/512\n\n18 February 2026\n\nAcme Opens Plant in Bristol\n\n" + lead + "\n\n" + genBody + "\n", "Acme Opens Plant in Bristol", ""},
		{"clipboard header", "<html>Version:0.9 StartHTML:0000000105 EndHTML:0000000820<body><h2>Acme Opens Plant in Bristol</h2><p>" + lead + "</p><p>" + genBody + "</p></body></html>", "Acme Opens Plant in Bristol", ""},
		{"letterhead", "ACME CORPORATION\n\nAcme Launches Widget\n\nNEW YORK, Jan. 13, 2026 -- Acme today launched a widget that is smaller and cheaper than any before it.\n\n" + genBody + "\n", "Acme Launches Widget", "ACME CORPORATION"},
		{"headline below the lead", "LONDON, UK – 3 March 2026 – " + lead + "\n\nAcme appoints Jane Doe as Chief Risk Officer\n\nJane joins from Other Insurance, where she was Chief Risk Officer for Europe.\n\n" + genBody + "\n", "Acme appoints Jane Doe as Chief Risk Officer", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := parseText(t, c.src)
			if r.Title != c.title {
				t.Errorf("title %q, want %q", r.Title, c.title)
			}
			if c.publisher != "" && r.Publisher != c.publisher {
				t.Errorf("publisher %q, want %q", r.Publisher, c.publisher)
			}
			if inBody(r, c.title) {
				t.Errorf("title left in the body: %q", bodyTexts(r))
			}
		})
	}
}

func TestGeneralEndMarkers(t *testing.T) {
	short := "Acme Opens Store\n\nBOISE, Idaho, May 1, 2025 -- Acme opened a store today.\n\nThe mayor attended.\n\n"
	long := "Acme Opens Store\n\nBOISE, Idaho, May 1, 2025 -- Acme opened a store today in the downtown core, the first of twelve it plans to open in the state by the end of next year.\n\n" + genBody + "\n\n"
	for _, c := range []struct{ name, src, marker string }{
		{"### in a short release", short + "Thank you.\n\n###\n", "###"},
		{"# # # read as a heading", long + "Media contact:\nJane Doe, jane@acme.example, 208-555-0182\n\n# # #\n", "# # #"},
		{"-30-", long + "-30-\n", "-30-"},
		{"-Ends-", short + "-Ends-\n\nFor further information:\nAcme plc – Investor Relations\n", "-Ends-"},
		{"stars", long + "* *** *\n\nFor information media. Not an official record.\n", "* *** *"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := parseText(t, c.src)
			found := false
			for _, x := range r.Removed {
				if x.Kind == RemovedEndMarker && x.Text == c.marker {
					found = true
				}
			}
			if !found {
				t.Errorf("no end marker %q in removed; blocks %q", c.marker, bodyTexts(r))
			}
			if inBody(r, strings.TrimSpace(c.marker)) {
				t.Errorf("marker left in the body: %q", bodyTexts(r))
			}
		})
	}
}

func TestGeneralPublisher(t *testing.T) {
	lead := "SAN DIEGO--(BUSINESS WIRE)--Jan. 13, 2026-- Acme Biotherapeutics, Inc. (Nasdaq: ACMB) today announced results from its trial of ACM-114 in lupus."
	cases := []struct{ name, src, publisher, subtitle string }{
		{"about the product first", "Acme Reports Trial Results\n\n" + lead + "\n\n" + genBody + "\n\nAbout ACM-114\n\nACM-114 is an investigational antibody.\n\nAbout Acme Biotherapeutics\n\nAcme Biotherapeutics is a clinical-stage company.\n",
			"Acme Biotherapeutics, Inc.", ""},
		{"source in the wire header", "Acme Completes Acquisition of Wind Portfolio\n\nJanuary 22, 2026 07:00 ET | Source: Acme Energy ASA\n\nOSLO, Norway, Jan. 22, 2026 (GLOBE NEWSWIRE) -- Acme Energy ASA today announced that it has completed the acquisition of a wind portfolio.\n\n" + genBody + "\n",
			"Acme Energy ASA", ""},
		{"gov.uk from line", "Press release\n\nNew funding to restore historic high streets\n\nTowns in England will share £28 million to bring empty shops back into use.\n\nFrom: Department for Levelling Up, Housing and Communities and The Rt Hon Jane Doe MP\nPublished 14 October 2025\n\nForty high streets across England will benefit from a share of £28 million to restore historic buildings, the minister announced today.\n\n" + genBody + "\n",
			"Department for Levelling Up, Housing and Communities", "Towns in England will share £28 million to bring empty shops back into use."},
		{"mission line", "Remarks at the Security Council Briefing on Maritime Security\n\nU.S. Mission to the United Nations\n\nApril 14, 2026\n\nThank you, Madam President. Piracy and armed robbery at sea threaten the livelihoods of millions of people who depend on the oceans.\n\n" + genBody + "\n",
			"U.S. Mission to the United Nations", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := parseText(t, c.src)
			if r.Publisher != c.publisher || r.Subtitle != c.subtitle {
				t.Errorf("publisher %q subtitle %q, want %q %q", r.Publisher, r.Subtitle, c.publisher, c.subtitle)
			}
		})
	}
}

func TestGeneralContactPeople(t *testing.T) {
	head := "Acme Opens Plant\n\nBRISTOL, England, March 3, 2026 -- Acme Ltd today opened a plant in the west of England, its first outside London.\n\nJohn Roe, Group CEO, said: \"This is a proud day for everyone at Acme.\"\n\n" + genBody + "\n\n"
	cases := []struct {
		name, tail string
		want       []ContactPerson
	}{
		{"role is the rest of the line", "Investor Contact:\nJane Doe, Vice President, Investor Relations\n(216) 555-0177\nir@acme.example\n",
			[]ContactPerson{{Name: "Jane Doe", Role: "Vice President, Investor Relations", Email: "ir@acme.example", Phone: "(216) 555-0177"}}},
		{"for more information", "For more information: Kari Lunde, Communications Officer\nTel: +47 55 58 00 00 | E-mail: kari@acme.example\n",
			[]ContactPerson{{Name: "Kari Lunde", Role: "Communications Officer", Email: "kari@acme.example", Phone: "+47 55 58 00 00"}}},
		{"no speaker from the body", "For further information:\nAcme plc – Investor Relations\ninvestors@acme.example\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := parseText(t, head+c.tail)
			got := r.Contacts.People
			if len(got) != len(c.want) {
				t.Fatalf("people %+v, want %+v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("person %+v, want %+v", got[i], c.want[i])
				}
			}
		})
	}
}

func TestGeneralEntities(t *testing.T) {
	text := "The Brandvold Institute of Marine Science Receives a grant from the Department for Levelling Up, Housing and Communities. " +
		"Olivia joins from Caldermoor Re, where she was head of risk. The team joins from Mercer Vance LLP. The Board of Directors approved the plan. " +
		"A team led by Catherine Obi has joined to work on CVB-114; the other partners joining are Michael Tran, Sofia Hernández and David Kowalski."
	got := map[string]EntityKind{}
	for _, e := range entitiesIn(text, 2026, "CVB-114") {
		got[e.Text] = e.Kind
	}
	want := map[string]EntityKind{
		"Brandvold Institute of Marine Science":                EntityOrganisation,
		"Department for Levelling Up, Housing and Communities": EntityOrganisation,
		"Mercer Vance LLP": EntityOrganisation,
		"Catherine Obi":    EntityPerson,
		"Michael Tran":     EntityPerson,
		"Sofia Hernández":  EntityPerson,
		"David Kowalski":   EntityPerson,
	}
	for text, kind := range want {
		if got[text] != kind {
			t.Errorf("%q: kind %v, want %v (all: %v)", text, got[text], kind, got)
		}
	}
	for _, bad := range []string{"CVB-114", "Caldermoor Re", "Board of Directors", "Mercer Vance LLP.", "Department for Levelling Up", "Brandvold Institute of Marine Science Receives"} {
		if _, ok := got[bad]; ok {
			t.Errorf("%q found as %v", bad, got[bad])
		}
	}
}

func TestGeneralLanguageUnsure(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Acme Launches Widget\n\nAcme today launched a widget.\n", ""},
		{"Acme Launches Widget\n\nSAN DIEGO -- Acme Corp. today launched a widget for everyone.\n", "en"},
		{"Acme Opens Plant\n\n" + genBody + "\n\nThe plant is the third the company has built in the region this year, and it will be run from the head office in the city.\n", "en"},
	} {
		if r := parseText(t, c.src); r.Language != c.want {
			t.Errorf("%q: language %q, want %q", c.src[:20], r.Language, c.want)
		}
	}
}

func TestGeneralLeadPublisher(t *testing.T) {
	r := parseText(t, "Acme appoints Jane Doe as Chief Risk Officer\n\nLONDON, UK – 3 March 2026 – Acme plc, the specialist insurer, today announces the appointment of Jane Doe as Group Chief Risk Officer.\n\n"+genBody+"\n")
	if r.Publisher != "Acme plc" {
		t.Errorf("apposition: publisher %q, want Acme plc", r.Publisher)
	}
	r = parseText(t, "Trail Link Completed\n\nThe trails group has completed a 12-mile paved greenway connecting two towns, closing the last gap in the regional network.\n\n"+genBody+"\n\nCoastal Trails Alliance | 88 Harbor Road, Harwick, ME 04011 | coastaltrails.example\n")
	if r.Publisher != "Coastal Trails Alliance" {
		t.Errorf("address footer: publisher %q, want Coastal Trails Alliance", r.Publisher)
	}
	r = parseText(t, "Sent: Tuesday, September 16, 2025 9:42 AM\n\nAcme Opens Plant\n\n"+genBody+"\n")
	if strings.Contains(r.Dateline, ":") {
		t.Errorf("a mail header is no dateline: %q", r.Dateline)
	}
}

func TestGeneralMoreAboutsAndDates(t *testing.T) {
	head := "Acme Opens Plant\n\nBRISTOL, England, March 3, 2026 -- Acme Ltd today opened a plant in the west of England, its first outside London.\n\n" + genBody + "\n\n"
	for _, about := range []string{"Acerca de Acme", "Sobre a Acme", "Informazioni su Acme", "Chi è Acme", "Over Acme"} {
		r := parseText(t, head+about+"\n\nAcme es una empresa fundada en 1987 con 2 300 empleados en 9 países.\n")
		if inBody(r, about) || removedAs(r, about) != RemovedAbout {
			t.Errorf("%q: not removed as about; blocks %q", about, bodyTexts(r))
		}
	}
	// An English heading that starts like the Dutch "Over X" stays.
	r := parseText(t, head+"Over the Years\n\nThe plant replaces an older one that Acme ran in the city for forty years, the company said in a statement.\n")
	if !inBody(r, "Over the Years") {
		t.Errorf("'Over the Years' removed: %q", bodyTexts(r))
	}
	// Numeric dates: day first when another date shows it, or the spelling
	// is British; month first otherwise.
	for _, c := range []struct{ src, want string }{
		{"Acme Opens Plant\n\n03/04/2026\n\nAcme opened a plant; the previous one closed on 25/12/2025 after the organisation moved.\n\n" + genBody + "\n", "2026-04-03"},
		{"Acme Opens Plant\n\n03/04/2026\n\nThe organisation opened a centre for its programme of works.\n\n" + genBody + "\n", "2026-04-03"},
		{"Acme Opens Plant\n\n03/04/2026\n\nThe organization opened a center for its program of works.\n\n" + genBody + "\n", "2026-03-04"},
		// The dateline spells the date out; a numeric one below is not
		// what gave it.
		{"Acme Opens Plant\n\nROTTERDAM, Netherlands, March 4, 2026 -- Acme B.V. opened a plant; the mayor came on 03/04/2026.\n\n" + genBody + "\n", "2026-03-04"},
		{"Acme Opens Plant\n\nROTTERDAM, Netherlands, 03/04/2026 -- Acme B.V. opened a plant on 3 April 2026.\n\n" + genBody + "\n", "2026-04-03"},
	} {
		if r := parseText(t, c.src); r.Published != c.want {
			t.Errorf("%q: published %q, want %q", c.src[18:60], r.Published, c.want)
		}
	}
	// A forwarding e-mail's header is metadata, not body.
	r = parseText(t, "From: Jane Doe <jane@pr.example>\nTo: news@paper.example\nSubject: FW: Acme opens plant\n\nAcme Opens Plant\n\n"+genBody+"\n")
	if inBody(r, "news@paper.example") {
		t.Errorf("mail header in the body: %q", bodyTexts(r))
	}
}
