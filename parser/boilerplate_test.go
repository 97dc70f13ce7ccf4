package parser

import (
	"strings"
	"testing"
)

// docOf builds a document of one segment per paragraph, joined by blank
// lines, as the text splitter would, so that the classify and metadata
// passes can be tested on their own.
func docOf(paras ...string) *doc {
	d := &doc{cfg: &config{}, rel: &Release{}, origin: func(i int) int { return i }, meta: map[string]string{}}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(p)
		s := &segment{Text: p, Source: Span{start, b.Len()}, Lines: []line{{Text: p, Source: Span{start, b.Len()}}}}
		if strings.HasPrefix(p, "# ") {
			s.Kind, s.Level, s.Text = BlockHeading, 1, p[2:]
		}
		d.segs = append(d.segs, s)
	}
	d.src = b.String()
	return d
}

const (
	bodyA = "The company announced today that it has opened a new plant in the north of the country, creating two hundred jobs over the next three years for the region."
	bodyB = "\"We are delighted to expand our presence,\" said the chief executive. \"The region has the skills and the partners we need to grow our business further.\""
)

// kindsOf runs classify and returns, per paragraph, "body" or the removed kind.
func kindsOf(paras ...string) []string {
	d := docOf(paras...)
	classify(d)
	out := make([]string, len(d.segs))
	for i, s := range d.segs {
		out[i] = "body"
		if s.Removed != nil {
			out[i] = s.Removed.Kind.String()
		}
	}
	return out
}

func TestClassifyCues(t *testing.T) {
	tests := []struct {
		name  string
		extra string // the paragraph under test, placed after two body paragraphs
		want  string
	}{
		{"distribution notice", "Press release distributed by Media Pigeon on behalf of GOV.UK, on Nov 18, 2021. For more information subscribe and follow us.", "distribution"},
		{"source line", "SOURCE Acme Corporation", "distribution"},
		{"view original", "View original content to download multimedia: https://www.prnewswire.com/news-releases/x.html", "distribution"},
		{"original source link", "[Original/Source Press Release](https://www.24-7pressrelease.com/press-release/1/x)", "distribution"},
		{"pickup", "Pickup - [citybuzz.co](https://citybuzz.co/2024/03/15/x)", "distribution"},
		{"media assets", "Media Assets", "media"},
		{"online press release", "Visit the [online press release](#) to interact with the embedded media.", "media"},
		{"image only", "![Blockchain Registration](https://cdn.example.com/q.webp)", "media"},
		{"subscribe", "Subscribe to our newsletter for the latest updates.", "subscribe"},
		{"social heading", "Social Media", "social"},
		{"social line", "Twitter - <https://twitter.com/acme>", "social"},
		{"media contact", "Media Contact: Jane Doe, +1 555 010 1234, jane@example.com", "contact"},
		{"for more information contact", "For more information, contact Jane Doe at jane@example.com.", "contact"},
		{"about heading", "About Acme Corporation", "about"},
		{"about paragraph", "About Acme Acme is a leading maker of widgets, founded in 1901 and based in Springfield.", "about"},
		{"end marker hashes", "###", "end-marker"},
		{"end marker spaced", "# # #", "end-marker"},
		{"end marker thirty", "-30-", "end-marker"},
		{"end marker ends", "ENDS", "end-marker"},
		{"end marker dashed ends", "- ENDS -", "end-marker"},
		{"forward-looking heading", "Forward-Looking Statements", "forward-looking"},
		{"forward-looking paragraph", "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.", "forward-looking"},
		{"safe harbor", "Safe Harbor Statement", "forward-looking"},
		{"past performance", "Past performance is not a guarantee of future results.", "forward-looking"},
		{"copyright", "© 2024 Acme Corporation. All rights reserved.", "forward-looking"},
		{"notes to editors", "Notes to editors", "notes-to-editors"},
		{"editor's note", "Editor's note: photographs are available on request.", "notes-to-editors"},
		{"exhibit", "Exhibit 99.1", "other"},
		{"immediate release", "FOR IMMEDIATE RELEASE", "metadata"},
		{"skip link", "Skip to main content", "navigation"},
		{"related posts", "Related Posts", "navigation"},

		{"trademark notice", "Additional company and product names may be trademarks or registered trademarks of the individual companies.", "forward-looking"},
		{"issuer disclaimer", "The issuer is solely responsible for the content of this announcement.", "forward-looking"},
		{"hashtag", "Hashtag: #Acme", "social"},
		{"page number", "(1)", "other"},
		{"wire codes", "CO: Acme Corporation", "distribution"},
		{"appeared first", "The post Acme Opens Plant appeared first on Example News.", "distribution"},
		{"media inquiries", "For media inquiries, please contact Jane Doe: press@example.com", "contact"},
		{"glued contact label", "Contact DetailsAcme", "contact"},

		{"background heading", "Background:", "notes-to-editors"},

		{"logo link", "Logo - https://mma.prnewswire.com/media/123/acme_logo.jpg", "media"},
		{"legal disclaimer", "Legal Disclaimer: EIN Presswire provides this news content \"as is\" without warranty of any kind.", "forward-looking"},
		{"view original release", "View the original press release on accesswire.com", "distribution"},
		{"media relations heading", "Media Relations", "contact"},

		{"french about", "À propos de Acme", "about"},
		{"german about", "Über Acme", "about"},
		{"german contact", "Pressekontakt:", "contact"},
		{"french contact", "Contact presse : Jane Doe, +33 1 23 45 67 89", "contact"},
		{"french end", "- FIN -", "end-marker"},

		// Near misses that must stay body.
		{"bare background", "Background", "body"},
		{"number in a sentence", "In 2024 the plant made 12 million widgets, twice as many as in the year before.", "body"},
		{"mentions about", "About 200 people attended the opening, which was held in the presence of the mayor and local business leaders.", "body"},
		{"mentions contact", "Residents who wish to contact the council about the plans can do so at the town hall until the end of the month.", "body"},
		{"quote with forward-looking", "\"We are forward-looking and ambitious,\" said the mayor, \"and this plant shows what the region can do.\"", "body"},
		{"sentence on source", "Sources close to the company said the plant would be the largest of its kind in the country when completed.", "body"},
		{"mentions subscription", "The service offers a monthly subscription that customers can cancel at any time without a fee.", "body"},
		{"photo in sentence", "Photos of the event show the new production line, which will run around the clock from next spring.", "body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kindsOf(bodyA, bodyB, tt.extra)
			if got[0] != "body" || got[1] != "body" {
				t.Fatalf("body paragraphs removed: %v", got)
			}
			if got[2] != tt.want {
				t.Errorf("%q: got %s, want %s", tt.extra, got[2], tt.want)
			}
		})
	}
}

func TestClassifySections(t *testing.T) {
	t.Run("about runs to the end", func(t *testing.T) {
		got := kindsOf(bodyA, bodyB, "About Acme", "Acme makes widgets for the building trade and sells them in forty countries around the world.", "It employs 5,000 people.")
		want := []string{"body", "body", "about", "about", "about"}
		assertKinds(t, got, want)
	})
	t.Run("cue inside a tail keeps its own kind", func(t *testing.T) {
		got := kindsOf(bodyA, bodyB, "###", "About Acme", "Acme makes widgets.", "Media contact:", "Jane Doe", "jane@example.com")
		want := []string{"body", "body", "end-marker", "about", "about", "contact", "about", "about"}
		_ = want
		if got[2] != "end-marker" || got[3] != "about" || got[5] != "contact" {
			t.Errorf("got %v", got)
		}
		for i, k := range got[2:] {
			if k == "body" {
				t.Errorf("segment %d after the end marker kept as body", i+2)
			}
		}
	})
	t.Run("contact block takes short lines only", func(t *testing.T) {
		got := kindsOf("Media contact:", "Jane Doe", "+1 555 010 1234", bodyA, bodyB)
		assertKinds(t, got, []string{"contact", "contact", "contact", "body", "body"})
	})
	t.Run("about heading above the body stays", func(t *testing.T) {
		got := kindsOf("About the programme", bodyA, bodyB)
		assertKinds(t, got, []string{"body", "body", "body"})
	})
	t.Run("menu run", func(t *testing.T) {
		got := kindsOf(bodyA, bodyB, "Leadership", "Meet The DA", "Careers", "Newsroom")
		assertKinds(t, got, []string{"body", "body", "navigation", "navigation", "navigation", "navigation"})
	})
	t.Run("address line after a gap stays in the contact block", func(t *testing.T) {
		d := docOf(bodyA, bodyB, "Contact Information:", "Acme Corporation", "299 S Perkins St Ridgeland, Mississippi 39157 United States")
		d.segs[4].BlankBefore = 2
		classify(d)
		if d.segs[4].Removed == nil || d.segs[4].Removed.Kind != RemovedContact {
			t.Errorf("address line: %+v", d.segs[4].Removed)
		}
	})
	t.Run("a headline after two blank lines ends a contact block", func(t *testing.T) {
		d := docOf("Media Contact: Jane Doe", "jane@example.com", "Economic strength drives earnings", bodyA, bodyB)
		d.segs[2].BlankBefore = 2
		classify(d)
		if d.segs[1].Removed == nil || d.segs[2].Removed != nil {
			t.Errorf("contact block: %+v, headline: %+v", d.segs[1].Removed, d.segs[2].Removed)
		}
	})
	t.Run("company description before the end", func(t *testing.T) {
		got := kindsOf(bodyA, bodyB, "Acme Corp. (NYSE: ACME) is a leading maker of widgets with plants in twelve countries and 5,000 employees.", "Media contact:", "Jane Doe")
		assertKinds(t, got, []string{"body", "body", "about", "contact", "contact"})
	})
	t.Run("issuer's story before the contacts", func(t *testing.T) {
		got := kindsOf(
			"CUPERTINO, California--January 19, 2000--Apple today announced that its Board of Directors has voted to grant the Company's CEO stock options.",
			bodyB,
			"Apple ignited the personal computer revolution in the 1970s with the Apple II. Apple is committed to bringing the best personal computing experience to students.",
			"Press Contacts:", "Katie Cotton")
		assertKinds(t, got, []string{"body", "body", "about", "contact", "contact"})
	})
	t.Run("issuer's news before the contacts stays", func(t *testing.T) {
		got := kindsOf(
			"CUPERTINO, California--January 19, 2000--Apple today announced that its Board of Directors has voted to grant the Company's CEO stock options.",
			bodyB,
			"Apple will hold a conference call for analysts at 2 p.m. Pacific time on the day of the announcement to discuss it.",
			"Press Contacts:", "Katie Cotton")
		assertKinds(t, got, []string{"body", "body", "body", "contact", "contact"})
	})
	t.Run("running footer", func(t *testing.T) {
		footer := "Courts Building • 133 N. Riverfront Blvd. • Dallas, Texas 75207 • 214/653-3600"
		got := kindsOf(bodyA, footer, bodyB, footer)
		assertKinds(t, got, []string{"body", "other", "body", "other"})
	})
	t.Run("disclaimer ends at a new heading over plain prose", func(t *testing.T) {
		got := kindsOf(bodyA, bodyB, "Forward-Looking Statements",
			"These statements involve risks and uncertainties that could cause actual results to differ materially.",
			"Webcast",
			"Acme will webcast its second quarter earnings conference call at 10:30 a.m. on its investor relations site.")
		assertKinds(t, got, []string{"body", "body", "forward-looking", "forward-looking", "body", "body"})
	})
	t.Run("media advisory at the end", func(t *testing.T) {
		got := kindsOf(bodyA, bodyB, "**Join us for the press conference on Monday, July 8.", "WHAT: Press conference", "WHEN: Monday, July 8")
		assertKinds(t, got, []string{"body", "body", "notes-to-editors", "notes-to-editors", "notes-to-editors"})
	})
	t.Run("prose after a sign-up box", func(t *testing.T) {
		got := kindsOf(bodyA, bodyB, "SIGN UP FOR OUR NEWSLETTER", "Email (required)", bodyA+" "+bodyB)
		assertKinds(t, got, []string{"body", "body", "subscribe", "subscribe", "body"})
	})
	t.Run("short names between paragraphs are a list", func(t *testing.T) {
		got := kindsOf(bodyA, "Speakers include:", "Nate Geraci", "David Schulhof", "Dan Ahrens", bodyB)
		assertKinds(t, got, []string{"body", "body", "body", "body", "body", "body"})
	})
	t.Run("headline right after a contact block", func(t *testing.T) {
		got := kindsOf("Media Contact:", "Jane Doe", "Acme Opens New Plant", bodyA, bodyB)
		assertKinds(t, got, []string{"contact", "contact", "body", "body", "body"})
	})
	t.Run("two short lines are not a menu", func(t *testing.T) {
		got := kindsOf(bodyA, "Key facts", bodyB)
		assertKinds(t, got, []string{"body", "body", "body"})
	})
	t.Run("social links", func(t *testing.T) {
		d := docOf(bodyA, bodyB, "Follow Acme")
		d.segs[2].Links = []Link{{Text: "Follow Acme", URL: "https://twitter.com/acme"}}
		classify(d)
		if d.segs[2].Removed == nil || d.segs[2].Removed.Kind != RemovedSocial {
			t.Errorf("social link kept: %+v", d.segs[2].Removed)
		}
	})
	t.Run("social links inside a contact block", func(t *testing.T) {
		d := docOf(bodyA, bodyB, "Media contact", "Jane Doe", "Twitter | LinkedIn")
		d.segs[4].Links = []Link{{Text: "Twitter", URL: "https://twitter.com/acme"}, {Text: "LinkedIn", URL: "https://www.linkedin.com/company/acme"}}
		classify(d)
		if d.segs[4].Removed == nil || d.segs[4].Removed.Kind != RemovedSocial {
			t.Errorf("social links: %+v", d.segs[4].Removed)
		}
	})
	t.Run("restored text stays", func(t *testing.T) {
		d := docOf(bodyA, bodyB, "###")
		d.cfg.restored = map[string]bool{"###": true}
		classify(d)
		if d.segs[2].Removed != nil {
			t.Errorf("restored segment removed: %+v", d.segs[2].Removed)
		}
	})
}

func TestClassifyReasonsAreSentences(t *testing.T) {
	d := docOf(bodyA, bodyB, "###", "About Acme", "Media contact:", "Jane Doe")
	classify(d)
	for _, s := range d.segs[2:] {
		if s.Removed == nil || !strings.Contains(s.Removed.Reason, ":") || len(s.Removed.Reason) < 20 {
			t.Errorf("%q: reason %+v is not a human sentence", s.Text, s.Removed)
		}
	}
}

func assertKinds(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("kinds = %v, want %v", got, want)
	}
}

func TestClassifyAboutInTheMiddle(t *testing.T) {
	got := kindsOf(bodyA, bodyB,
		"About Acme",
		"Acme has made widgets since 1901 and sells them in forty countries around the world today.",
		"Acme's Partnership with Beta",
		"Acme is also delighted to announce its partnership with Beta, which will bring its widgets to new markets.",
	)
	assertKinds(t, got, []string{"body", "body", "about", "about", "body", "body"})
}

func TestWordCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"one two three", 3},
		{"", 0},
		{"宇航员在太空中喝酒会怎么样", 6},
		{"Apple 宇航员在太空中喝酒会怎么样 Inc.", 8},
	}
	for _, tt := range tests {
		if got := wordCount(tt.in); got != tt.want {
			t.Errorf("wordCount(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func BenchmarkClassifyAndMetadata(b *testing.B) {
	paras := []string{"Acme Unveils New Widget", "PUBLISHED NOV 18, 2021", "SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- " + bodyA}
	for range 40 {
		paras = append(paras, bodyA, bodyB)
	}
	paras = append(paras, "###", "About Acme", "Acme makes widgets.", "Media contact:", "Jane Doe", "jane@example.com", "SOURCE Acme")
	size := 0
	for _, p := range paras {
		size += len(p) + 2
	}
	b.ReportAllocs()
	b.SetBytes(int64(size))
	for b.Loop() {
		d := docOf(paras...)
		classify(d)
		extractMetadata(d)
	}
}

// FuzzClassify runs the classify and metadata passes over arbitrary
// paragraphs: they must not panic, and every removal must carry a reason.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		bodyA + "\n\n" + bodyB + "\n\n###\n\nAbout Acme\n\nMedia contact:\n\nJane Doe",
		"Title | Site\n\nHOME\n\nTitle\n\nMarch 3, 2025\n\nLONDON – " + bodyA,
		"Contact: Jane\n\n555-123-4567\n\nFor Immediate Release: Acme Opens Plant (Dallas, Texas) – " + bodyA,
		"Acme Corp. (NYSE: A) is a leading maker.\n\nx",
		"About ACME İSTANBUL\n\n\n\n(1)\n\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n\n")
		d := docOf(paras...)
		classify(d)
		extractMetadata(d)
		for _, seg := range d.segs {
			if seg.Removed != nil && seg.Removed.Reason == "" {
				t.Errorf("%q removed without a reason", seg.Text)
			}
		}
	})
}
