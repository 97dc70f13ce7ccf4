package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Organisations and people are found by cues, favouring precision: an
// organisation ends in a word such as "Inc.", "Council" or "Foundation",
// starts "Ministry of …", is spelt out before its acronym "(OSCE)" or
// stands before a stock ticker "(NYSE: ORCL)"; a person is named after
// an honorific ("Dr. Jane Doe"), with a verb of speech ("said Jane Doe",
// "Jane Doe said", "according to Jane Doe") or before a job title ("Jane
// Doe, CEO of Acme"). A name found once is found again wherever it recurs.

// legalSuffixes are organisation suffixes that take a period and may
// follow a comma: "Apple Computer, Inc.".
var legalSuffixes = wordList{
	"ag", "b.v", "co", "corp", "gmbh", "inc", "l.l.c", "l.p", "limited", "llc", "llp", "ltd", "n.v",
	"plc", "pty", "s.a", "s.p.a", "sa",
}

// stockExchanges introduce a ticker: "(NYSE: ORCL)".
var stockExchanges = wordList{
	"aim", "amex", "asx", "cboe", "cse", "euronext", "hkex", "lse", "nasdaq", "nyse", "otc", "otcqb",
	"otcqx", "sgx", "tsx", "tsxv",
}

func (t wordTok) text(s string) string { return s[t.start:t.end] }

func startsUpper(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	return startsUpperRune(w)
}

// startsUpperRune is startsUpper for a word that does not begin with an
// ASCII byte, kept apart so that startsUpper is inlined.
func startsUpperRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// inSet reports whether w, lower-cased, is in set, without allocating:
// the sets hold short ASCII words, and wordSetFilter all of them.
func inSet(set wordList, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return false
	}
	h, ok := foldHash(w)
	if !ok || wordSetFilter[h>>6%uint32(len(wordSetFilter))]&(1<<(h&63)) == 0 {
		return false // in no wordSet
	}
	return set.has(string(lowerWord24(w, &buf)))
}

// lowerWord24 writes w, an ASCII word of at most 24 bytes, lower-cased
// into buf and returns it.
func lowerWord24(w string, buf *[24]byte) []byte {
	b := buf[:len(w)]
	for i := range b {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// findOrganisations returns the organisations named in s, and the
// mentions of the names in seeds (the publisher, the distributor).
func findOrganisations(s string, toks []wordTok, seeds []string) []entSpan {
	return appendOrganisations(nil, s, toks, seeds)
}

// appendOrganisations is findOrganisations, appending to out.
func appendOrganisations(out []entSpan, s string, toks []wordTok, seeds []string) []entSpan {
	known := map[string]bool{}
	for _, name := range seeds {
		if orgSeed(name) {
			known[name] = true
		}
	}
	floor := 0 // no organisation reaches back before this token
	for i := 0; i < len(toks); i++ {
		if toks[i].cls&tkASCIIUpper == 0 {
			continue // every cue is an ASCII word with a capital
		}
		w := toks[i].text(s)
		hyphen := toks[i].end < len(s) && s[toks[i].end] == '-'
		cue := orgCue(w)
		head := cue&cueHead != 0
		switch {
		case cue&(cueHead|cueSuffix) != 0 && !hyphen:
			legal := cue&cueLegal != 0
			first := orgStart(s, toks, i, floor, legal)
			last, end := i, toks[i].end
			if head {
				last, end = orgOf(s, toks, i)
			}
			if first == i && last == i {
				continue
			}
			if last == i && continuesName(s, toks, i) {
				continue // "Lipper Fund Award": the name goes on
			}
			if last == i && legal && end < len(s) && s[end] == '.' && abbreviations[strings.ToLower(w)] {
				end++ // "Inc." but not the full stop after "LLP"
			}
			start := toks[first].start
			if genericBody(s[start:end]) {
				floor, i = last+1, last
				continue
			}
			out = append(out, entSpan{EntityOrganisation, start, end, ""})
			known[s[start:end]] = true
			floor, i = last+1, last
		case cue&cueExchange != 0 && toks[i].start > 0 && s[toks[i].start-1] == '(' && strings.HasPrefix(strings.TrimLeft(s[toks[i].end:], " American"), ":"):
			// "Oracle (NYSE: ORCL)": the name before the parenthesis.
			if j := i - 1; j >= floor && strings.TrimSpace(s[toks[j].end:toks[i].start]) == "(" && startsUpper(toks[j].text(s)) {
				first := orgStart(s, toks, j, floor, true)
				end := toks[j].end
				if end < len(s) && s[end] == '.' && inSet(legalSuffixes, toks[j].text(s)) {
					end++
				}
				out = append(out, entSpan{EntityOrganisation, toks[first].start, end, ""})
				known[s[toks[first].start:end]] = true
			}
		case toks[i].start > 0 && s[toks[i].start-1] == '(' && toks[i].end < len(s) && s[toks[i].end] == ')' && isAcronym(w):
			if first, ok := spelledOut(s, toks, i, max(0, i-12)); ok {
				j := i - 1
				out = append(out, entSpan{EntityOrganisation, toks[first].start, toks[j].end, ""})
				out = append(out, entSpan{EntityOrganisation, toks[i].start, toks[i].end, ""})
				known[s[toks[first].start:toks[j].end]] = true
				known[w] = true
				floor = i + 1
			}
		}
	}
	return appendRecurrences(out, s, toks, known, EntityOrganisation)
}

// Kinds of organisation cue a word can be, as bits.
const (
	cueHead     = 1 << iota // orgHeads: "Ministry", "University"
	cueSuffix               // orgSuffixes: "Inc", "Council"
	cueLegal                // legalSuffixes: "Inc", "Ltd"
	cueExchange             // stockExchanges: "NYSE"
)

// orgCues holds every cue word, lower case, with its kinds, so that a
// word costs one lookup. It is written out by go generate (init_gen.go)
// from the four lists.
var orgCues = hashedIndex[uint8]{sortedIndex[uint8]{keys: orgCueWords, vals: orgCueKinds}, orgCueSlots}

// orgCueShapes turns away, by their first and last letters and length,
// most words that are no organisation cue.
var orgCueShapes = &orgCueShapesTable // shapesOf(orgCues), written out (init_gen.go)

// orgCue returns the kinds of organisation cue w is, in any case.
func orgCue(w string) uint8 {
	if len(w) > 12 || !orgCueShapes.may(w) {
		return 0 // every cue is at most twelve bytes long
	}
	h, ok := foldHash(w)
	if !ok || orgCueFilter[h>>6%uint32(len(orgCueFilter))]&(1<<(h&63)) == 0 {
		return 0 // no cue
	}
	var lb [24]byte
	return orgCues.getHashed(string(lowerWord24(w, &lb)), h)
}

// orgSeed reports whether a name known from elsewhere can be looked for
// in the text: short, capitalised, and not a place.
func orgSeed(name string) bool {
	if len(name) < 2 || len(name) > 60 || !startsUpper(name) || strings.TrimSpace(name) != name {
		return false
	}
	n := fieldCount(name)
	return n >= 1 && n <= 6 && !isPlaceName(name) && !productCode(name)
}

// orgStart walks back from the cue word at toks[i] over the capitalised
// words of the name and returns the index of its first word. Small words
// ("of", "and", "&") may join words inside the name; a comma may stand
// before a legal suffix ("Acme, Inc.").
func orgStart(s string, toks []wordTok, i, floor int, legal bool) int {
	first := i
	for j := i - 1; j >= floor && i-j <= 6; j-- {
		gap := s[toks[j].end:toks[j+1].start]
		w := toks[j].text(s)
		switch {
		case gap == " " || gap == " & " || gap == "-" || gap == ", " && j+1 == i && legal:
		case gap == ". " && strings.Contains(w, "."):
			// "U.S. Department of Agriculture"
		default:
			return first
		}
		if startsUpper(w) {
			if inSet(stopWords, w) || isMonthName(w) || inSet(roleWords, w) || w == "Die" || w == "Der" || w == "Das" {
				return first // "Chair of the … Committee"
			}
			first = j
			continue
		}
		if !orgJoinWords.has(w) || gap != " " || j == i-1 {
			// "Bank of …" but not "the Company".
			return first
		}
	}
	return first
}

// continuesName reports whether toks[i] is followed, after a space, by a
// capitalised word that is not a small word.
func continuesName(s string, toks []wordTok, i int) bool {
	if i+1 >= len(toks) || s[toks[i].end:toks[i+1].start] != " " {
		return false
	}
	w := toks[i+1].text(s)
	return startsUpper(w) && !inSet(stopWords, w)
}

// orgOf extends a name such as "Ministry" or "University" over "of …" or
// "for …": "Ministry of Foreign Affairs", "Institute for Fiscal Studies".
// It returns the index of the name's last word and where it ends.
func orgOf(s string, toks []wordTok, i int) (int, int) {
	last, end := i, toks[i].end
	if i+1 >= len(toks) {
		return last, end
	}
	if w := toks[i+1].text(s); w != "of" && w != "for" && w != "on" {
		return last, end
	}
	firstCap := -1
	caps, maxCaps := 0, 3
	for j := i + 1; j < len(toks) && j-i <= 9; j++ {
		gap := s[toks[j-1].end:toks[j].start]
		if gap == ", " && caps > 0 && last == j-1 && commaInName(s, toks, j) {
			// "Department for Levelling Up, Housing and Communities"
			gap, maxCaps = " ", 5
		}
		if gap != " " && gap != " & " && gap != "-" {
			break
		}
		w := toks[j].text(s)
		if headlineVerbs[w] {
			break // "… Institute of Marine Science Receives …"
		}
		if gap == "-" && last == j-1 {
			last, end = j, toks[j].end // "Co-operation"
			continue
		}
		if startsUpper(w) && !monthOrDay(w) {
			if caps++; caps > maxCaps {
				break
			}
			if firstCap < 0 {
				firstCap = j
			}
			last, end = j, toks[j].end
			continue
		}
		if !orgJoinWords.has(w) {
			break
		}
	}
	if last > i && continuesName(s, toks, last) && !headlineVerbs[toks[last+1].text(s)] {
		// A run of capitalised words, as in a title-case headline ("Board
		// of Directors Announces CEO Compensation"): keep one word.
		last, end = firstCap, toks[firstCap].end
	}
	return last, end
}

// commaInName reports whether the comma before toks[j] joins a list of
// capitalised words that ends the name: "Up, Housing and Communities".
func commaInName(s string, toks []wordTok, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		w := toks[k].text(s)
		if k > j && s[toks[k-1].end:toks[k].start] != " " {
			return false
		}
		if w == "and" {
			return k > j && k+1 < len(toks) && s[toks[k].end:toks[k+1].start] == " " && startsUpper(toks[k+1].text(s))
		}
		if !startsUpper(w) || headlineVerbs[w] {
			return false
		}
	}
	return false
}

// headlineVerbs are verbs a title-case headline puts right after a name:
// an organisation's name stops before them.
var headlineVerbs = map[string]bool{
	"Receives": true, "Announces": true, "Launches": true, "Opens": true, "Wins": true, "Reports": true,
	"Names": true, "Appoints": true, "Welcomes": true, "Awards": true, "Unveils": true, "Introduces": true,
	"Completes": true, "Acquires": true, "Expands": true, "Celebrates": true, "Joins": true, "Signs": true,
	"Secures": true, "Selects": true, "Releases": true, "Partners": true, "Approves": true, "Hosts": true,
	"Marks": true, "Honors": true, "Honours": true, "Urges": true, "Issues": true, "Invests": true,
}

// companyTail reports whether name ends with a word that closes company
// names, not people's: "Caldermoor Re", "Acme AG".
func companyTail(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	switch name[i+1:] {
	case "Re", "AG", "SE", "SA", "NV", "ASA", "AB", "plc", "PLC", "LLP", "LLC", "Inc", "Ltd", "GmbH", "Group", "Holdings", "Capital", "Partners":
		return true
	}
	return false
}

// genericBody reports whether an organisation-like span is a company's
// organ, not a name: "Board of Directors".
func genericBody(name string) bool {
	switch name {
	case "Board of Directors", "Board of Trustees", "Board of Governors", "Board of Management", "Supervisory Board":
		return true
	}
	return false
}

// isAcronym reports whether w is two to eight capitals and digits, at
// least two of them letters.
func isAcronym(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	letters := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9', c == '&':
		default:
			return false
		}
	}
	return letters >= 2
}

// spelledOut checks that the words before "(ACRONYM)" at toks[i] spell the
// acronym with their initials, small words aside ("Organization for
// Security and Co-operation in Europe (OSCE)"), and returns the index of
// the first word.
func spelledOut(s string, toks []wordTok, i, floor int) (int, bool) {
	acr := toks[i].text(s)
	j := i - 1
	if j < floor || strings.TrimSpace(s[toks[j].end:toks[i].start]) != "(" {
		return 0, false
	}
	k := len(acr) - 1
	first := -1
	for ; j >= floor && k >= 0; j-- {
		if j < i-1 {
			gap := s[toks[j].end:toks[j+1].start]
			if gap != " " && gap != "-" && gap != " & " {
				return 0, false
			}
		}
		if j > floor && s[toks[j-1].end:toks[j].start] == "-" {
			continue // "Co-operation" gives one initial
		}
		w := toks[j].text(s)
		if titleCaseSmallWords.has(w) || w == "in" || w == "on" || w == "to" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || byte(r) != acr[k] {
			return 0, false
		}
		k--
		first = j
	}
	if k >= 0 || first < 0 || first == i-1 {
		return 0, false
	}
	return first, true
}

// recurrences finds the names in known again elsewhere in s, as whole
// words, in one pass over the words of s. Overlaps with the first mentions
// are dropped later.
func recurrences(s string, toks []wordTok, known map[string]bool, kind EntityKind) []entSpan {
	return appendRecurrences(nil, s, toks, known, kind)
}

// knownName is a name of recurrences' known with its first word.
type knownName struct{ first, name string }

// appendRecurrences is recurrences, appending to out.
func appendRecurrences(out []entSpan, s string, toks []wordTok, known map[string]bool, kind EntityKind) []entSpan {
	if len(known) == 0 {
		return out
	}
	var nb [16]knownName
	names := nb[:0]          // the names with their first words
	var firstBytes [4]uint64 // the first words' first bytes
	var lengths uint64       // the first words' lengths, up to 63
	var firsts [16]uint64    // the first words, at their foldHash
	for name := range known {
		var tb [8]wordTok
		if ts := wordTokens(name, tb[:0]); len(ts) > 0 && ts[0].start == 0 {
			w := name[:ts[0].end]
			names = append(names, knownName{w, name})
			firstBytes[w[0]>>6] |= 1 << (w[0] & 63)
			lengths |= 1 << min(len(w), 63)
			if h, ok := foldHash(w); ok {
				firsts[h>>6%uint32(len(firsts))] |= 1 << (h & 63)
			}
		}
	}
	for _, t := range toks {
		if t.cls&(tkASCIIUpper|tkNonASCII) == 0 {
			continue // names start with a capital
		}
		c := s[t.start]
		if firstBytes[c>>6]&(1<<(c&63)) == 0 || lengths&(1<<min(t.end-t.start, 63)) == 0 {
			continue // no name starts with this word
		}
		if h, ok := foldHash(s[t.start:t.end]); ok && firsts[h>>6%uint32(len(firsts))]&(1<<(h&63)) == 0 {
			continue // nor with this one
		}
		w := s[t.start:t.end]
		for _, kn := range names {
			if kn.first != w {
				continue
			}
			end := t.start + len(kn.name)
			if strings.HasPrefix(s[t.start:], kn.name) && (end == len(s) || !isNameByte(s, end)) {
				out = append(out, entSpan{kind, t.start, end, ""})
			}
		}
	}
	return out
}

// isNameByte reports whether s[i] continues a word.
func isNameByte(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return isWordByteASCII(c)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// speechVerbs introduce or follow a quoted person.
var speechVerbs = wordList{
	"added", "adds", "commented", "comments", "concluded", "continued", "explained", "explains",
	"noted", "notes", "remarked", "said", "says", "stated", "states",
}

// introducesPerson reports whether toks[i] is a word after which a
// release names people (each begins with a letter of "abhinopw"): "named", "appoints", "led by", "appointment of",
// "joining are". The name must follow after one space.
func introducesPerson(s string, toks []wordTok, i int) bool {
	t := toks[i]
	if t.end+1 >= len(s) || s[t.end] != ' ' {
		return false
	}
	prev := func() string {
		if i > 0 && s[toks[i-1].end:t.start] == " " {
			return toks[i-1].text(s)
		}
		return ""
	}
	switch w := t.text(s); w {
	case "named", "appoints", "appointed", "welcomes", "hired", "hires", "promoted":
		return true
	case "by":
		p := prev()
		return p == "led" || p == "headed" || p == "chaired"
	case "of":
		p := prev()
		return p == "appointment" || p == "election" || p == "hiring" || p == "promotion"
	case "are", "include", "includes":
		p := prev()
		return p == "joining" || p == "partners" || p == "members"
	}
	return false
}

// introLetters has a bit for each first letter of introducesPerson's
// words: "abhinopw".
const introLetters = 1<<('a'-'a') | 1<<('b'-'a') | 1<<('h'-'a') | 1<<('i'-'a') |
	1<<('n'-'a') | 1<<('o'-'a') | 1<<('p'-'a') | 1<<('w'-'a')

// mayIntroduce reports whether a word beginning with c may be one of
// introducesPerson's words.
func mayIntroduce(c byte) bool {
	return c >= 'a' && c <= 'z' && introLetters&(1<<(c-'a')) != 0
}

// honorifics come before a person's name.
var honorifics = wordList{
	"Ambassador", "Chancellor", "Dame", "Dr", "Gov", "Governor", "Hon", "Judge", "Justice", "Lady",
	"Lord", "Mayor", "Mr", "Mrs", "Ms", "Mx", "President", "Prof", "Professor", "Rep", "Rev", "Sen",
	"Senator", "Sheriff", "Sir",
}

// findPeopleNamed returns the people named in s.
func findPeopleNamed(s string, toks []wordTok) []entSpan {
	return appendPeopleNamed(nil, s, toks)
}

// appendPeopleNamed is findPeopleNamed, appending to out.
func appendPeopleNamed(out []entSpan, s string, toks []wordTok) []entSpan {
	known := map[string]bool{}
	add := func(start int, name string) {
		if name == "" || companyTail(name) {
			return
		}
		out = append(out, entSpan{EntityPerson, start, start + len(name), ""})
		known[name] = true
	}
	prevUpper := false // whether toks[i-1] starts upper-case
	for i, t := range toks {
		upper := t.cls&tkUpper != 0 // startsUpper
		afterUpper := prevUpper
		prevUpper = upper
		if t.cls&(tkUpper|tkPersonCue) == 0 {
			continue // no case below takes a word in lower case but these
		}
		w := t.text(s)
		switch {
		case upper && honorificShapes.may(w) && honorifics.has(w):
			at := t.end
			if at < len(s) && s[at] == '.' {
				at++
			}
			if at < len(s) && s[at] == ' ' {
				add(at+1, personAt(s, at+1, 1))
			}
		case t.cls&tkPersonCue != 0 && speechShapes.may(w) && inSet(speechVerbs, w):
			if t.end < len(s) && s[t.end] == ' ' {
				if name := personAt(s, t.end+1, 2); name != "" {
					add(t.end+1, name)
				} else if at := afterTitle(s, toks, i+1); at > 0 {
					// "said Aclarion CEO Brent Ness"
					add(at, personAt(s, at, 2))
				}
			}
			if start, name := personBefore(s, toks, i); name != "" {
				add(start, name)
			}
		case !upper && len(w) >= 2 && len(w) <= 9 && mayIntroduce(w[0]) && introducesPerson(s, toks, i):
			// "led by Jane Doe", "named Jane Doe", "the appointment of Jane
			// Doe as", "joining are Jane Doe, John Roe and Mary Major".
			at := t.end + 1
			for k := 0; k < 6 && at < len(s); k++ {
				name := personAt(s, at, 2)
				if name == "" || isPlaceName(name) {
					break
				}
				add(at, name)
				rest := s[at+len(name):]
				switch {
				case strings.HasPrefix(rest, ", and "):
					at += len(name) + 6
				case strings.HasPrefix(rest, ", "):
					at += len(name) + 2
				case strings.HasPrefix(rest, " and "):
					at += len(name) + 5
				default:
					at = len(s)
				}
			}
		case w == "according" && i+1 < len(toks) && toks[i+1].text(s) == "to" && s[t.end:toks[i+1].start] == " ":
			if e := toks[i+1].end; e < len(s) && s[e] == ' ' {
				add(e+1, personAt(s, e+1, 2))
			}
		case upper && (i == 0 || !afterUpper || t.start != toks[i-1].end+1 || s[t.start-1] != ' '):
			// "Jane Doe, CEO of Acme", "Jane Doe, the company's founder"
			if !roleAfterRun(s, toks, i) {
				continue
			}
			name := personAt(s, t.start, 2)
			if name == "" {
				continue
			}
			rest := s[t.start+len(name):]
			if strings.HasPrefix(rest, ", ") && roleFollows(rest[2:]) {
				add(t.start, name)
			}
		}
	}
	return appendRecurrences(out, s, toks, known, EntityPerson)
}

// personAt reads a person's name of at least min words at s[i], or "".
func personAt(s string, i, min int) string {
	end := min2(len(s), i+80)
	name, rest, ok := leadingName(s[i:end])
	if ok {
		if len(rest) > 1 && rest[0] == ' ' && startsUpper(rest[1:]) {
			return "" // part of a longer run of capitalised words
		}
		return name
	}
	if min == 1 {
		// After an honorific one word will do: "Mr. Smith".
		j := i
		for j < end && s[j] != ' ' && s[j] != ',' && s[j] != '.' && s[j] != ':' && s[j] != ';' && s[j] != ')' && s[j] != '\'' && s[j] != 0xE2 {
			j++
		}
		if w := s[i:j]; nameWord(w, 0) && len(w) > 1 {
			return w
		}
	}
	return ""
}

func min2(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// personBefore reads a name just before the verb at toks[i]: "Jane Doe
// said".
func personBefore(s string, toks []wordTok, i int) (int, string) {
	if i == 0 || s[toks[i-1].end:toks[i].start] != " " {
		return 0, ""
	}
	if e := toks[i-1].end; toks[i-1].cls&tkUpper == 0 && !nameWord(s[strings.LastIndexByte(s[:e], ' ')+1:e], 1) {
		// A name of two words or more ends with a word after a space
		// that nameWord takes: "participating States" names no one.
		return 0, ""
	}
	for j := max(0, i-4); j < i; j++ {
		if j > 0 && j > i-4 && s[toks[j-1].end:toks[j].start] == " " && nameWord(toks[j-1].text(s), 0) {
			continue // starts inside a longer name
		}
		name := personAt(s, toks[j].start, 2)
		if name != "" && toks[j].start+len(name) == toks[i-1].end {
			return toks[j].start, name
		}
	}
	return 0, ""
}

// afterTitle finds a job title among the few capitalised words from
// toks[i] on ("Aclarion CEO", "Baird Funds President") and returns where
// the word after it starts, or 0.
func afterTitle(s string, toks []wordTok, i int) int {
	for j := i; j < len(toks) && j < i+5; j++ {
		if j > i && s[toks[j-1].end:toks[j].start] != " " {
			return 0
		}
		w := toks[j].text(s)
		if !startsUpper(w) && w != "of" && w != "and" {
			return 0
		}
		if inSet(roleWords, w) && j+1 < len(toks) && s[toks[j].end:toks[j+1].start] == " " &&
			!inSet(roleWords, toks[j+1].text(s)) && toks[j+1].text(s) != "of" && toks[j+1].text(s) != "and" {
			return toks[j+1].start
		}
	}
	return 0
}

// roleAfterRun reports whether two to four capitalised words start at
// toks[i] and are followed by a comma and a job title: a cheap test
// before reading a name.
func roleAfterRun(s string, toks []wordTok, i int) bool {
	n := 1
	j := i
	for j+1 < len(toks) && n < 5 {
		gap := s[toks[j].end:toks[j+1].start]
		if toks[j+1].cls&tkUpper == 0 || (gap != " " && gap != ". ") { // startsUpper
			break
		}
		j++
		n++
	}
	if n < 2 {
		return false
	}
	rest := s[toks[j].end:]
	return strings.HasPrefix(rest, ", ") && roleFollows(rest[2:])
}

// wordFilter holds a bit for each word of a set at its foldHash: a word
// whose bit is clear is not in the set, in any case.
type wordFilter [16]uint64

// newWordFilter returns the filter of the keys of set.
func newWordFilter[V any](set map[string]V) (f wordFilter) {
	for w := range set {
		if h, ok := foldHash(w); ok {
			f[h>>6%uint32(len(f))] |= 1 << (h & 63)
		}
	}
	return f
}

// may reports whether w, in any case, may be in the set: false means it
// is not. A word foldHash cannot hash may be.
func (f *wordFilter) may(w string) bool {
	h, ok := foldHash(w)
	return !ok || f[h>>6%uint32(len(f))]&(1<<(h&63)) != 0
}

var (
	roleFilter   = roleFilterTable   // newWordFilter(roleWords), written out (init_gen.go)
	orgCueFilter = orgCueFilterTable // newWordFilter(orgCues), likewise
)

// isRoleWord is inSet(roleWords, w), turning most words away by roleFilter.
func isRoleWord(w string) bool {
	return roleFilter.may(w) && inSet(roleWords, w)
}

// roleFollows reports whether s starts with a job title: a title word
// among its first four words, as in "CEO of Acme" or "the company's
// chief executive". Words are split at white space as strings.Fields
// splits them, reading bytes and decoding only what is beyond ASCII.
func roleFollows(s string) bool {
	rest := s[:min2(len(s), 60)]
	for n := 1; n <= 4; n++ {
		i := skipSpace(rest)
		if i == len(rest) {
			break
		}
		f := rest[i:]
		j := indexSpace(f)
		f, rest = f[:j], f[j:]
		if n == 1 && (f == "and" || f == "or" || f == "which" || f == "who") {
			break
		}
		a := trimCutQuote(f, ".,;:'s")
		if isRoleWord(a) {
			return true
		}
		if b, punct := trimPunct(f); b != a && isRoleWord(b) {
			return true
		} else if punct {
			break
		}
	}
	return false
}

// skipSpace returns the offset of the first byte of s that does not
// begin a white-space rune (isSpaceFast), or len(s).
func skipSpace(s string) int { return indexSpaceIs(s, false) }

// indexSpace returns the offset of the first white-space rune of s
// (isSpaceFast), or len(s).
func indexSpace(s string) int { return indexSpaceIs(s, true) }

// indexSpaceIs returns the offset of the first rune of s that is white
// space (isSpaceFast) if space, or that is not if not; or len(s). It
// reads bytes, decoding only what is beyond ASCII.
func indexSpaceIs(s string, space bool) int {
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c == ' ' || c >= '\t' && c <= '\r') == space {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpaceFast(r) == space {
			return i
		}
		i += size
	}
	return i
}

// trimPunct is strings.Trim(f, ".,;:"), by bytes; punct reports whether
// f holds one of those bytes anywhere.
func trimPunct(f string) (trimmed string, punct bool) {
	lo, hi := 0, len(f)
	for lo < hi && isClausePunct(f[lo]) {
		lo++
	}
	for hi > lo && isClausePunct(f[hi-1]) {
		hi--
	}
	if lo > 0 || hi < len(f) {
		return f[lo:hi], true
	}
	for i := 0; i < len(f); i++ {
		if isClausePunct(f[i]) {
			return f, true
		}
	}
	return f, false
}

// isClausePunct reports whether c is '.', ',', ';' or ':'.
func isClausePunct(c byte) bool { return c == '.' || c == ',' || c == ';' || c == ':' }
