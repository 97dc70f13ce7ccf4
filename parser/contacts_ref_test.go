package parser

import (
	"cmp"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The contact finders as they were before the contacts pass was sped up
// (d.src scanned in one sweep per kind, www found by strings.Index, urlEnd
// testing its stop bytes one by one), kept as the reference the finders
// are checked against.

// findEmailsRef is the old findEmails: it returns the e-mail addresses written in s, in order.
func findEmailsRef(s string) []emailMatch {
	var out []emailMatch
	last := 0
	for i := strings.IndexByte(s, '@'); i >= 0; {
		at := i
		start := at
		for start > last && isLocalByte(s[start-1]) {
			start--
		}
		for start < at && (s[start] == '.' || s[start] == '-') {
			start++
		}
		end := emailDomainEnd(s, at+1)
		if start < at && end > at+1 {
			local := s[start:at]
			for _, l := range emailLabels {
				if len(local) > len(l) && strings.HasPrefix(local, l) && ctUpper(local[len(l)]) {
					start += len(l)
					break
				}
			}
			out = append(out, emailMatch{start, end, s[start:end]})
			last = end
		}
		next := strings.IndexByte(s[at+1:], '@')
		if next < 0 {
			break
		}
		i = at + 1 + next
	}
	return out
}

// findURLsRef is the old findURLs: it returns the web addresses written in s, in order: those with a
// scheme ("https://…"), those starting "www." and bare domains with a common
// top-level domain, with their paths. Trailing punctuation is left out, and
// a closing parenthesis only belongs to the address when it opened one.
// The visible text of a Markdown link ("[GOV.UK](…)") is not an address.
func findURLsRef(s string) []urlMatch {
	var cands []urlMatch
	add := func(start, end int) {
		if end <= start {
			return
		}
		u := s[start:end]
		if strings.HasSuffix(u, "//") || !strings.Contains(u, ".") {
			return
		}
		if cands == nil {
			cands = make([]urlMatch, 0, 8)
		}
		cands = append(cands, urlMatch{start, end, u})
	}
	// Addresses with a scheme, found by their "://".
	for at := 0; ; {
		k := strings.Index(s[at:], "://")
		if k < 0 {
			break
		}
		k += at
		at = k + 3
		start := -1
		switch {
		case k >= 5 && strings.EqualFold(s[k-5:k], "https"):
			start = k - 5
		case k >= 4 && strings.EqualFold(s[k-4:k], "http"):
			start = k - 4
		}
		if start < 0 {
			continue
		}
		if start > 0 && strings.IndexByte("/.@=%", s[start-1]) >= 0 {
			continue // inside another address
		}
		add(start, urlEndRef(s, start, k+3))
	}
	// "www." even when run into the word before: "Californiawww.x.com".
	for _, www := range []string{"www.", "WWW."} {
		for at := 0; ; {
			k := strings.Index(s[at:], www)
			if k < 0 {
				break
			}
			k += at
			at = k + 4
			if k > 0 {
				prev := s[k-1]
				if !urlBound(prev) && !(ctLetter(prev) && prev|0x20 != 'w') {
					continue
				}
			}
			// The host ends where its top-level domain does, for text run
			// together: "www.example.com310.299.1717".
			end := emailDomainEnd(s, k)
			if end < len(s) && s[end] == '/' {
				end = urlEndRef(s, k, end)
			}
			add(k, end)
		}
	}
	// Bare hosts, found by the dot before their top-level domain.
	last := 0
	for at := 0; ; {
		k := strings.IndexByte(s[at:], '.')
		if k < 0 {
			break
		}
		k += at
		at = k + 1
		if k < last || k == 0 || !(ctLetter(s[k-1]) || isPhoneDigit(s[k-1])) {
			continue
		}
		e := k + 1
		for e < len(s) && ctLetter(s[e]) {
			e++
		}
		if e-k-1 < 2 || e < len(s) && (isPhoneDigit(s[e]) || s[e] == '-' || s[e] == '@' ||
			s[e] == '.' && e+1 < len(s) && (ctLetter(s[e+1]) || isPhoneDigit(s[e+1]))) {
			continue // not the last label, or not a top-level domain
		}
		start := k
		for start > 0 && (ctLetter(s[start-1]) || isPhoneDigit(s[start-1]) || s[start-1] == '-' ||
			s[start-1] == '.' && start > 1 && (ctLetter(s[start-2]) || isPhoneDigit(s[start-2]))) {
			start--
		}
		for start < k && (s[start] == '-' || s[start] == '.') {
			start++ // a host starts with a letter or digit
		}
		last = e
		if start > 0 && !urlBound(s[start-1]) || !bareHost(s[start:e]) {
			continue
		}
		if strings.ToUpper(s[start:e]) == s[start:e] || inLinkText(s, start, e) {
			// "GOV.UK" is a name; "[Newsramp.com TLDR](…)" is the visible
			// text of a link whose target follows.
			continue
		}
		end := e
		if e < len(s) && s[e] == '/' {
			end = urlEndRef(s, start, e)
		}
		add(start, end)
	}
	// Candidates with the same start and end are the same address, so
	// the order among them does not matter.
	slices.SortFunc(cands, func(a, b urlMatch) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	out := cands[:0]
	end := 0
	for _, c := range cands {
		if c.start < end {
			continue
		}
		out = append(out, c)
		end = c.end
	}
	return out
}

// urlEndRef is the old urlEnd: it returns where the address starting at s[start] ends, reading from
// s[from]: at white space, quotes, angle brackets, or an unbalanced closing
// bracket, less trailing punctuation.
func urlEndRef(s string, start, from int) int {
	depth := 0
	end := from
	for end < len(s) {
		c := s[end]
		if c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`' || c == '|' || c == '{' || c == '}' || c == '\\' || c == '[' || c == ']' {
			break
		}
		if c == '(' {
			depth++
		}
		if c == ')' {
			if depth == 0 {
				break
			}
			depth--
		}
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			end += n
			continue
		}
		end++
	}
	for end > start {
		c := s[end-1]
		if strings.IndexByte(".,;:!?'*_", c) >= 0 {
			end--
			continue
		}
		break
	}
	return end
}

// findPhonesRef is the old findPhones: it returns the telephone numbers in s, in order. It favours
// precision: without a leading "+" only North American numbers grouped as
// "214-653-3756", "(214) 653-3756", "214/653-3600", "310.299.1717" or
// "1-800-555-0199" count; with one, any grouping of 8 to 15 digits whose
// country code has at most three digits. Dates, year ranges, money, ISBNs,
// ZIP+4 codes and plain numbers do not have these shapes.
func findPhonesRef(s string) []phoneMatch {
	var out []phoneMatch
	for i := 0; i < len(s); i++ {
		// Skip eight bytes at a time to the first that may start a
		// number.
		for i+8 <= len(s) {
			if m := phoneStarts8(load64(s[i:])); m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c != '+' && c != '(' && !isPhoneDigit(c) {
			continue
		}
		if !phoneStartOK(s, i) {
			// Skip the rest of this run of digits: a phone cannot start
			// inside a longer number.
			for i+1 < len(s) && isPhoneDigit(s[i+1]) {
				i++
			}
			continue
		}
		if m, ok := matchPhone(s, i); ok {
			out = append(out, m)
			i = m.end - 1
			continue
		}
		for i+1 < len(s) && isPhoneDigit(s[i+1]) {
			i++
		}
	}
	return out
}

// contactTestFiles lists the inputs of testdata and, when present, every
// shared document (the corpus and both extraction benchmarks).
func contactTestFiles(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	dir := os.Getenv("PRESSMARK_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared")
	}
	if _, err := os.Stat(dir); err == nil {
		files = append(files, sharedDocuments(t)...)
	} else {
		t.Logf("SKIPPED the shared documents: none at %s (set PRESSMARK_SHARED)", dir)
	}
	return files
}

// contactFinderTexts returns every input of testdata and of the shared
// documents (the corpus and both extraction benchmarks, when present),
// whole, and each of their lines.
func contactFinderTexts(t *testing.T) []string {
	t.Helper()
	texts := testdataLines(t)
	for _, f := range contactTestFiles(t) {
		doc := string(readDocument(t, f))
		texts = append(texts, doc)
		texts = append(texts, strings.Split(doc, "\n")...)
	}
	return texts
}

// TestContactFindersSameAsRef checks findEmails, findURLs and findPhones
// against the reference copies on edge cases and on every input and line
// of testdata and the shared documents.
func TestContactFindersSameAsRef(t *testing.T) {
	texts := append(contactFinderTexts(t),
		"www.x.com", "WWW.X.COM", "Www.x.com", "wwww.x.com", "www.", "awww.x.com", "xwww.x.com", "/www.x.com", "www.www.x.com",
		"http://www.x.com/a(b)c)", "https://x.com/\u00e9t\u00e9", "https://x.com/a\u2014b", "see x.com/path.", "(www.x.com/a)",
		"https://x.com/\xff", "GOV.UK", "gov.uk", "Gov.uk", "x.\u00e9", "[a.com](http://a.com)", "+44 (0)20 7946 0958",
		"call (214) 653-3756*", ")214-653-3756", "*214-653-3756", "a@b.co", "www.x.com310.299.1717")
	checkContactFinders(t, texts)
}

// FuzzContactFinders checks findEmails, findURLs and findPhones against the
// reference copies on any text.
func FuzzContactFinders(f *testing.F) {
	for _, s := range []string{"www.x.com/a", "https://x.com/(a)", "mail a@b.com", "+1 (214) 653-3756", "x.io/\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkContactFinders(t, []string{s}) })
}

func checkContactFinders(t *testing.T, texts []string) {
	t.Helper()
	for _, s := range texts {
		if got, want := findEmails(s), findEmailsRef(s); !slices.Equal(got, want) {
			t.Fatalf("findEmails(%q) = %v, the reference gives %v", s, got, want)
		}
		if got, want := findURLs(s), findURLsRef(s); !slices.Equal(got, want) {
			t.Fatalf("findURLs(%q) = %v, the reference gives %v", s, got, want)
		}
		if got, want := findPhones(s), findPhonesRef(s); !slices.Equal(got, want) {
			t.Fatalf("findPhones(%q) = %v, the reference gives %v", s, got, want)
		}
	}
}

// phoneStarts8 returns the high bit of each of the eight bytes of x that
// is '(', '+' or a digit, the bytes a number may start with; the others
// are 0. Each byte is tested on its own, without carries between bytes,
// so bytes of 0x80 and over never match.
func phoneStarts8(x uint64) uint64 {
	const ones = 0x0101010101010101
	const low7, high = ones * 127, ones * 128
	const above, below = '0' - 1, '9' + 1
	low := x & low7
	digits := (ones*(127+below) - low) &^ x & (low + ones*(127-above)) & high
	return digits | zeroBytes8(x^ones*'(') | zeroBytes8(x^ones*'+')
}

// zeroBytes8 returns the high bit of each byte of y that is 0.
func zeroBytes8(y uint64) uint64 {
	const low7, high = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	return ^((y&low7 + low7) | y) & high
}
