package parser

import "strings"

// corporateSuffix matches a corporate suffix after a name: ", Inc.", " Corporation".
var corporateSuffix = lazyRE(`(?i)^,?\s+(corporation|incorporated|inc\.?|corp\.?|company|co\.|ltd\.?|limited|llc|plc)(?:[^\p{L}]|$)`)

// suffixCase is how each corporate suffix is written in a name.
var suffixCase = map[string]string{
	"corporation": "Corporation", "incorporated": "Incorporated", "inc": "Inc.", "inc.": "Inc.",
	"corp": "Corp.", "corp.": "Corp.", "company": "Company", "co.": "Co.", "ltd": "Ltd.", "ltd.": "Ltd.",
	"limited": "Limited", "llc": "LLC", "plc": "plc",
}

// fullOrgName completes a short name from an "About" heading with the
// corporate suffix the release gives it in its opening paragraphs: "About Rock of Ages" and
// "ROCK OF AGES CORPORATION announced" make "Rock of Ages Corporation".
func (m *metaScan) fullOrgName(name string) string {
	if corporateSuffix.MatchString(" " + lastWordOf(name)) {
		return name
	}
	lowName := strings.ToLower(name)
	// Only the opening paragraphs count: there the release names its
	// issuer formally.
	seen := 0
	for _, s := range m.d.segs {
		if s.Removed != nil {
			continue
		}
		if seen++; seen > 2 {
			break
		}
		low := strings.ToLower(s.Text)
		if len(low) != len(s.Text) {
			continue // offsets in low would not be offsets in s.Text
		}
		for off := 0; off < len(low); {
			k := strings.Index(low[off:], lowName)
			if k < 0 {
				break
			}
			end := off + k + len(lowName)
			if sm := corporateSuffix.FindStringSubmatch(s.Text[end:]); sm != nil {
				sep := ""
				if strings.HasPrefix(s.Text[end:], ",") {
					sep = ","
				}
				return name + sep + " " + suffixCase[strings.ToLower(sm[1])]
			}
			off = end
		}
	}
	return name
}

func lastWordOf(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

var (
	orgLineRE  = lazyRE(`^(?:The\s+)?\p{Lu}[\p{L}’'.&\- ]{2,80}\b(?:Office|Department|Agency|Ministry|Council|Commission|Authority|Association|Foundation|University|Institute|Inc\.?|Corp\.?|Corporation|Company|Co\.|Ltd\.?|LLC|Group|Bureau|Alliance|Trust|Society|Network|Coalition|Partnership|Centre|Center|Museum|Library|Hospital|College|Service|Services|plc|LLP|GmbH|AG|SA|ASA)$`)
	subjectRE  = lazyRE(`^((?:The\s+)?\p{Lu}[\p{L}\p{N}&.'’\-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{N}&.'’\-]*|of|and|&|de))*?(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|plc|N\.V|S\.A)\.?)?)(?:\s*(?:®|™|\(R\)|-Registered Trademark-))?,?(?:\s*\([^)]{2,40}\))?\s+(?:today\b|has announced|is pleased|is proud|announced|reported|unveiled|launched|introduced|released)`)
	officialRE = lazyRE(`((?:\p{Lu}[\p{L}'’.\-]*\s+){1,4}(?:District Attorney|State'?s Attorney|Attorney General|U\.S\. Attorney|County Sheriff|Police Department|Prosecutor))\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,3}(?:announced|said|says|stated)\b`)
	wireLike   = lazyRE(`(?i)wire\b|newswire|presswire|press release|\bnews\b|\bPR\b`)
	trademarks = strings.NewReplacer("®", "", "™", "", "-Registered Trademark-", "")
)

// orgEndings are the literal endings one of which every match of orgLineRE
// has.
var orgEndings = []string{
	"Office", "Department", "Agency", "Ministry", "Council", "Commission", "Authority", "Association",
	"Foundation", "University", "Institute", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Company",
	"Co.", "Ltd", "Ltd.", "LLC", "Group", "Bureau", "Alliance", "Trust", "Society", "Network", "Coalition",
	"Partnership", "Centre", "Center", "Museum", "Library", "Hospital", "College", "Service", "Services",
	"plc", "LLP", "GmbH", "AG", "SA", "ASA",
}

// orgEndingLast marks the last bytes of orgEndings.
var orgEndingLast = func() (m [256]bool) {
	for _, e := range orgEndings {
		m[e[len(e)-1]] = true
	}
	return m
}()

// matchOrgLine is orgLineRE.MatchString(t), run only when t ends as every
// match does: the expression's letters-and-spaces run keeps many paths
// alive over the whole line, so it is costly on every line that begins
// with a capital.
func matchOrgLine(t string) bool {
	if t == "" || !orgEndingLast[t[len(t)-1]] {
		return false
	}
	for _, e := range orgEndings {
		if strings.HasSuffix(t, e) {
			return orgLineRE.MatchString(t)
		}
	}
	return false
}

// subjectPublisher proposes the organisations named by the release itself
// as weak candidates: an organisation line in a contact block, and the
// subject of the first sentence after the dateline ("Acme Corp. today
// announced …").
func (m *metaScan) subjectPublisher() {
	for _, s := range m.d.segs {
		if s.Removed != nil && s.Removed.Kind == RemovedContact {
			t := strings.TrimSpace(s.Text)
			t = contactLineCut.trim(t)
			if k := strings.Index(t, " | "); k > 0 && isAddressFooter(t) {
				t = t[:k] // "Coastal Trails Alliance | 88 Harbor Road … | coastaltrails.org"
			}
			t = dropCapsLabel(t)
			if matchOrgLine(t) && wordsAtMost(t, 10) {
				m.add(&m.publisher, t, rankGuess+1)
			}
		}
	}
	seen := 0
	for _, s := range m.d.segs {
		if s.Removed != nil {
			continue
		}
		seen++
		if seen > 2 {
			return
		}
		t := s.Text
		if dl, ok := m.dateline(t); ok {
			t = dl.rest
		}
		t = strings.TrimLeft(t, " -–—:")
		if o := findOfficialIn(t); o != nil {
			m.add(&m.publisher, o[1], rankGuess+1)
		}
		rank := rankGuess
		if strings.Contains(headOf(t, 100), ", ") {
			if loc := apposition.FindStringSubmatchIndex(headOf(t, 200)); loc != nil {
				t = t[:loc[3]] + " " + t[loc[1]:]
			}
		}
		// The subject's verb is looked for once: with none in t, none is
		// in the rest of t after its first comma either.
		end := lastVerbEnd(t)
		var sm []string
		if f := subjectStart(); end >= 0 && f.mayExact(t) {
			sm = findSubjectEnd(t, end)
		}
		if sm == nil && end >= 0 {
			// "Citing continued economic strength …, Southern Company today reported …"
			if c := strings.Index(t, ", "); c > 0 && c < 160 && !containsAnySplit(t[:c], ".!?\"", "“") {
				sm, rank = findSubject(t[c+2:]), rankGuess+2
			}
		}
		if sm != nil {
			name := strings.TrimSpace(trademarks.Replace(sm[1]))
			if n := wordCount(name); n >= 1 && n <= 6 && !strings.EqualFold(name, "the company") {
				m.add(&m.publisher, name, rank)
				return
			}
		}
	}
}

// findOfficialIn is findOfficial(firstSentence(t)), without finding the
// first sentence of a text that holds none of officialTitles: the first
// sentence, which begins t, holds none either.
func findOfficialIn(t string) []string {
	for _, w := range officialTitles {
		if strings.Contains(t, w) {
			return findOfficial(firstSentence(t))
		}
	}
	return nil
}

// dropCapsLabel drops the words in capitals, of three letters or more,
// that open a contact line of three words or more not all in capitals,
// keeping the last word, and joins the words left with single spaces:
// "PRESS CONFERENCE Dallas County District Attorney's Office" gives
// "Dallas County District Attorney's Office". An ASCII line of at most
// sixteen words, spaced so already, is sliced, not split and joined.
func dropCapsLabel(t string) string {
	var fields [16][2]int
	n := 0
	ascii := isASCII(t)
	for i := 0; i < len(t) && ascii; {
		for i < len(t) && isSpaceFast(rune(t[i])) {
			i++
		}
		if i == len(t) {
			break
		}
		if n == len(fields) {
			n = -1
			break
		}
		fields[n][0] = i
		for i < len(t) && !isSpaceFast(rune(t[i])) {
			i++
		}
		fields[n][1] = i
		n++
	}
	if n < 0 || !ascii {
		return dropCapsLabelSplit(t)
	}
	if n <= 2 || !hasLowerCase(t) {
		return t
	}
	k := 0
	for n-k > 1 && fields[k][1]-fields[k][0] > 2 && !hasLowerCase(t[fields[k][0]:fields[k][1]]) {
		k++
	}
	rest := t[fields[k][0]:fields[n-1][1]]
	// The words were cut at ASCII white space: rest is spaced already when
	// each gap between them is one ' ' (strings.Contains(rest, "  ") would
	// stop at every space, and in Go's wasm port fall back to a byte-by-byte
	// search after a few).
	for j := k; j+1 < n; j++ {
		if fields[j+1][0]-fields[j][1] != 1 || t[fields[j][1]] != ' ' {
			return strings.Join(strings.Fields(rest), " ")
		}
	}
	return rest
}

// dropCapsLabelSplit is dropCapsLabel by splitting the line into its words.
func dropCapsLabelSplit(t string) string {
	if f := strings.Fields(t); len(f) > 2 && t != strings.ToUpper(t) {
		for len(f) > 1 && f[0] == strings.ToUpper(f[0]) && len(f[0]) > 2 {
			f = f[1:]
		}
		t = strings.Join(f, " ")
	}
	return t
}

// hasLowerCase reports whether strings.ToUpper(s) != s, without building
// the upper-case copy when s is ASCII.
func hasLowerCase(s string) bool {
	if !isASCII(s) {
		return strings.ToUpper(s) != s
	}
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// apposition matches a description set between commas after the subject
// of the lead: "Fenwright plc, the specialist insurer, today announces".
var apposition = lazyRE(`^((?:\p{Lu}[\p{L}\p{N}&.'’\-]*\s+){0,4}(?:\p{Lu}[\p{L}\p{N}&.'’\-]*|plc|inc\.)),\s+(?:the|a|an)\s+[^,]{3,60},\s+`)

// cleanName trims the punctuation and markup around an organisation name.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	s = orgNameCut.trim(s)
	s = strings.TrimRight(s, " ,;:–—-")
	if strings.HasSuffix(s, ".") {
		return orgName(s, s)
	}
	return s
}
