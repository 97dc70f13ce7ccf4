package parser

import (
	"strings"
	"testing"
)

// metaOf runs classify and extractMetadata over paragraphs.
func metaOf(paras ...string) (*doc, *Release) {
	d := docOf(paras...)
	classify(d)
	extractMetadata(d)
	return d, d.rel
}

func TestMetadataNewswireMarkdown(t *testing.T) {
	d, r := metaOf(
		"Response by Belarus to the Vienna Mechanism: joint statement",
		"PUBLISHED NOV 18, 2021",
		"BY GOV.UK",
		"Madam Chairperson,",
		bodyA, bodyB,
		"Press release distributed by Media Pigeon on behalf of GOV.UK, on Nov 18, 2021. For more information subscribe and follow us.",
		"Media Assets",
		"<https://mediapigeon.io/newsroom/govuk/releases/en/response-by-belarus-to-the-vienna-mechanism-joint-statement-13761>",
		"GOV.UK",
	)
	want := Release{
		Title:       "Response by Belarus to the Vienna Mechanism: joint statement",
		Published:   "2021-11-18",
		Publisher:   "GOV.UK",
		Distributor: "Media Pigeon",
		URL:         "https://mediapigeon.io/newsroom/govuk/releases/en/response-by-belarus-to-the-vienna-mechanism-joint-statement-13761",
		Language:    "en",
	}
	checkMeta(t, r, want)
	for i, k := range []RemovedKind{RemovedMetadata, RemovedMetadata, RemovedMetadata} {
		if s := d.segs[i]; s.Removed == nil || s.Removed.Kind != k {
			t.Errorf("segment %d %q: removed %+v, want %s", i, s.Text, s.Removed, k)
		}
	}
	if d.segs[3].Removed != nil {
		t.Errorf("salutation removed: %+v", d.segs[3].Removed)
	}
	if s := d.segs[8]; s.Removed == nil || s.Removed.Kind != RemovedMetadata {
		t.Errorf("canonical URL line not consumed as metadata: %+v", s.Removed)
	}
}

func TestMetadataWireText(t *testing.T) {
	d, r := metaOf(
		"Acme Unveils New Widget",
		"Faster, smaller and cheaper than ever",
		"SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme Corp. today unveiled a widget that is faster, smaller and cheaper than any before it, the company said in a statement.",
		bodyB,
		"About Acme Corp.",
		"Acme Corp. is a leading maker of widgets.",
		"SOURCE Acme Corp.",
	)
	checkMeta(t, r, Release{
		Title: "Acme Unveils New Widget", Subtitle: "Faster, smaller and cheaper than ever",
		Published: "2025-03-03", Publisher: "Acme Corp.", Distributor: "PR Newswire", Dateline: "SAN JOSE, Calif.", Language: "en",
	})
	if d.segs[2].Removed != nil {
		t.Errorf("a dateline that opens the first paragraph was removed: %+v", d.segs[2].Removed)
	}
}

func TestMetadataStandaloneDateline(t *testing.T) {
	d, r := metaOf(
		"# Expert Repairs Available Year Round",
		"Ridgeland, United States - November 27, 2024 / Superior Foundation Services /",
		bodyA, bodyB,
	)
	checkMeta(t, r, Release{
		Title: "Expert Repairs Available Year Round", Published: "2024-11-27",
		Publisher: "Superior Foundation Services", Dateline: "Ridgeland, United States", Language: "en",
	})
	if s := d.segs[1]; s.Removed == nil || s.Removed.Kind != RemovedMetadata {
		t.Errorf("standalone dateline kept in the body: %+v", s.Removed)
	}
}

func TestMetadataGovernmentPage(t *testing.T) {
	d, r := metaOf(
		"Man Convicted Of Fatal Shooting - The District Attorney's Office",
		"HOME", "GET HELP", "CONTACT US",
		"FOR IMMEDIATE RELEASE",
		"Thursday, December 10, 2015",
		"Man Convicted Of Fatal Shooting",
		"LONDON – "+bodyA,
		bodyB,
	)
	checkMeta(t, r, Release{
		Title: "Man Convicted Of Fatal Shooting", Published: "2015-12-10",
		Publisher: "The District Attorney's Office", Dateline: "LONDON", Language: "en",
	})
	for i := 0; i < 7; i++ {
		if d.segs[i].Removed == nil {
			t.Errorf("segment %d %q kept in the body", i, d.segs[i].Text)
		}
	}
}

func TestMetadataFallsBackToMarkup(t *testing.T) {
	d := docOf(bodyA, bodyB)
	d.meta = map[string]string{"title": "Acme Opens Plant", "published": "2016-04-25T08:00:00-04:00", "url": "https://www.prnewswire.com/news-releases/x-300256929.html", "language": "fr"}
	classify(d)
	extractMetadata(d)
	if d.segs[0].Removed != nil {
		t.Errorf("first paragraph taken as the title: %+v", d.segs[0].Removed)
	}
	checkMeta(t, d.rel, Release{Title: "Acme Opens Plant", Published: "2016-04-25", Distributor: "PR Newswire", URL: "https://www.prnewswire.com/news-releases/x-300256929.html", Language: "en"})
}

func TestMetadataPartialDatelineDate(t *testing.T) {
	_, r := metaOf(
		"Sears Reports Second Quarter 2004 Results",
		"HOFFMAN ESTATES, Ill., July 22 /PRNewswire-FirstCall/ -- Sears, Roebuck and Co. today reported net income for the second quarter ended July 3, 2004, the company said.",
		bodyB,
	)
	checkMeta(t, r, Release{
		Title: "Sears Reports Second Quarter 2004 Results", Published: "2004-07-22", Publisher: "Sears, Roebuck and Co.",
		Distributor: "PR Newswire (PRNewswire-FirstCall)", Dateline: "HOFFMAN ESTATES, Ill.", Language: "en",
	})
}

func TestParseDateline(t *testing.T) {
	tests := []struct{ in, place, iso string }{
		{"SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme today", "SAN JOSE, Calif.", "2025-03-03"},
		{"LONDON, 3 March 2025 – The council", "LONDON", "2025-03-03"},
		{"(Dallas County) – A Dallas County jury", "Dallas County", ""},
		{"BROOMFIELD, CO - (NewMediaWire) - September 10, 2024 - Aclarion", "BROOMFIELD, CO", "2024-09-10"},
		{"HAIKOU, CHINA – Media OutReach Newswire – 10 August 2026 – A delegation", "HAIKOU, CHINA", "2026-08-10"},
		{"CUPERTINO, California--January 19, 2000--Apple today", "CUPERTINO, California", "2000-01-19"},
		{"Miami (May 14, 2024)", "Miami", "2024-05-14"},
		{"SANTA ANA – A 14-year-old was sentenced", "SANTA ANA", ""},
	}
	for _, tt := range tests {
		dl, ok := parseDateline(tt.in)
		if !ok || dl.place != tt.place || dl.iso != tt.iso {
			t.Errorf("parseDateline(%q) = %q %q %v; want %q %q", tt.in, dl.place, dl.iso, ok, tt.place, tt.iso)
		}
	}
	wires := []struct{ in, place, iso, marker string }{
		{"LONDON--(BUSINESS WIRE)--Acme today announced", "LONDON", "", "BUSINESS WIRE"},
		{"TORONTO, March 3, 2025 (GLOBE NEWSWIRE) -- Acme today announced", "TORONTO", "2025-03-03", "GLOBE NEWSWIRE"},
		{"NEW YORK, NY / ACCESSWIRE / March 3, 2025 / Acme today announced", "NEW YORK, NY", "2025-03-03", "ACCESSWIRE"},
		{"SAN FRANCISCO, CA--(Marketwired - Apr 6, 2016) - Segment today announced", "SAN FRANCISCO, CA", "2016-04-06", "Marketwired"},
	}
	for _, tt := range wires {
		dl, ok := parseDateline(tt.in)
		if !ok || dl.place != tt.place || dl.iso != tt.iso || len(dl.markers) == 0 || dl.markers[0] != tt.marker {
			t.Errorf("parseDateline(%q) = %+v %v; want %q %q marker %q", tt.in, dl, ok, tt.place, tt.iso, tt.marker)
		}
		if _, ok := wireByMarker(tt.marker); !ok {
			t.Errorf("wire %q unknown", tt.marker)
		}
	}
	for _, in := range []string{
		"The company said on March 3, 2025 that it would grow.",
		"Acme Corp. today announced results for March 3, 2025.",
		"In a statement – released today – the company said",
		"Published: 21 May 2026 · Press office", // a label, not a place
		"Sent: Thursday, February 5, 2026 10:12 AM",
	} {
		if dl, ok := parseDateline(in); ok {
			t.Errorf("parseDateline(%q) = %+v, want none", in, dl)
		}
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The council said that the plan is in the interest of the people and will be carried out in the spring.", "en"},
		{"Le conseil a indiqué que le projet est dans l'intérêt des habitants et qu'il sera réalisé pour la ville.", "fr"},
		{"Der Rat teilte mit, dass das Projekt im Interesse der Bürger ist und auch nicht verschoben wird.", "de"},
		{"El consejo dijo que el proyecto es de interés para los ciudadanos y que se llevará a cabo en la primavera.", "es"},
	}
	for _, tt := range tests {
		d := docOf(tt.text)
		if got := guessLanguage(d); got != tt.want {
			t.Errorf("guessLanguage(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func checkMeta(t *testing.T, got *Release, want Release) {
	t.Helper()
	pairs := []struct{ name, got, want string }{
		{"title", got.Title, want.Title},
		{"subtitle", got.Subtitle, want.Subtitle},
		{"published", got.Published, want.Published},
		{"publisher", got.Publisher, want.Publisher},
		{"distributor", got.Distributor, want.Distributor},
		{"url", got.URL, want.URL},
		{"dateline", got.Dateline, want.Dateline},
		{"language", got.Language, want.Language},
	}
	for _, p := range pairs {
		if p.got != p.want {
			t.Errorf("%s = %q, want %q", p.name, p.got, p.want)
		}
	}
}

func TestUnknownWireInDateline(t *testing.T) {
	_, r := metaOf("Acme Opens Plant", "SPRINGFIELD, IL / Acme Newswire / March 3, 2025 / Acme Corp. today opened a plant that will employ two hundred people in the region.", bodyB)
	if r.Distributor != "Acme Newswire" || r.Dateline != "SPRINGFIELD, IL" {
		t.Errorf("distributor %q, dateline %q", r.Distributor, r.Dateline)
	}
}

func TestPublisherCandidates(t *testing.T) {
	t.Run("about name completed with its suffix", func(t *testing.T) {
		_, r := metaOf("Rock Acquires Monument", "CONCORD, N.H., September 26, 2000 -- ROCK OF AGES CORPORATION (NASDAQ: ROAC) announced today that it has acquired a monument company in the state, it said in a statement.", bodyB, "About Rock of Ages", "Rock of Ages is a quarrier of granite.")
		if r.Publisher != "Rock of Ages Corporation" {
			t.Errorf("publisher = %q", r.Publisher)
		}
	})
	t.Run("official who announced", func(t *testing.T) {
		_, r := metaOf("Man Sentenced", "A Houston man was sentenced to 50 years in prison this week, Harris County District Attorney Kim Ogg announced.", bodyB)
		if r.Publisher != "Harris County District Attorney" {
			t.Errorf("publisher = %q", r.Publisher)
		}
	})
	t.Run("subject after a leading clause", func(t *testing.T) {
		_, r := metaOf("Earnings Up", "ATLANTA – Citing continued economic strength in the Southeast, Southern Company today reported earnings of $1.57 billion for the year, up from the year before.", bodyB)
		if r.Publisher != "Southern Company" {
			t.Errorf("publisher = %q", r.Publisher)
		}
	})
	t.Run("organisation line of a contact block", func(t *testing.T) {
		_, r := metaOf("Contact: Jane Doe", "**PRESS CONFERENCE Dallas County District Attorney's Office", "214-653-3756", "Jury Finds Man Guilty", "(Dallas County) – A Dallas County jury found a man guilty of capital murder this afternoon in a case that shocked the city.", bodyB)
		if r.Publisher != "Dallas County District Attorney's Office" {
			t.Errorf("publisher = %q", r.Publisher)
		}
	})
}

// TestParseWireReleases runs the whole pipeline over small releases in the
// shapes of three wires and checks the metadata and that the boilerplate
// is out of the body.
func TestParseWireReleases(t *testing.T) {
	tests := []struct {
		name, src string
		want      Release
		out       []string // text that must not be in the body
		in        []string // text that must be in the body
	}{
		{"business wire", bwRelease, Release{
			Title: "Acme Robotics Raises $40 Million to Scale Warehouse Automation", Subtitle: "Series C led by Example Ventures will fund expansion into Europe",
			Published: "2025-03-03", Publisher: "Acme Robotics, Inc.", Distributor: "Business Wire", Dateline: "BOSTON", Language: "en",
		}, []string{"About Acme Robotics", "Founded in 2015", "press@acmerobotics.com", "Contacts"}, []string{"BOSTON--(BUSINESS WIRE)--Acme", "double its engineering team"}},
		{"government", govRelease, Release{
			Title: "New funding for coastal flood defences", Published: "2025-03-03", Publisher: "The Environment Agency", Dateline: "LONDON", Language: "en",
		}, []string{"ENDS", "Notes to editors", "non-departmental", "0300 123 4567"}, []string{"Environment Minister Sam Jones said:", "in the spring."}},
		{"pr newswire", prnRelease, Release{
			Title: "Widget Co. Reports Record Fourth Quarter Results", Published: "2025-02-12", Publisher: "Widget Co.", Distributor: "PR Newswire",
			URL: "https://www.prnewswire.com/news-releases/widget-co-reports-record-fourth-quarter-results-302000000.html", Dateline: "CHICAGO", Language: "en",
		}, []string{"About Widget Co.", "leading manufacturer", "forward-looking", "View original content", "SOURCE Widget Co."}, []string{"Conference Call", "with analysts and investors."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse([]byte(tt.src), WithFormat(FormatText))
			if err != nil {
				t.Fatal(err)
			}
			checkMeta(t, r, tt.want)
			for _, s := range tt.out {
				if strings.Contains(r.Text, s) {
					t.Errorf("boilerplate %q left in the body", s)
				}
			}
			for _, s := range tt.in {
				if !strings.Contains(r.Text, s) {
					t.Errorf("body text %q removed", s)
				}
			}
		})
	}
}

func TestParseEINRelease(t *testing.T) {
	r, err := Parse([]byte(einRelease), WithFormat(FormatText))
	if err != nil {
		t.Fatal(err)
	}
	checkMeta(t, r, Release{
		Title: "Acme Launches Solar Roof Tiles for Homeowners", Published: "2025-03-04", Publisher: "Acme Solar",
		Distributor: "EIN Presswire", Dateline: "AUSTIN, TX, UNITED STATES", Language: "en",
	})
	for _, s := range []string{"Maria Lopez\n", "512-555-0199", "social media", "LinkedIn", "without warranty"} {
		if strings.Contains(r.Text+"\n", s) {
			t.Errorf("boilerplate %q left in the body", s)
		}
	}
	if !strings.Contains(r.Text, "said founder Maria Lopez.") {
		t.Errorf("the last body paragraph was removed")
	}
}

const einRelease = `Acme Launches Solar Roof Tiles for Homeowners

AUSTIN, TX, UNITED STATES, March 4, 2025 /EINPresswire.com/ -- Acme Solar today launched a line of solar roof tiles that look like ordinary slate and produce power for the home, the company said in a statement on Tuesday.

The tiles will be sold through roofing contractors across Texas from April, with a national rollout planned for later in the year.

"Homeowners no longer have to choose between a beautiful roof and a solar one," said founder Maria Lopez.

Maria Lopez
Acme Solar
+1 512-555-0199
email us here
Visit us on social media:
Facebook
X
LinkedIn

Legal Disclaimer:
EIN Presswire provides this news content "as is" without warranty of any kind. We do not accept any responsibility or liability for the accuracy, content, images, videos, licenses, completeness, legality, or reliability of the information contained in this article.
`

const bwRelease = `Acme Robotics Raises $40 Million to Scale Warehouse Automation

Series C led by Example Ventures will fund expansion into Europe

March 3, 2025 08:00 AM Eastern Standard Time

BOSTON--(BUSINESS WIRE)--Acme Robotics, Inc., a maker of autonomous warehouse robots, today announced that it has raised $40 million in a Series C financing round led by Example Ventures, with participation from existing investors.

"Our customers are moving faster than ever," said Jane Smith, chief executive officer of Acme Robotics. "This funding lets us meet them where they are."

The company will use the proceeds to open an office in Amsterdam and to double its engineering team over the next eighteen months.

About Acme Robotics

Acme Robotics builds autonomous mobile robots for warehouses. Founded in 2015, the company is headquartered in Boston. For more information, visit www.acmerobotics.com.

Contacts

Media:
John Doe
press@acmerobotics.com
+1 617 555 0100
`

const govRelease = `Press release

New funding for coastal flood defences

The Environment Agency has announced £50 million for coastal flood defences in the south west.

LONDON, 3 March 2025 – The Environment Agency today announced £50 million of new funding to protect 10,000 homes along the south west coast from flooding.

Environment Minister Sam Jones said:

"Communities on our coasts deserve to feel safe in their homes. This money will make a real difference."

The schemes will be built over the next three years, starting with Exmouth and Dawlish in the spring.

ENDS

Notes to editors

1. The Environment Agency is a non-departmental public body.
2. Further information is available on GOV.UK.

Press office: 0300 123 4567
`

const prnRelease = `Widget Co. Reports Record Fourth Quarter Results

CHICAGO, Feb. 12, 2025 /PRNewswire/ -- Widget Co. (NYSE: WDG) today reported record fourth quarter revenue of $1.2 billion, up 14 percent from the prior year.

"We closed the year with strong momentum," said Chief Executive Officer Maria Lopez.

Conference Call

Widget Co. will host a conference call at 10:00 a.m. Central Time today to discuss the results with analysts and investors.

About Widget Co.

Widget Co. is a leading manufacturer of industrial widgets with operations in 12 countries.

Forward-Looking Statements

This press release contains forward-looking statements that involve risks and uncertainties.

View original content to download multimedia:https://www.prnewswire.com/news-releases/widget-co-reports-record-fourth-quarter-results-302000000.html

SOURCE Widget Co.
`
