package parser

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The contact people reader as it was before the contacts pass was sped
// up (strings.Trim with dashes in its set, isRole on every part, the cue
// labels tried on every line), kept as the reference readPeople is
// checked against.

// readPeopleRef is the old readPeople: findPeople calling tick, when not nil, before each line
// with the line's index and the number of lines.
func readPeopleRef(lines []string, tick func(i, n int)) []ContactPerson {
	p := peopleReaderRef{}
	for i, ln := range lines {
		if tick != nil {
			tick(i, len(lines))
		}
		p.line(strings.TrimSpace(plainSpaces(ln)))
	}
	p.flush()
	return mergePeople(p.out)
}

// peopleReaderRef is the state of findPeople as it reads line by line.
type peopleReaderRef struct {
	out   []ContactPerson
	cur   *ContactPerson
	cued  bool // cur is the first person under a contact heading
	cue   int  // lines left in which a name follows a contact heading
	taken bool // the heading has had its first person
	parts int  // parts read since cur started
}

// flush ends the current person, keeping it when it has a way to reach it
// or stood under a contact heading.
func (p *peopleReaderRef) flush() {
	if c := p.cur; c != nil && c.Name != "" && (c.Phone != "" || c.Email != "" || p.cued) {
		p.out = append(p.out, *c)
		p.taken = p.taken || p.cued
	}
	p.cur, p.cued, p.parts = nil, false, 0
}

func (p *peopleReaderRef) line(ln string) {
	if ln == "" {
		return
	}
	if c, ok := inlineContact(ln); ok {
		p.flush()
		p.out = append(p.out, c)
		return
	}
	rest, cue := stripContactCueRef(ln)
	if cue {
		p.flush()
		p.cue, p.taken = 6, false
	} else if p.cue > 0 {
		p.cue--
	}
	if utf8.RuneCountInString(rest) > 160 || fieldCount(rest) > 18 {
		p.flush()
		p.cue = 0
		return
	}
	start := p.cur
	var buf [8]string
	for _, part := range appendContactPartsRef(buf[:0], rest) {
		// What follows a name on its line is the person's role, all of
		// it: "Melissa Tran, Vice President, Investor Relations".
		if c := p.cur; c != nil && c != start && p.roleTail(part) {
			continue
		}
		p.part(part)
	}
}

// roleTail adds s, a part after the current person's name on the same
// line, to the person's role, and reports whether it did: s must be no
// address, number or other name.
func (p *peopleReaderRef) roleTail(s string) bool {
	s = strings.Trim(s, " []*_:-–—•|")
	c := p.cur
	if s == "" || c.Phone != "" || c.Email != "" || fieldCount(s) > 8 {
		return false
	}
	if len(findEmails(s)) > 0 || len(findPhones(s)) > 0 || isPersonName(stripLabel(s)) || strings.Contains(s, "://") || hasLowerPrefix(s, "www.") {
		return false
	}
	if c.Role == "" {
		c.Role = s
	} else {
		c.Role += ", " + s
	}
	p.parts++
	return true
}

// part reads one comma- or line-separated part of a contact block.
func (p *peopleReaderRef) part(s string) {
	s = strings.Trim(s, " []*_:-–—•|")
	if s == "" {
		return
	}
	p.parts++
	if p.cur != nil && p.parts > 7 {
		p.flush()
	}
	emails, phones := findEmails(s), findPhones(s)
	if len(emails) > 0 || len(phones) > 0 {
		if name, _, ok := leadingName(s); ok {
			p.name(name)
		}
		if p.cur != nil {
			if p.cur.Phone == "" && len(phones) > 0 {
				p.cur.Phone = phones[0].text
			}
			if p.cur.Email == "" && len(emails) > 0 {
				p.cur.Email = emails[0].text
			}
		}
		return
	}
	switch {
	case isPersonName(stripLabel(s)):
		p.name(stripLabel(s))
	case isRoleRef(s):
		if c := p.cur; c != nil && c.Role == "" && c.Phone == "" && c.Email == "" {
			c.Role = s
		}
	case fieldCount(s) > 12:
		p.flush()
	}
}

// name starts a new person, unless the current one has nothing but a
// name yet: then the second name is more likely its organisation.
func (p *peopleReaderRef) name(n string) {
	if c := p.cur; c != nil {
		if c.Phone == "" && c.Email == "" && c.Role == "" {
			return
		}
		p.flush()
	}
	p.cur = &ContactPerson{Name: n}
	p.cued = p.cue > 0 && !p.taken
	p.parts = 1
}

// stripContactCueRef is the old stripContactCue: it finds a contact heading in a line — "Media Contact:",
// "Investor Relations Contacts:", "[Press Information Contact:]",
// "/CONTACT:", "Investors:" or a short line "Press Contacts" — and returns
// what follows it.
func stripContactCueRef(ln string) (string, bool) {
	lower := ""
	if containsLowerASCII(ln, "contact") {
		lower = strings.ToLower(ln)
	}
	for i := 0; lower != ""; {
		k := strings.Index(lower[i:], "contact")
		if k < 0 {
			break
		}
		k += i
		j := k + len("contact")
		if k > 0 && ctLetter(lower[k-1]) && !ctUpper(ln[k]) {
			i = j
			continue
		}
		for _, suffix := range []string{"s", " information", " info", " details", " person"} {
			if strings.HasPrefix(lower[j:], suffix) {
				j += len(suffix)
			}
		}
		rest := strings.TrimLeft(ln[j:], " ]):")
		if strings.HasPrefix(strings.TrimLeft(lower[j:], " ])"), ":") {
			return strings.TrimSpace(rest), true
		}
		if strings.TrimSpace(lower[j:]) == "" && fieldCount(ln) <= 4 {
			return "", true
		}
		i = j
	}
	for _, label := range []string{"for more information:", "for further information:", "further information:", "more information:", "investors:", "media:", "press:", "media inquiries:", "media enquiries:", "press office:", "media relations:", "investor relations:", "press inquiries:", "press enquiries:"} {
		if hasLowerPrefix(ln, label) {
			return strings.TrimSpace(ln[len(label):]), true
		}
	}
	return ln, false
}

// appendContactPartsRef is the old appendContactParts: it appends to out the parts of a line of a contact
// block, split at commas, semicolons, bars, bullets, tabs, runs of spaces
// and " or ", keeping ", Inc." and the like with the name before them.
func appendContactPartsRef(out []string, s string) []string {
	n0 := len(out)
	if strings.ContainsAny(s, ";|\t") || strings.Contains(s, "•") || strings.Contains(s, "  ") || strings.Contains(s, " or ") {
		s = partSeparators.Replace(s)
	}
	for r := range strings.SplitSeq(s, ",") {
		r = strings.TrimSpace(r)
		// No spelling longer than eight bytes lower-cases to a suffix
		// ("İİİ" does to "iii").
		if key := strings.TrimRight(r, "."); len(key) <= 8 && lowerIn(nameSuffixes, key) && len(out) > n0 {
			out[len(out)-1] += ", " + r
			continue
		}
		if r != "" {
			out = append(out, r)
		}
	}
	return out
}

// isRoleRef is the old isRole: it reports whether s reads as a job title: a few words, one of them
// a title word, no digits and no address.
func isRoleRef(s string) bool {
	if strings.ContainsAny(s, "0123456789@") || containsLowerASCII(s, "contact") {
		return false
	}
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > 8 {
			return false
		}
	}
	for w := range strings.FieldsSeq(s) {
		if roleWords.hasLower(trimCutQuote(w, ".,'s")) || roleWords.hasLower(strings.Trim(w, ".,")) {
			return true
		}
	}
	return false
}

// TestReadPeopleSameAsRef checks readPeople against the reference on
// every input of testdata and of the shared documents read as one block
// of lines, and on their contact blocks as findContacts gathers them.
func TestReadPeopleSameAsRef(t *testing.T) {
	people := 0
	for _, f := range contactTestFiles(t) {
		lines := strings.Split(string(readDocument(t, f)), "\n")
		got, want := readPeople(lines, nil), readPeopleRef(lines, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: readPeople = %+v, the reference gives %+v", f, got, want)
		}
		people += len(got)
	}
	if people == 0 {
		t.Fatal("no people read: the test compares nothing")
	}
}

// FuzzReadPeople checks readPeople against the reference on the lines of
// any text.
func FuzzReadPeople(f *testing.F) {
	for _, s := range []string{"Media Contact:\nJane Doe\nDirector, Communications\n(214) 653-3756\njane@x.com",
		"Contact: John Smith, Acme Inc., +44 20 7946 0958", "please contact Jane Doe at jane@x.com", "Investors:\n\u2013 Ann Lee \u2014 VP | ann@x.co",
		"For more information:\nBob Ray; bob@x.org; 214-653-3756\n\u0130nvestors: Al Bo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lines := strings.Split(s, "\n")
		got := readPeople(lines, nil)
		if !lowerKeepsOffsets(s) {
			return // the reference misreads, or panics on, such a text
		}
		if want := readPeopleRef(lines, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("readPeople(%q) = %+v, the reference gives %+v", lines, got, want)
		}
	})
}

// lowerKeepsOffsets reports whether strings.ToLower keeps every byte
// offset of s: s is UTF-8 and each of its characters lower-cases to one
// of the same length. The reference read "contact" in a lower-cased copy
// at the offsets of the original, which panicked on "ȺContact" (ToLower
// makes "ⱥ" of the two bytes of "Ⱥ" three).
func lowerKeepsOffsets(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || utf8.RuneLen(unicode.ToLower(r)) != n {
			return false
		}
		i += n
	}
	return true
}

// TestContactCueOffsets checks that a contact line whose characters
// lower-case to other lengths is read, where the reader once panicked.
func TestContactCueOffsets(t *testing.T) {
	for _, tt := range []struct{ ln, rest string }{
		{"ȺȺȺȺȺȺContact", ""},
		{"ȺȺ Media Contact: Jane Doe", "Jane Doe"},
		{"\xffContACt: x", "x"},
		{"İİİ contacts: Ann Lee", "Ann Lee"},
	} {
		rest, cue := stripContactCue(tt.ln)
		if !cue || rest != tt.rest {
			t.Errorf("stripContactCue(%q) = %q, %v, want %q, true", tt.ln, rest, cue, tt.rest)
		}
	}
	if c, ok := inlineContact("ȺȺȺ please contact Jane Doe at jane@x.com"); !ok || c.Name != "Jane Doe" || c.Email != "jane@x.com" {
		t.Errorf("inlineContact = %+v, %v", c, ok)
	}
	src := "Acme launches a widget\n\nAcme said today it launched a widget for everyone.\n\nMedia Contact:\nJane Doe\njane@acme.com\n\nȺȺȺȺȺȺContact\n"
	if _, err := Parse([]byte(src)); err != nil {
		t.Errorf("Parse: %v", err)
	}
}
