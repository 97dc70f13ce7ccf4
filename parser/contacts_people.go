package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// findPeople reads named media contacts from the lines of the input: a
// block introduced by a heading such as "Media Contact:" or "Contact: Jane
// Doe", or a card of a name, an optional job title and a phone number or
// e-mail address, one per line or separated by commas; and a sentence such
// as "please contact Jane Doe: jane@example.com".
func findPeople(lines []string) []ContactPerson { return readPeople(lines, nil) }

// readPeople is findPeople calling tick, when not nil, before each line
// with the line's index and the number of lines.
func readPeople(lines []string, tick func(i, n int)) []ContactPerson {
	p := peopleReader{}
	for i, ln := range lines {
		if tick != nil {
			tick(i, len(lines))
		}
		p.line(strings.TrimSpace(plainSpaces(ln)))
	}
	p.flush()
	return mergePeople(p.out)
}

// peopleReader is the state of findPeople as it reads line by line.
type peopleReader struct {
	out   []ContactPerson
	cur   *ContactPerson
	cued  bool // cur is the first person under a contact heading
	cue   int  // lines left in which a name follows a contact heading
	taken bool // the heading has had its first person
	parts int  // parts read since cur started
}

// flush ends the current person, keeping it when it has a way to reach it
// or stood under a contact heading.
func (p *peopleReader) flush() {
	if c := p.cur; c != nil && c.Name != "" && (c.Phone != "" || c.Email != "" || p.cued) {
		p.out = append(p.out, *c)
		p.taken = p.taken || p.cued
	}
	p.cur, p.cued, p.parts = nil, false, 0
}

func (p *peopleReader) line(ln string) {
	if ln == "" {
		return
	}
	// Without "contact" the line is no inline contact, and a cue only by
	// a label.
	contact := containsLowerASCII(ln, "contact")
	if contact {
		if c, ok := inlineContact(ln); ok {
			p.flush()
			p.out = append(p.out, c)
			return
		}
	}
	rest, cue := stripContactCueKnown(ln, contact)
	if cue {
		p.flush()
		p.cue, p.taken = 6, false
	} else if p.cue > 0 {
		p.cue--
	}
	// Nineteen words take at least 37 bytes.
	if len(rest) > 160 && utf8.RuneCountInString(rest) > 160 || len(rest) >= 37 && fieldCountUpTo(rest, 19) > 18 {
		p.flush()
		p.cue = 0
		return
	}
	start := p.cur
	var buf [8]string
	for _, part := range appendContactParts(buf[:0], rest) {
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
func (p *peopleReader) roleTail(s string) bool {
	s = trimPartPunct(s)
	c := p.cur
	if s == "" || c.Phone != "" || c.Email != "" || len(s) >= 17 && fieldCountUpTo(s, 9) > 8 { // 9 words take 17 bytes
		return false
	}
	var eb [2]emailMatch
	var pb [2]phoneMatch
	if len(appendEmails(eb[:0], s)) > 0 || len(appendPhones(pb[:0], s)) > 0 || isPersonName(stripLabel(s)) || strings.Contains(s, "://") || hasLowerPrefix(s, "www.") {
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
func (p *peopleReader) part(s string) {
	s = trimPartPunct(s)
	if s == "" {
		return
	}
	p.parts++
	if p.cur != nil && p.parts > 7 {
		p.flush()
	}
	var eb [2]emailMatch
	var pb [2]phoneMatch
	emails, phones := appendEmails(eb[:0], s), appendPhones(pb[:0], s)
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
	unlabelled := stripLabel(s)
	if isPersonName(unlabelled) {
		p.name(unlabelled)
		return
	}
	// A role is taken only by a person with nothing but a name yet, and
	// is tested only then: a role has at most eight words, so that a part
	// that is one is never long enough to end the person either.
	if c := p.cur; c != nil && c.Role == "" && c.Phone == "" && c.Email == "" && isRole(s) {
		c.Role = s
	} else if p.cur != nil && len(s) >= 25 && fieldCountUpTo(s, 13) > 12 { // 13 words take 25 bytes
		// Without a current person flush changes nothing: its count of
		// parts and its cue are set anew with the next name.
		p.flush()
	}
}

// name starts a new person, unless the current one has nothing but a
// name yet: then the second name is more likely its organisation.
func (p *peopleReader) name(n string) {
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

// stripContactCue finds a contact heading in a line — "Media Contact:",
// "Investor Relations Contacts:", "[Press Information Contact:]",
// "/CONTACT:", "Investors:" or a short line "Press Contacts" — and returns
// what follows it.
func stripContactCue(ln string) (string, bool) {
	return stripContactCueKnown(ln, containsLowerASCII(ln, "contact"))
}

// stripContactCueKnown is stripContactCue told whether
// containsLowerASCII(ln, "contact").
func stripContactCueKnown(ln string, contact bool) (string, bool) {
	// "contact", its suffixes and what follows are ASCII: they are found
	// by folding ASCII letters in ln itself, never in a lower-cased copy,
	// whose offsets differ from ln's once a character lower-cases to
	// another length ("Ⱥ", or a byte that is not UTF-8).
	for i := 0; contact; {
		k := indexFoldASCIIPos(ln[i:], "contact")
		if k < 0 {
			break
		}
		k += i
		j := k + len("contact")
		if k > 0 && ctLetter(ln[k-1]) && !ctUpper(ln[k]) {
			i = j
			continue
		}
		for _, suffix := range []string{"s", " information", " info", " details", " person"} {
			if hasPrefixASCIIFold(ln[j:], suffix) {
				j += len(suffix)
			}
		}
		rest := strings.TrimLeft(ln[j:], " ]):")
		if strings.HasPrefix(strings.TrimLeft(ln[j:], " ])"), ":") {
			return strings.TrimSpace(rest), true
		}
		if strings.TrimSpace(ln[j:]) == "" && fieldCount(ln) <= 4 {
			return "", true
		}
		i = j
	}
	if ln == "" || !mayOpenCueLabel(ln[0]) {
		return ln, false
	}
	for _, label := range cueLabels {
		if hasLowerPrefix(ln, label) {
			return strings.TrimSpace(ln[len(label):]), true
		}
	}
	return ln, false
}

// cueLabels are the labels, lower-cased, that open a contact block
// without the word "contact"; mayOpenCueLabel knows their first letters.
var cueLabels = []string{"for more information:", "for further information:", "further information:", "more information:", "investors:", "media:", "press:", "media inquiries:", "media enquiries:", "press office:", "media relations:", "investor relations:", "press inquiries:", "press enquiries:"}

// inlineContact reads a sentence such as "please contact Jane Doe:
// jane@example.com" or "contact Jane Doe at (214) 653-3756".
func inlineContact(ln string) (ContactPerson, bool) {
	if !containsLowerASCII(ln, "contact ") {
		return ContactPerson{}, false
	}
	for i := 0; ; {
		// Found in ln itself, as in stripContactCueKnown.
		k := indexFoldASCIIPos(ln[i:], "contact ")
		if k < 0 {
			return ContactPerson{}, false
		}
		k += i
		i = k + len("contact ")
		if k > 0 && ctLetter(ln[k-1]) {
			continue
		}
		name, rest, ok := leadingName(ln[i:])
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		if !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, ",") && !strings.HasPrefix(rest, "at ") &&
			!strings.HasPrefix(rest, "on ") && !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "via ") {
			continue
		}
		c := ContactPerson{Name: name}
		if es := findEmails(rest); len(es) > 0 {
			c.Email = es[0].text
		}
		if ps := findPhones(rest); len(ps) > 0 {
			c.Phone = ps[0].text
		}
		if c.Email != "" || c.Phone != "" {
			return c, true
		}
	}
}

// partSeparators turn the ways a contact line separates its parts into
// commas (built once: a Replacer is costly to build).
var partSeparators = strings.NewReplacer(";", ",", " | ", ",", " • ", ",", "\t", ",", "   ", ",", "  ", ",", " or ", ",")

// nameSuffixes are the endings, lower-cased, that appendContactParts keeps
// with the name before them.
var nameSuffixes = map[string]bool{
	"inc": true, "llc": true, "ltd": true, "lp": true, "l.p": true, "llp": true, "plc": true, "corp": true, "co": true,
	"gmbh": true, "ag": true, "sa": true, "jr": true, "sr": true, "ph.d": true, "phd": true, "md": true, "iii": true, "ii": true,
}

// appendContactParts appends to out the parts of a line of a contact
// block, split at commas, semicolons, bars, bullets, tabs, runs of spaces
// and " or ", keeping ", Inc." and the like with the name before them.
func appendContactParts(out []string, s string) []string {
	n0 := len(out)
	if needsPartSeparators(s) {
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

// stripLabel removes a leading "Name:" or "Contact:" style label.
func stripLabel(s string) string {
	if i := strings.IndexByte(s, ':'); i > 0 && i < 20 && labelWords.hasLower(strings.TrimSpace(s[:i])) {
		return strings.TrimSpace(s[i+1:])
	}
	return s
}

// isPersonName reports whether s is a person's name and nothing else: two
// to four capitalised words ("Kimberlee Leach", "Edgar P. McDougal",
// "Shannon O’Callaghan"), none of them a job title, an organisation word,
// a label or a place.
func isPersonName(s string) bool {
	_, rest, ok := leadingName(s)
	return ok && strings.TrimSpace(rest) == ""
}

// leadingName reads a person's name at the start of s and returns it and
// what follows. A name ends at punctuation other than an initial's period,
// or before a word that cannot be part of one.
func leadingName(s string) (name, rest string, ok bool) {
	n := 0   // words taken
	end := 0 // byte end of the name
	i := 0
	for n < 5 {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ':' && s[j] != ';' && s[j] != '(' && (s[j] != '.' || j == i+1) {
			j++
		}
		if j < len(s) && s[j] == '.' && (s[i:j] == "Jr" || s[i:j] == "Sr") {
			j++ // "Elgie R. Sims Jr."
		}
		w := s[i:j]
		if n > 0 && j < len(s) && s[j] == ' ' && nameParticle(w) {
			// "Annelies de Wit", "Ludwig Mies van der Rohe": particles
			// join the name when a capitalised word of it follows.
			if k := afterParticles(s, j); k > j {
				i = k
				continue
			}
		}
		if !nameWord(w, n) {
			break
		}
		n++
		end = j
		i = j
		if j < len(s) && s[j] != ' ' && !(s[j] == '.' && j == i+2) {
			break
		}
	}
	if n > 4 {
		return "", s, false
	}
	// A name does not end with an initial.
	for n >= 2 && strings.HasSuffix(s[:end], ".") && isInitial(nameLastWord(s[:end])) {
		return "", s, false
	}
	if n < 2 || isPlaceName(s[:end]) {
		return "", s, false
	}
	return s[:end], s[end:], true
}

// nameParticle reports whether w is a lower-case particle that stands
// between the words of a person's name: "de", "van", "von der", "bin".
func nameParticle(w string) bool {
	switch w {
	case "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "ter", "ten", "bin", "ibn":
		return true
	}
	return false
}

// afterParticles returns where the next word of a name begins after the
// particle ending at s[j] and at most one more ("van der"), or j when no
// capitalised name word follows them.
func afterParticles(s string, j int) int {
	for k := 0; k < 2 && j < len(s) && s[j] == ' '; k++ {
		i := j + 1
		e := i
		for e < len(s) && s[e] != ' ' && s[e] != ',' && s[e] != '.' && s[e] != ':' && s[e] != ';' && s[e] != '(' {
			e++
		}
		switch w := s[i:e]; {
		case nameWord(w, 1) && startsUpper(w):
			return i
		case k == 0 && nameParticle(w):
			j = e
		default:
			return j
		}
	}
	return j
}

func nameLastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// isInitial reports whether w is an initial such as "P.".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && len(w) == n+1 && w[n] == '.' && unicode.IsUpper(r)
}

// nameWord reports whether w can be the n-th word of a person's name.
func nameWord(w string, n int) bool {
	if w == "" {
		return false
	}
	if c := w[0]; n == 0 && c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
		// A first word starts with a capital (an initial too), and no
		// other ASCII byte is one.
		return false
	}
	if isInitial(w) {
		return true
	}
	key := strings.TrimRight(w, ".")
	var buf [32]byte
	if k, ok := lowerASCIIInto(buf[:], key); ok {
		key = string(buf[:k]) // does not escape: no allocation
	} else {
		key = strings.ToLower(key)
	}
	if n > 0 && (key == "jr" || key == "sr" || key == "iii" || key == "ii") {
		return true
	}
	first, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return false
	}
	lower := false
	for _, r := range w[size:] {
		switch {
		case unicode.IsLower(r):
			lower = true
		case unicode.IsUpper(r), r == '\'', r == '’', r == '-':
		default:
			return false
		}
	}
	if !lower {
		return false
	}
	if strings.Contains(w, "-") {
		// "Smith-Jones", but not "Employee-owned" or "Co-Chief".
		for _, part := range strings.Split(w, "-") {
			if !startsUpper(part) || nonNameWord(strings.ToLower(part)) {
				return false
			}
		}
	}
	return !nonNameWord(key)
}

// nonNameWord reports whether a lower-case word is a job title, part of an
// organisation's name, a label, a small word or a verb of speech.
func nonNameWord(key string) bool {
	return inWordSets(key) && (roleWords.has(key) || orgSuffixes.has(key) || businessWords.has(key) || labelWords.has(key) || stopWords.has(key) || speechVerbs.has(key))
}

// isRole reports whether s reads as a job title: a few words, one of them
// a title word, no digits and no address.
func isRole(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c == '@' {
			return false
		}
	}
	if containsLowerASCII(s, "contact") {
		return false
	}
	n, role := 0, false
	for w := range strings.FieldsSeq(s) {
		if n++; n > 8 {
			return false
		}
		if !role && (roleWords.hasLower(trimCutQuote(w, ".,'s")) || roleWords.hasLower(strings.Trim(w, ".,"))) {
			role = true
		}
	}
	return role
}

// mergePeople folds repeated mentions of the same person into the first.
func mergePeople(ps []ContactPerson) []ContactPerson {
	out := []ContactPerson{}
	at := map[string]int{}
	for _, p := range ps {
		k := strings.ToLower(p.Name)
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, p)
			continue
		}
		q := &out[i]
		if q.Role == "" {
			q.Role = p.Role
		}
		if q.Email == "" {
			q.Email = p.Email
		}
		if q.Phone == "" {
			q.Phone = p.Phone
		}
	}
	return out
}

// containsLowerASCII reports whether strings.ToLower(s) contains sub, a
// lower-case ASCII word with neither "i" nor "k" (the only letters that
// other characters lower-case to), without lower-casing s.
func containsLowerASCII(s, sub string) bool { return containsFoldASCII(s, sub) }

// inLower reports whether m holds strings.ToLower(w), lower-casing a short
// ASCII w on the stack rather than in a new string.
func inLower(m map[string]bool, w string) bool {
	var buf [32]byte
	if k, ok := lowerASCIIInto(buf[:], w); ok {
		return m[string(buf[:k])]
	}
	return m[strings.ToLower(w)]
}
