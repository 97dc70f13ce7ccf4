package parser

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The regular expressions the hand matchers of dates_forms.go replace: the
// reference they are tested against.
const (
	refMonthRE   = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	refWeekdayRE = `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+(?:the\s+)?)?`
	refOrdinalRE = `(?:st|nd|rd|th)?`
)

var refDatePatterns = [len(dateForms)]*regexp.Regexp{
	regexp.MustCompile(`(?i)\b` + refWeekdayRE + refMonthRE + `\s+(\d{1,2})` + refOrdinalRE + `\b(?:,?\s+(\d{4})\b)?`),
	regexp.MustCompile(`(?i)\b` + refWeekdayRE + `(\d{1,2})` + refOrdinalRE + `\s+(?:of\s+)?` + refMonthRE + `\b(?:,?\s+(\d{4})\b)?`),
	regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?`),
	regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`),
	regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`),
	regexp.MustCompile(`(?i)\b(\d{1,2})(?:er|\.|º|°)?\s+(?:de\s+)?(\pL+)\.?(?:,?\s+(?:de\s+)?(\d{4})\b)?`),
}

// dateTexts returns texts to compare the date readers over: the inputs in
// testdata, and when it is present /work/shared: the release corpus and the
// fuzz seeds, and with pages both extraction benchmarks' web pages too
// (57 MB, over which the expressions take a minute unless run on windows).
func dateTexts(t *testing.T, pages bool) map[string]string {
	t.Helper()
	texts := map[string]string{}
	read := func(f string) {
		b := readDocument(t, f)
		texts[f] = string(b)
	}
	local, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	for _, f := range local {
		read(f)
	}
	dir := os.Getenv("PRESSMARK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Logf("SKIPPED the shared corpus: it is not at %s (set PRESSMARK_SHARED); comparing over testdata only", dir)
		return texts
	}
	pats := []string{"corpus/*.input.*", "seeds/*"}
	if pages {
		pats = append(pats, "extbench/readability-test-pages/*/source.html", "extbench/scrapinghub/html/*")
	}
	for _, pat := range pats {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		if len(m) == 0 {
			t.Errorf("no files match %s under %s", pat, dir)
		}
		for _, f := range m {
			read(f)
		}
	}
	return texts
}

// randomDateTexts returns n short texts built from the pieces dates are
// made of, in every case and order, with the odd letters (?i) folds
// ('ſ', the Kelvin sign) and the near misses between them.
func randomDateTexts(n int) []string {
	pieces := []string{
		"Jan", "january", "FEB", "February", "Mar", "march", "apr", "April", "May", "may", "Jun", "June", "Jul", "JULY",
		"Aug", "August", "Sep", "Sept", "September", "ſeptember", "Oct", "October", "Nov", "NOVEMBER", "Dec", "December",
		"Mon", "Monday", "Tue", "Tues", "Tuesday", "tueſday", "Wed", "Wednes", "Wednesday", "Thu", "Thur", "Thurs", "Thursday",
		"Fri", "Friday", "Sat", "Satur", "Saturday", "Sun", "Sunday", "ſun", "the", "The", "of", "OF", "de", "De", "er", "day",
		"st", "ſt", "nd", "rd", "th", "TH", "1", "4", "12", "18", "29", "31", "32", "123", "2021", "1999", "20215", "0",
		" ", " ", " ", "  ", "\n", "\t", ",", ".", ", ", ". ", "/", "-", ":", "T", "Z", "+", "º", "°", "_", "x", "é",
		"mars", "März", "marzo", "janvier", "août", "mei", "Mayo", "Kelvin", "\u212a", "\xff", "2021-11-18", "T09:00:00",
		"+01:00", "-0500", "11/18/2021", "18.11.2021", "(", ")", "—", "a",
	}
	r := rand.New(rand.NewSource(1))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := 1 + r.Intn(12); k > 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		out[i] = b.String()
	}
	return out
}

// checkDateForms compares every hand matcher with its expression over s.
func checkDateForms(t *testing.T, name, s string) bool {
	t.Helper()
	for fi, re := range refDatePatterns {
		want := re.FindAllStringSubmatchIndex(s, -1)
		got := allDateForms(fi, s, nil)
		if len(got) != len(want) {
			t.Errorf("%s: form %d finds %d matches, the expression %d (%q)", name, fi, len(got), len(want), headOf(s, 200))
			return false
		}
		for k := range got {
			if fmt.Sprint(got[k][:]) != fmt.Sprint(want[k]) {
				t.Errorf("%s: form %d match %d = %v, the expression gives %v in %q", name, fi, k, got[k], want[k],
					s[max(0, want[k][0]-20):min(len(s), want[k][1]+20)])
				return false
			}
		}
	}
	return true
}

// TestDateFormsMatchRegexps checks the hand matchers against the regular
// expressions they replace, over real text and generated near misses.
func TestDateFormsMatchRegexps(t *testing.T) {
	// The web pages are compared through findDates, on its windows, by
	// TestFindDatesMatchesRegexps.
	for name, s := range dateTexts(t, false) {
		checkDateForms(t, name, s)
	}
	fails := 0
	for i, s := range randomDateTexts(50000) {
		if !checkDateForms(t, fmt.Sprintf("random %d", i), s) {
			if fails++; fails > 10 {
				t.Fatal("too many differences")
			}
		}
	}
}

// FuzzDateForms checks the hand matchers against the regular expressions
// on any text.
func FuzzDateForms(f *testing.F) {
	for _, s := range randomDateTexts(200) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDateForms(t, "fuzz", s)
	})
}

// TestFindDatesMatchesRegexps checks findDates against the version that ran
// the expressions, block by block and whole, over all the texts.
func TestFindDatesMatchesRegexps(t *testing.T) {
	check := func(name, s string) {
		got, want := findDates(s), findDatesRegexp(s)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: findDates(%q)\n = %v\nwant %v", name, headOf(s, 300), got, want)
		}
	}
	for name, s := range dateTexts(t, true) {
		check(name, s)
		for k, block := range strings.Split(s, "\n\n") {
			check(fmt.Sprintf("%s block %d", name, k), block)
		}
	}
	for i, s := range randomDateTexts(20000) {
		check(fmt.Sprintf("random %d", i), s)
	}
}

// findDatesRegexp is findDates as it was when it ran the expressions on
// windows around each cue: the reference findDates must agree with.
func findDatesRegexp(text string) []dateMatch {
	var all []dateMatch
	seen := map[[3]int]bool{}
	try := func(pi, lo, hi, mustStart, mustEnd int) {
		lo, hi = max(lo, 0), min(hi, len(text))
		for lo > 0 && !utf8.RuneStart(text[lo]) {
			lo--
		}
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		for _, m := range refDatePatterns[pi].FindAllStringSubmatchIndex(text[lo:hi], -1) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += lo
				}
			}
			key := [3]int{pi, m[0], m[1]}
			if m[0] > mustStart || m[1] < mustEnd || seen[key] {
				continue
			}
			seen[key] = true
			if dm, ok := dateAt(text, pi, m); ok {
				all = append(all, dm)
			}
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z' || c >= utf8.RuneSelf:
			j := i
			for j < len(text) {
				if b := text[j]; b < utf8.RuneSelf {
					if b|0x20 < 'a' || b|0x20 > 'z' {
						break
					}
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += n
			}
			if j == i {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
				continue
			}
			if j-i >= 3 && j-i <= 11 && (i == 0 || !isWordByte(text, i-1)) {
				lw := strings.ToLower(text[i:j])
				if monthWords[lw] {
					if digitAfterMonth(text, j) {
						try(0, i-32, j+24, i, j)
					}
					if digitBefore(text, i, 32) {
						try(1, i-32, j+24, i, j)
					}
				}
				germanDay := i >= 3 && text[i-1] == ' ' && text[i-2] == '.' && isDigitByte(text[i-3])
				if foreignMonths[lw] > 0 && (germanDay || !(monthWords[lw] && text[i] >= 'A' && text[i] <= 'Z')) {
					try(5, i-16, j+16, i, j)
				}
			}
			i = j
		case isDigitByte(c):
			j := i
			for j < len(text) && isDigitByte(text[j]) {
				j++
			}
			if i == 0 || !isWordByte(text, i-1) {
				if j < len(text) && j-i == 4 && text[j] == '-' {
					try(2, i, j+40, i, j)
				}
				if j < len(text) && j-i <= 2 && text[j] == '/' {
					try(3, i, j+12, i, j)
				}
				if j < len(text) && j-i <= 2 && text[j] == '.' {
					try(4, i, j+12, i, j)
				}
			}
			i = j
		default:
			i++
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	out := all[:0]
	last := -1
	for _, m := range all {
		if m.start < last {
			continue
		}
		out = append(out, m)
		last = m.end
	}
	return out
}

// TestMonthWordMatchesMaps checks monthWord against the maps it stands for,
// over every word of the texts and every month's name in three cases.
func TestMonthWordMatchesMaps(t *testing.T) {
	words := []string{"", "ſeptember", "\u212aelvin", "İst", "\xffmai"}
	for w := range monthLex.all {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, s := range dateTexts(t, false) {
		for _, tk := range wordTokens(s, nil) {
			words = append(words, s[tk.start:tk.end])
		}
	}
	for _, w := range words {
		english, foreign := monthWord(w)
		lw := strings.ToLower(w)
		if english != monthWords[lw] || foreign != foreignMonths[lw] {
			t.Errorf("monthWord(%q) = %v, %d; the maps say %v, %d", w, english, foreign, monthWords[lw], foreignMonths[lw])
		}
	}
}

// TestDateFormInitials checks that a caseless form's matcher takes no
// match at a letter its initials leave out, at every place of every line
// of testdata and /work/shared and of each weekday's and month's name in
// any case, so that dateFormsUpTo may pass over such places.
func TestDateFormInitials(t *testing.T) {
	lines := append(testdataLines(t), sharedLinesIfAny(t)...)
	for _, m := range append(monthNames[:], "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") {
		for _, v := range []string{m, strings.ToUpper(m), strings.ToUpper(m[:1]) + m[1:]} {
			lines = append(lines, v+" 18, 2021", "Monday, "+v+" 18", "18 "+v+" 2021", "the 4th of "+v, v+", 18 November 2021")
		}
	}
	tried := 0
	for fi := range dateForms {
		f := &dateForms[fi]
		if !f.caseless {
			continue
		}
		for _, line := range lines {
			for p := 0; p < len(line); p++ {
				l := line[p] | 0x20 - 'a'
				if l >= 26 || f.initials&(1<<l) != 0 {
					continue
				}
				tried++
				var m [8]int
				if matchDateForm(fi, line, p, &m) {
					t.Fatalf("form %d matches %q at %d, which its initials leave out", fi, line[p:], p)
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("no place tried")
	}
}
