package parser

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestFindEmails(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "Primary Email: publiccorrespondence@cabinetoffice.gov.uk", []string{"publiccorrespondence@cabinetoffice.gov.uk"}},
		{"mixed case", "Kimberlee.leach@DallasCounty.org.", []string{"Kimberlee.leach@DallasCounty.org"}},
		{"two", "drew@benzinga.com and info@benzinga.com", []string{"drew@benzinga.com", "info@benzinga.com"}},
		{"label glued before", "310.299.1717 OfficeEditor@InvestorBrandNetwork.com ", []string{"Editor@InvestorBrandNetwork.com"}},
		{"digits glued after", "jane@example.com310.299.1717", []string{"jane@example.com"}},
		{"word glued after", "jane@example.comPhone: 1", []string{"jane@example.com"}},
		{"hyphen and digits", "brady2@apple.com, shannon.ocallaghan@crva.ca", []string{"brady2@apple.com", "shannon.ocallaghan@crva.ca"}},
		{"in angle brackets", "<mailto:a.b@c-d.co.uk>", []string{"a.b@c-d.co.uk"}},
		{"handle", "follow @PRNewswire and @media (min-width:600px)", nil},
		{"no tld", "user@localhost", nil},
		{"one-letter tld", "user@example.c", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range findEmails(tt.in) {
				if tt.in[m.start:m.end] != m.text {
					t.Errorf("span %d:%d = %q, text %q", m.start, m.end, tt.in[m.start:m.end], m.text)
				}
				got = append(got, m.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findEmails(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindURLs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"scheme", "visit https://www.gov.uk/ today.", []string{"https://www.gov.uk/"}},
		{"angle brackets", "Website: <https://www.gov.uk/>", []string{"https://www.gov.uk/"}},
		{"markdown link", "BY [GOV.UK](https://www.gov.uk)", []string{"https://www.gov.uk"}},
		{"markdown link with words", "[Newsramp.com TLDR](https://newsramp.com/x)", []string{"https://newsramp.com/x"}},
		{"glued scheme", "Company Websitehttp://www.benzinga.com", []string{"http://www.benzinga.com"}},
		{"glued www", "Californiawww.InvestorBrandNetwork.com310.299.1717", []string{"www.InvestorBrandNetwork.com"}},
		{"bare www", "visit www.bairdfunds.com.", []string{"www.bairdfunds.com"}},
		{"bare domain with path", "benzinga.com/events", []string{"benzinga.com/events"}},
		{"bare domain", "through sears.com, landsend.com and catalogs", []string{"sears.com", "landsend.com"}},
		{"parenthesised", "(www.apple.com/pr/) or", []string{"www.apple.com/pr/"}},
		{"balanced parens", "https://en.wikipedia.org/wiki/Go_(language), and", []string{"https://en.wikipedia.org/wiki/Go_(language)"}},
		{"query", "http://phx.corporate-ir.net/phoenix.zhtml?p=irol-irhome&c=1", []string{"http://phx.corporate-ir.net/phoenix.zhtml?p=irol-irhome&c=1"}},
		{"email is no url", "jane@example.com", nil},
		{"name in capitals", "GOV.UK", nil},
		{"abbreviations", "the U.S. and e.g. p.m. Inc. St.Louis end.It", nil},
		{"file name", "report.pdf and node.js", nil},
		{"bare scheme", "http:// alone", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range findURLs(tt.in) {
				got = append(got, m.url)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findURLs(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSocialNetwork(t *testing.T) {
	tests := []struct {
		url, network string
		share        bool
	}{
		{"https://twitter.com/cabinetofficeuk", "twitter", false},
		{"https://x.com/cabinetofficeuk", "x", false},
		{"https://www.facebook.com/acme", "facebook", false},
		{"https://www.instagram.com/cabinetoffice", "instagram", false},
		{"http://www.linkedin.com/company/cabinet-office", "linkedin", false},
		{"https://uk.linkedin.com/in/jane", "linkedin", false},
		{"http://www.youtube.com/user/cabinetofficeuk", "youtube", false},
		{"http://www.flickr.com/photos/cabinetoffice/", "flickr", false},
		{"https://www.tiktok.com/@acme", "tiktok", false},
		{"https://www.threads.net/@acme", "threads", false},
		{"https://mastodon.social/@acme", "mastodon", false},
		{"https://fosstodon.social/@acme", "mastodon", false},
		{"https://bsky.app/profile/acme.bsky.social", "bluesky", false},
		{"https://acme.bsky.social", "bluesky", false},
		{"https://twitter.com/intent/tweet?text=hi", "twitter", true},
		{"https://www.facebook.com/sharer/sharer.php?u=x", "facebook", true},
		{"https://www.linkedin.com/shareArticle?url=x", "linkedin", true},
		{"https://www.gov.uk/", "", false},
		{"https://www.reddit.com/r/x/comments/1", "", false},
		{"https://notx.com/a", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			n, share := socialNetwork(tt.url)
			if n != tt.network || share != tt.share {
				t.Errorf("socialNetwork(%q) = %q, %v; want %q, %v", tt.url, n, share, tt.network, tt.share)
			}
		})
	}
}

func TestFindPeople(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []ContactPerson
	}{
		{"heading and card", "Media Contact:\nJane Doe\nDirector of Communications\n+1 214-653-3756\njane@x.com",
			[]ContactPerson{{Name: "Jane Doe", Role: "Director of Communications", Phone: "+1 214-653-3756", Email: "jane@x.com"}}},
		{"inline heading", "October 15, 2018 Contact: Kimberlee Leach\nDirector of Communications\nDallas County District Attorney’s Office\n214-653-3756 (office)\nKimberlee.leach@DallasCounty.org\nFor Immediate Release: Dallas County Jury Finds",
			[]ContactPerson{{Name: "Kimberlee Leach", Role: "Director of Communications", Phone: "214-653-3756", Email: "Kimberlee.leach@DallasCounty.org"}}},
		{"name only under heading", "Contact: Kimberlee Leach", []ContactPerson{{Name: "Kimberlee Leach"}}},
		{"role after comma", "Media Contact: Shannon O’Callaghan, Show Director\nEmail: shannon@crva.ca\nPhone: 905-336-8949",
			[]ContactPerson{{Name: "Shannon O’Callaghan", Role: "Show Director", Email: "shannon@crva.ca", Phone: "905-336-8949"}}},
		{"two cards without heading", "Susan Kang Schroeder\nChief of Staff\nOffice: 714-347-8408\nCell: 714-292-2718\nFarrah Emami\nSpokesperson\nOffice: 714-347-8405",
			[]ContactPerson{{Name: "Susan Kang Schroeder", Role: "Chief of Staff", Phone: "714-347-8408"}, {Name: "Farrah Emami", Role: "Spokesperson", Phone: "714-347-8405"}}},
		{"organisation line", "Press Contacts:\nRhona Hamilton\nApple Computer, Inc.\n(408) 974-6439\nhamilton@apple.com\n\nKatie Cotton\nNeXT Software Inc.\n(408) 974-7269",
			[]ContactPerson{{Name: "Rhona Hamilton", Phone: "(408) 974-6439", Email: "hamilton@apple.com"}, {Name: "Katie Cotton", Phone: "(408) 974-7269"}}},
		{"wire contact line", "/CONTACT:  News Media Contact, Edgar P. McDougal, +1-847-286-9669, or\nInvestor Contact, Scott A. Bohaboy, +1-847-286-7419, both of Sears",
			[]ContactPerson{{Name: "Edgar P. McDougal", Phone: "+1-847-286-9669"}, {Name: "Scott A. Bohaboy", Phone: "+1-847-286-7419"}}},
		{"sentence", "For media inquiries, please contact Michelle Weekley: press@bytefederal.com",
			[]ContactPerson{{Name: "Michelle Weekley", Email: "press@bytefederal.com"}}},
		{"name before phone", "Todd Sandridge +1 601-941-2125 http://superior.ms",
			[]ContactPerson{{Name: "Todd Sandridge", Phone: "+1 601-941-2125"}}},
		{"places are no names", "Contact:\nLos Angeles, California\n310.299.1717", nil},
		{"page furniture is no name", "MEDIA CONTACT:\nKatie Sullivan\nkatie@bateman-group.com\nRelated Links\nwww.example.com", []ContactPerson{{Name: "Katie Sullivan", Email: "katie@bateman-group.com"}}},
		{"prose", "John Smith said the company expects growth in 2025 and beyond, citing strong demand across all of its markets and regions.\nCall 214-653-3756.", nil},
		{"name without contact", "Jane Doe\nNew products\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findPeople(strings.Split(tt.in, "\n"))
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findPeople =\n%+v\nwant\n%+v", got, tt.want)
			}
		})
	}
}

func TestFindContactsSeed(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "app", "ui", "sample.txt"))
	if err != nil {
		t.Skipf("no sample release: %v", err)
	}
	d := &doc{src: string(src), format: FormatMarkdown, rel: &Release{}}
	findContacts(d)
	c := d.rel.Contacts
	if want := []string{"publiccorrespondence@cabinetoffice.gov.uk"}; !reflect.DeepEqual(c.Emails, want) {
		t.Errorf("emails = %q, want %q", c.Emails, want)
	}
	if len(c.Phones) != 0 {
		t.Errorf("phones = %q, want none", c.Phones)
	}
	var networks []string
	for _, s := range c.Social {
		networks = append(networks, s.Network)
	}
	if want := []string{"twitter", "instagram", "linkedin", "youtube", "flickr"}; !reflect.DeepEqual(networks, want) {
		t.Errorf("social networks = %q, want %q", networks, want)
	}
	for _, w := range c.Websites {
		if n, _ := socialNetwork(w); n != "" {
			t.Errorf("social profile %q among websites", w)
		}
	}
	if len(c.Websites) == 0 || c.Websites[0] != "https://www.gov.uk" {
		t.Errorf("websites = %q, want https://www.gov.uk first", c.Websites)
	}
	if d.rel.Links == nil {
		t.Error("Links is nil")
	}
}

func TestFindContactsHTML(t *testing.T) {
	d := &doc{format: FormatHTML, rel: &Release{}, segs: []*segment{
		{Text: "Home News Contact", Links: []Link{{Text: "Home", URL: "https://wire.example/", Start: 0, End: 4}}, Removed: &removal{Kind: RemovedNavigation}},
		{Text: "Andrew Pike, Group CEO, said: the year was good.", Lines: []line{{Text: "Andrew Pike, Group CEO, said: the year was good."}}},
		{Text: "MEDIA CONTACT:", Lines: []line{{Text: "MEDIA CONTACT:"}}, Removed: &removal{Kind: RemovedContact}},
		{Text: "Katie Sullivan Bateman Group write to us", Lines: []line{{Text: "Katie Sullivan"}, {Text: "Bateman Group"}, {Text: "write to us"}},
			Links: []Link{{Text: "write to us", URL: "mailto:katie@bateman-group.com?subject=Hi", Start: 29, End: 40}}, Removed: &removal{Kind: RemovedContact}},
		{Text: "Read hackerrank.com today", Links: []Link{{Text: "hackerrank.com", URL: "http://hackerrank.com", Start: 5, End: 19}}},
	}}
	findContacts(d)
	c := d.rel.Contacts
	if want := []string{"katie@bateman-group.com"}; !reflect.DeepEqual(c.Emails, want) {
		t.Errorf("emails = %q, want %q", c.Emails, want)
	}
	if want := []string{"http://hackerrank.com"}; !reflect.DeepEqual(c.Websites, want) {
		t.Errorf("websites = %q, want %q (navigation left out, link target for its text)", c.Websites, want)
	}
	if want := []ContactPerson{{Name: "Katie Sullivan", Email: "katie@bateman-group.com"}}; !reflect.DeepEqual(c.People, want) {
		t.Errorf("people = %+v, want %+v", c.People, want)
	}
}

// TestContactsCorpus compares the contacts Parse finds with the e-mail
// addresses, phone numbers and links of the hand-made gold files, and
// prints precision and recall.
func TestContactsCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus")
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Skipf("SKIPPED: no corpus at %s", dir)
	}
	type score struct{ tp, fp, fn int }
	var emails, phones, links score
	count := func(sc *score, got, want []string, fold bool, name, what string) {
		key := func(s string) string {
			if fold {
				return strings.ToLower(s)
			}
			return s
		}
		w := map[string]bool{}
		for _, s := range want {
			w[key(s)] = true
		}
		g := map[string]bool{}
		for _, s := range got {
			if g[key(s)] {
				continue
			}
			g[key(s)] = true
			if w[key(s)] {
				sc.tp++
			} else {
				sc.fp++
				t.Logf("%s: extra %s %q", name, what, s)
			}
		}
		for s := range w {
			if !g[s] {
				sc.fn++
				t.Logf("%s: missed %s %q", name, what, s)
			}
		}
	}
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".gold.json")
		var gold struct {
			Emails, Phones, Links []string
			Shape                 string
		}
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &gold); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		in, _ := filepath.Glob(filepath.Join(dir, name+".input.*"))
		if len(in) != 1 {
			t.Fatalf("%s: %d inputs", name, len(in))
		}
		src, err := os.ReadFile(in[0])
		if err != nil {
			t.Fatal(err)
		}
		rel, err := Parse(src)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		c := rel.Contacts
		count(&emails, c.Emails, gold.Emails, true, name, "email")
		count(&phones, c.Phones, gold.Phones, false, name, "phone")
		if gold.Shape == "html" {
			continue // gold links of full web pages cover the release region only
		}
		got := append([]string{}, c.Websites...)
		for _, s := range c.Social {
			got = append(got, s.URL)
		}
		count(&links, got, gold.Links, true, name, "link")
	}
	report := func(what string, sc score, minP, minR float64) {
		p := float64(sc.tp) / float64(max(1, sc.tp+sc.fp))
		r := float64(sc.tp) / float64(max(1, sc.tp+sc.fn))
		t.Logf("%-6s precision %.3f recall %.3f (tp %d fp %d fn %d)", what, p, r, sc.tp, sc.fp, sc.fn)
		if p < minP || r < minR {
			t.Errorf("%s: precision %.3f recall %.3f, want at least %.2f and %.2f", what, p, r, minP, minR)
		}
	}
	report("emails", emails, 0.95, 0.9)
	report("phones", phones, 0.9, 0.9)
	report("links", links, 0.85, 0.9)
}

func FuzzFindContacts(f *testing.F) {
	for _, s := range []string{"Media Contact:\nJane Doe\n+1 214-653-3756\njane@x.com", "[GOV.UK](https://www.gov.uk)",
		"Californiawww.x.com310.299.1717", "@", "x@y.", "contact Jane Doe: a@b.co", "http://(", "www."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc{src: s, format: FormatText, rel: &Release{}}
		findContacts(d)
		for _, e := range d.rel.Contacts.Emails {
			if !strings.Contains(s, e) {
				t.Fatalf("email %q is not in the input", e)
			}
		}
		for _, p := range d.rel.Contacts.Phones {
			if !strings.Contains(plainSpaces(s), p) {
				t.Fatalf("phone %q is not in the input", p)
			}
		}
	})
}

func TestFindContactsOrderAndDuplicates(t *testing.T) {
	src := "Call 214-653-3756 or write to Jane@Example.com.\nWeb: www.example.com, https://twitter.com/acme\n" +
		"jane@example.com again, 214-653-3756 again, WWW.EXAMPLE.COM and https://twitter.com/ACME.\n" +
		"Phone:\u00a0+44\u00a020\u00a07946\u00a00000, [share](https://twitter.com/intent/tweet?text=x)"
	d := &doc{src: src, format: FormatText, rel: &Release{}}
	findContacts(d)
	c := d.rel.Contacts
	if want := []string{"Jane@Example.com"}; !reflect.DeepEqual(c.Emails, want) {
		t.Errorf("emails = %q, want %q", c.Emails, want)
	}
	if want := []string{"214-653-3756", "+44 20 7946 0000"}; !reflect.DeepEqual(c.Phones, want) {
		t.Errorf("phones = %q, want %q", c.Phones, want)
	}
	if want := []string{"www.example.com"}; !reflect.DeepEqual(c.Websites, want) {
		t.Errorf("websites = %q, want %q", c.Websites, want)
	}
	if want := []SocialProfile{{Network: "twitter", URL: "https://twitter.com/acme"}}; !reflect.DeepEqual(c.Social, want) {
		t.Errorf("social = %+v, want %+v (share buttons left out)", c.Social, want)
	}
}

// TestWebsitesOnceBySite lists a site written two ways once, as first
// written.
func TestWebsitesOnceBySite(t *testing.T) {
	rel, err := Parse([]byte("Acme Opens a Plant\n\nLONDON -- Acme opened a plant today.\n\nWebsite: https://www.acme.example/\n\nMore at http://acme.example and https://acme.example/news.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://www.acme.example/", "https://acme.example/news"}
	if !reflect.DeepEqual(rel.Contacts.Websites, want) {
		t.Errorf("websites = %q, want %q", rel.Contacts.Websites, want)
	}
}

// TestWebsitesLeaveOutMailingListPages: an e-mailed release's
// "Unsubscribe:" link and a preferences page are the list's, not a site to
// contact; a page whose host alone says "unsubscribe" is kept.
func TestWebsitesLeaveOutMailingListPages(t *testing.T) {
	rel, err := Parse([]byte("Acme Opens a Plant\n\nLONDON -- Acme opened a plant today. More at www.acme.example and www.unsubscribe.example.\n\n" +
		"Unsubscribe: https://lists.acme.example/unsubscribe?u=42\nPreferences: https://acme.example/email-preferences\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"www.acme.example", "www.unsubscribe.example"}; !reflect.DeepEqual(rel.Contacts.Websites, want) {
		t.Errorf("websites = %q, want %q", rel.Contacts.Websites, want)
	}
}

// TestWebsiteSchemeReplacesBareSpelling keeps one entry per site, in the
// spelling that names its scheme.
func TestWebsiteSchemeReplacesBareSpelling(t *testing.T) {
	rel, err := Parse([]byte("Acme Opens a Plant\n\nLONDON -- Acme opened a plant today. Visit acme.example to learn more.\n\nInvestors: http://www.acme.example\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"http://www.acme.example"}; !reflect.DeepEqual(rel.Contacts.Websites, want) {
		t.Errorf("websites = %q, want %q", rel.Contacts.Websites, want)
	}
}

// socialNetworksRef is the map socialHost was written from: host names,
// without "www.", to network names.
var socialNetworksRef = map[string]string{
	"twitter.com": "twitter", "x.com": "x", "facebook.com": "facebook", "fb.com": "facebook",
	"instagram.com": "instagram", "linkedin.com": "linkedin", "youtube.com": "youtube",
	"youtu.be": "youtube", "flickr.com": "flickr", "tiktok.com": "tiktok", "threads.net": "threads",
	"threads.com": "threads", "bsky.app": "bluesky", "pinterest.com": "pinterest",
	"vimeo.com": "vimeo", "weibo.com": "weibo", "t.me": "telegram", "whatsapp.com": "whatsapp",
}

// TestSocialHostSameAsMap checks socialHost against the map on its every
// host, those hosts cut short, lengthened and in capitals, and every host
// of a URL in testdata and /work/shared.
func TestSocialHostSameAsMap(t *testing.T) {
	hosts := []string{"", "x", "t.m", "gov.uk", "www.x.com"}
	for h := range socialNetworksRef {
		hosts = append(hosts, h, h[:len(h)-1], h[1:], h+".", "a"+h, strings.ToUpper(h))
	}
	for _, text := range contactFinderTexts(t) {
		for _, m := range findURLs(text) {
			rest := m.url
			if i := strings.Index(rest, "://"); i >= 0 {
				rest = rest[i+3:]
			}
			if i := strings.IndexAny(rest, "/?#:"); i >= 0 {
				rest = rest[:i]
			}
			hosts = append(hosts, rest, strings.TrimPrefix(strings.ToLower(rest), "www."))
		}
	}
	for _, h := range hosts {
		if got, want := socialHost(h), socialNetworksRef[h]; got != want {
			t.Fatalf("socialHost(%q) = %q, want %q", h, got, want)
		}
	}
}
