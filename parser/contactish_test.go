package parser

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// contactLabelRE is the label piece of contactish, which contactLabelAt
// reads by code.
var contactLabelRE = lazyRE(`(?i)^\s*(?:tel|phone|mobile|cell|office|fax|e-?mail|web(?:site)?|newsroom|primary email)\s*[.:]`)

// TestContactLabelAtSameAsRegexp compares contactLabelAt with the
// expression it replaced on edge cases and every line of testdata and the
// shared corpus.
func TestContactLabelAtSameAsRegexp(t *testing.T) {
	texts := []string{"Tel:", "tel.", "TEL :", "Tel\t.", "Tel\v:", "Tel", "Telephone:", "Phone: 1", "E-mail:", "e-Mail .", "email:", "E--mail:",
		"Web:", "Website:", "WebSite :", "Webſite:", "webſ:", "Newsroom:", "newſroom:", "Primary Email:", "primary  email:", "primary\temail:",
		"Office:", "Fax.", "Mobile:", "Cell:", "Cellphone:", " \t\r\n\fTel:", "Tel\n:", "Tel\xff:", "Te\u212al:", "Officer:", "Websites:"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	matched := 0
	for _, s := range texts {
		i := 0
		for i < len(s) && strings.IndexByte(" \t\n\f\r", s[i]) >= 0 {
			i++
		}
		if i == len(s) || !ctLetter(s[i]) {
			continue // matchContactish asks only about a text that starts with a letter
		}
		want := contactLabelRE.get().MatchString(s)
		if want {
			matched++
		}
		if got := contactLabelAt(s, i); got != want {
			t.Errorf("contactLabelAt(%q) = %v, the expression says %v", s, got, want)
		}
	}
	if matched == 0 {
		t.Error("no text holds a label: the test proves nothing")
	}
}

// TestMatchContactishAgrees checks that the piecewise matchContactish
// agrees with the single contactish expression on every line of the test
// inputs and on random strings built from the bytes that matter.
func TestMatchContactishAgrees(t *testing.T) {
	texts := []string{"", " ", "Tel: 555", "  12 Main Street", "1-800-555-0199", "(555) 123 4567",
		"12345678", "123456789", "1 2 3 4 5", "jane@example.com", "a@b", "Fax. 1", "ſtreet", "\v12 Main St"}
	files, _ := filepath.Glob("../testdata/*.input.*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	texts = append(texts, sharedLinesIfAny(t)...)
	rng := rand.New(rand.NewSource(5))
	const alphabet = "0123456789 \t\n\v().-/+@aZ:;é\xffStreetTel"
	for range 20000 {
		b := make([]byte, rng.Intn(24))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if got, want := matchContactish(s), contactish.MatchString(s); got != want {
			t.Fatalf("matchContactish(%q) = %v, contactish says %v", s, got, want)
		}
	}
}

// TestHasContactishByte checks hasContactishByte against
// strings.ContainsAny with each byte at each place of texts of 1 to 17
// bytes.
func TestHasContactishByte(t *testing.T) {
	for n := 1; n <= 17; n++ {
		for _, fill := range []byte{' ', 'a', 0x7f, 0xff, 0x2f, 0x3b, 0x3f, 0x41} {
			for pos := 0; pos < n; pos++ {
				for c := 0; c < 256; c++ {
					b := bytes.Repeat([]byte{fill}, n)
					b[pos] = byte(c)
					s := string(b)
					if got, want := hasContactishByte(s), strings.ContainsAny(s, "@0123456789:"); got != want {
						t.Fatalf("hasContactishByte(%q) = %v, want %v", s, got, want)
					}
				}
			}
		}
	}
}

// FuzzMatchContactish checks matchContactish against the contactish
// expression, and hasContactishByte against strings.ContainsAny, on any
// text.
func FuzzMatchContactish(f *testing.F) {
	for _, s := range []string{"Tel: 555", "(555) 123 4567", "1 2 3 4 5 6 7 8 9", "a@b.co", "12 Main Street", "x 1234-5678 y 9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := matchContactish(s), contactish.MatchString(s); got != want {
			t.Fatalf("matchContactish(%q) = %v, contactish says %v", s, got, want)
		}
		if got, want := hasContactishByte(s), strings.ContainsAny(s, "@0123456789:"); got != want {
			t.Fatalf("hasContactishByte(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestHasEmailSameAsRegexp compares hasEmail with contactEmailRE on edge
// cases and every line of the test inputs and of the shared corpus.
func TestHasEmailSameAsRegexp(t *testing.T) {
	texts := []string{"", "@", "a@b", "a@b.", "a@b.c", "@b.c", "a@.c", "a@b..", "a@b.-", "x a@b_c.d y", "a.@b.c", "+@b.c",
		"\u212a@b.c", "a@\u017f.c", "a@b.\u212a", "é@b.c", "a@é.c", "a@b.é", "a@b\xff.c", "a@@b.c", "a@b@c.d", "name (at) x.com",
		"jane.doe+pr@example.co.uk", "Primary Email: publiccorrespondence@cabinetoffice.gov.uk"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	matched := 0
	for _, s := range texts {
		want := contactEmailRE.get().MatchString(s)
		if want {
			matched++
		}
		if got := hasEmail(s); got != want {
			t.Errorf("hasEmail(%q) = %v, the expression says %v", s, got, want)
		}
	}
	if matched == 0 {
		t.Error("no text holds an address: the test proves nothing")
	}
}
