package parser

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func TestStartFilter(t *testing.T) {
	tests := []struct {
		pattern string
		text    string
		may     bool
	}{
		{`(?i)^\s*(?:contact|media)\s*:`, "Contact:", true},
		{`(?i)^\s*(?:contact|media)\s*:`, "MEDIA:", true},
		{`(?i)^\s*(?:contact|media)\s*:`, "  contact:", true},
		{`(?i)^\s*(?:contact|media)\s*:`, "Acme today announced", false},
		{`(?i)^\s*(?:contact|media)\s*:`, "", false},
		{`^(?:About|ABOUT)\s`, "about us", false},
		{`(?i)^k`, "\u212a", true}, // the Kelvin sign folds to k
		{`^a|b`, "xyz", true},      // not anchored: nothing ruled out
		{`^\s*$`, "xyz", true},     // matches the empty text
		{`^.+x`, "zzz", true},      // any rune may begin a match
		{`(?i)^\s*(?:contact|media)\s*:`, "Photo", false},
		{`(?i)^\s*(?:contact|media)\s*:`, "Co", false},
		{`(?i)^ab|^cd`, "ax", false},
		{`(?i)^ab|^cd`, "Cd", true},
		{`^ab?$`, "a", true},
		// A text that begins with no white space is read with the solid
		// positions: after an "i", only the "m" of "images" may follow.
		{`(?i)^\s*(?:images?|media)\s*:?\s*$`, "I am delivering", false},
		{`(?i)^\s*(?:images?|media)\s*:?\s*$`, " images", true},
		{`(?i)^\s*(?:images?|media)\s*:?\s*$`, "\tmedia:", true},
		{`(?i)^\s*(?:images?|media)\s*:?\s*$`, "Images:", true},
		{`^\s+x`, "x", false},
		{`^\s+x`, " x", true},
		{`(?i)^ x`, "x", false},
		{`^[\s(]*\d`, "(1", true},
	}
	for _, tt := range tests {
		f := newStartFilter(regexp.MustCompile(tt.pattern).String())
		if got := f.may(tt.text); got != tt.may {
			t.Errorf("%q.may(%q) = %v, want %v", tt.pattern, tt.text, got, tt.may)
		}
	}
}

func TestPrefixNFA(t *testing.T) {
	social := `(?i)^\s*(?:twitter|x|facebook|instagram)\s*[-–:]\s*\S+\s*$`
	tests := []struct {
		pattern string
		text    string
		may     bool
	}{
		{social, "I am delivering this statement", false}, // the sets let it through
		{social, "X: @acme", true},
		{social, "  Instagram - https://instagram.com/acme", true},
		{social, "Instagrammers", false},
		{social, "x", false},
		{`(?i)^\s*(?:contact|media)\s*:`, "Media Contact", false},
		{`(?i)^\s*(?:contact|media)\s*:`, "media  :", true},
		{`(?i)^k`, "\u212a", true}, // the Kelvin sign folds to k
		{`^a|b`, "xyz", true},      // not anchored, a letter may begin it: not scanned
		{`^\s*$`, "xyz", true},     // matches the empty text
		{`^.+x`, "zzz", true},      // any rune may follow
		{`^ab?$`, "a", true},
		{`^abc`, "ab", false},
		{`^(?:ab)+c`, strings.Repeat("ab", 40), true}, // followed nfaDepth runes only
		{`^Über\s`, "Über uns", true},
		{`^Über\s`, "Übel", false},
		// Not anchored: tried from every place a match can begin.
		{`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`, "https://example.com/releases/en/item-13761", false},
		{`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`, "dated 3/4/2026 here", true},
		{`(?i)said|says`, "He sa\u017fd so", true}, // a letter may begin it: not scanned
		{`[$€]\d+(?:\.\d+)?\s*(?:million|billion)`, "costs $5 each", false},
		{`[$€]\d+(?:\.\d+)?\s*(?:million|billion)`, "raised $5.2 million", true},
		{`[$€]\d+(?:\.\d+)?\s*(?:million|billion)`, "raised €5 Billion", false}, // case counts
		{`[$€]\d+(?:\.\d+)?\s*(?:million|billion)`, "", false},
		{`a*`, "xyz", true}, // matches the empty text anywhere
	}
	for _, tt := range tests {
		p := newPrefixNFA(regexp.MustCompile(tt.pattern).String())
		if got := p.may(tt.text); got != tt.may {
			t.Errorf("%q.may(%q) = %v, want %v", tt.pattern, tt.text, got, tt.may)
		}
		if m := regexp.MustCompile(tt.pattern).MatchString(tt.text); m && !p.may(tt.text) {
			t.Errorf("%q matches %q, which the automaton rules out", tt.pattern, tt.text)
		}
	}
}

// TestStartFilterNeverHides checks on every line of the test inputs that a
// cue's filter never rules out a text its expression matches.
func TestStartFilterNeverHides(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if len(files) == 0 {
		t.Skip("no inputs in testdata/")
	}
	var lines []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range strings.Split(string(data), "\n") {
			lines = append(lines, ln, strings.TrimSpace(ln))
		}
	}
	matched := 0
	for i, c := range cues {
		for _, ln := range lines {
			if c.re.MatchString(ln) {
				matched++
				if !cueFilter(i).may(ln) {
					t.Errorf("cue %d (%s) matches %q but its filter rules it out", i, c.re, ln)
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no cue matched any line: the test proves nothing")
	}
}

// TestFindSubjectSameAsRegexp checks on every line of the test inputs, and
// on what follows each comma, that the filtered searches find what the
// expressions alone find.
func TestFindSubjectSameAsRegexp(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	texts := []string{
		"Acme Corp. today announced a thing",
		"Acme todays",
		"Acme today",
		"The Dallas County District Attorney John Creuzot announced charges",
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, ln := range strings.Split(string(data), "\n") {
			ln = strings.TrimLeft(ln, " -–—:*#")
			texts = append(texts, ln)
			for i := strings.Index(ln, ", "); i >= 0; {
				texts = append(texts, ln[i+2:])
				j := strings.Index(ln[i+2:], ", ")
				if j < 0 {
					break
				}
				i += 2 + j
			}
		}
	}
	subjects, officials := 0, 0
	for _, s := range texts {
		want, got := subjectRE.get().FindStringSubmatch(s), findSubject(s)
		if strings.Join(want, "\x00") != strings.Join(got, "\x00") || (want == nil) != (got == nil) {
			t.Errorf("findSubject(%q) = %q, want %q", s, got, want)
		}
		if want != nil {
			subjects++
		}
		want, got = officialRE.FindStringSubmatch(s), findOfficial(s)
		if strings.Join(want, "\x00") != strings.Join(got, "\x00") || (want == nil) != (got == nil) {
			t.Errorf("findOfficial(%q) = %q, want %q", s, got, want)
		}
		if want != nil {
			officials++
		}
	}
	if subjects == 0 || officials == 0 {
		t.Errorf("matched %d subjects and %d officials: the test proves nothing", subjects, officials)
	}
}

// TestForEachWordSameAsFieldsFunc checks forEachWord against the
// strings.FieldsFunc it replaces in guessLanguage.
func TestForEachWordSameAsFieldsFunc(t *testing.T) {
	for _, s := range []string{"", "  ", "Ça, c'est für dich.", "a\xffb", "The end", "x1y2z"} {
		var got []string
		forEachWord(s, func(w string) { got = append(got, w) })
		want := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("forEachWord(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsSpaceFastSameAsUnicode(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		if isSpaceFast(r) != unicode.IsSpace(r) {
			t.Errorf("isSpaceFast(%U) = %v", r, isSpaceFast(r))
		}
	}
}

func TestLastRuneSameAsRuneSlice(t *testing.T) {
	for _, s := range []string{"", "a", "abc.", "naïve", "日本", "x\xe2\x82", "\xff", "a\x82", "€\xe2\x82\xac"} {
		r, ok := lastRune(s)
		rs := []rune(s)
		if ok != (len(rs) > 0) || ok && r != rs[len(rs)-1] {
			t.Errorf("lastRune(%q) = %U, %v", s, r, ok)
		}
	}
}

func TestMayLinkToOriginal(t *testing.T) {
	for _, s := range []string{"View Original Content", "ORIGINAL PRESS RELEASE", "Source Press Release", "read the original", "Home", "Contact us", "original/source press release", "SOURCE PRESS RELEASE here"} {
		if originalLink.MatchString(s) && !mayLinkToOriginal(s) {
			t.Errorf("mayLinkToOriginal(%q) = false, but originalLink matches", s)
		}
	}
	if mayLinkToOriginal("Home") {
		t.Error(`mayLinkToOriginal("Home") = true`)
	}
}

// TestIndexFoldASCIIAgrees checks the jumping search against lower-casing
// and strings.Contains on random ASCII texts.
func TestIndexFoldASCIIAgrees(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	const alphabet = "aAbBsStT .:"
	subs := []string{"a", "ab", "sta", "tat", "bba", "distributed by"}
	for range 20000 {
		b := make([]byte, rng.Intn(20))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		text := string(b)
		for _, sub := range subs {
			if got, want := containsFoldASCII(text, sub), strings.Contains(strings.ToLower(text), sub); got != want {
				t.Fatalf("containsFoldASCII(%q, %q) = %v, want %v", text, sub, got, want)
			}
		}
	}
}

// TestDatesAtStartSameAsFindDates checks that datesAtStart, which skips
// findDates unless a date can begin the text, misses no date at the start
// of a text: over the heads of every line of testdata and /work/shared,
// and of the same lines after their first word.
func TestDatesAtStartSameAsFindDates(t *testing.T) {
	texts := []string{"", "March 3, 2026", "mar 3 2026", "Thursday, 5 March 2026", "3/4/2026", "Septiembre 3 de 2026", "Mayday"}
	for _, ln := range append(testdataLines(t), sharedLinesIfAny(t)...) {
		texts = append(texts, headOf(ln, 40))
		if i := strings.IndexByte(ln, ' '); i >= 0 {
			texts = append(texts, headOf(ln[i+1:], 40))
		}
	}
	atStart := 0
	for _, s := range texts {
		want := findDates(s)
		if len(want) == 0 || want[0].start != 0 {
			continue
		}
		atStart++
		if got := datesAtStart(nil, s); len(got) == 0 || got[0] != want[0] {
			t.Errorf("datesAtStart(%q) = %v, findDates gives %v", s, got, want)
		}
	}
	if atStart == 0 {
		t.Error("no text begins with a date: the test proves nothing")
	}
}
