package parser

import "strings"

// Word lists shared by the contact and entity passes: job titles, words
// that mark an organisation, labels and small words. Keys are lower case.

// A wordList is a set of words, sorted in byte order and looked up by
// binary search: a slice of constants, which the linker lays out, where a
// map was built at start-up. TestWordListsSorted checks that every list
// is sorted, without repeats.
type wordList []string

// has reports whether w, as written, is in the list.
func (l wordList) has(w string) bool {
	_, ok := l.index(w)
	return ok
}

// index returns where w, as written, is in the list, and whether it is.
// It is not inlined: a dozen copies of its search made app.wasm 8 KB
// larger. A probe whose word differs from w in the first byte is decided
// by that byte; only the others call the runtime's string comparison,
// which in Go's wasm port compares byte by byte.
//
//go:noinline
func (l wordList) index(w string) (int, bool) {
	if w == "" {
		return 0, len(l) > 0 && l[0] == ""
	}
	c := w[0]
	i, j := 0, len(l)
	for i < j {
		h := int(uint(i+j) >> 1)
		var less bool
		if a := l[h]; a != "" && a[0] != c {
			less = a[0] < c
		} else {
			less = a < w
		}
		if less {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < len(l) && l[i] == w
}

// hasLower reports whether w, lower-cased, is in the list, without
// allocating when w is ASCII (inLower for a wordList). An ASCII word
// wordSetFilter turns away is in no list.
func (l wordList) hasLower(w string) bool {
	if h, ok := foldHash(w); ok && wordSetFilter[h>>6%uint32(len(wordSetFilter))]&(1<<(h&63)) == 0 {
		return false
	}
	var buf [32]byte
	if k, ok := lowerASCIIInto(buf[:], w); ok {
		return l.has(string(buf[:k]))
	}
	return l.has(strings.ToLower(w))
}

// wordSetFilter holds a bit for every word of every wordList, lower-cased,
// at its foldHash: a word whose bit is clear is in none of them, and is
// turned away without a lookup. The lists hold about a thousand words;
// the filter has 16,384 bits. It is written out by go generate
// (init_gen.go) from the lists TestWordListsAllFiltered finds.
var wordSetFilter = wordSetFilterTable

// inWordSets reports whether w, in any case, may be in some wordList:
// false means it is in none.
func inWordSets(w string) bool {
	h, ok := foldHash(w)
	return ok && wordSetFilter[h>>6%uint32(len(wordSetFilter))]&(1<<(h&63)) != 0
}

// foldHash hashes w lower-cased when w is ASCII: eight bytes at a time,
// each with 0x20 set, which lower-cases a letter and leaves any other
// byte as two words equal but for the case of their letters have it. One
// multiply per eight bytes, where FNV-1a took one per byte.
func foldHash(w string) (uint32, bool) {
	const prime = 0x9e3779b97f4a7c15
	const ones = 0x0101010101010101
	h := uint64(len(w)) * prime
	for len(w) >= 8 {
		y := load64(w)
		if y&(ones*0x80) != 0 {
			return 0, false
		}
		h = (h ^ (y | ones*0x20)) * prime
		w = w[8:]
	}
	var y uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return 0, false
		}
		y |= uint64(c|0x20) << (8 * i)
	}
	h = (h ^ y) * prime
	return uint32(h >> 32), true
}

// roleWords mark a job title: "Director of Communications", "Show
// Director", "Chief of Staff", "Spokesperson".
var roleWords = wordList{
	"administrator", "adviser", "advisor", "agent", "ambassador", "analyst", "assistant", "associate",
	"attorney", "captain", "ceo", "cfo", "chair", "chairman", "chairperson", "chairwoman",
	"chancellor", "chief", "cio", "cmo", "co-founder", "cofounder", "commissioner", "consultant",
	"coo", "coordinator", "counsel", "cto", "dean", "deputy", "director", "editor", "evp",
	"executive", "founder", "governor", "head", "judge", "lead", "leader", "manager", "mayor",
	"member", "members", "minister", "officer", "owner", "partner", "president", "principal",
	"professor", "provost", "publicist", "rector", "representative", "secretary", "senator",
	"sheriff", "specialist", "spokesman", "spokesperson", "spokeswoman", "strategist",
	"superintendent", "supervisor", "svp", "treasurer", "trustee", "vice", "vp",
}

// orgSuffixes end an organisation's name: "Acme Inc.", "Permanent
// Council", "Baird Strategic Municipal Bond Fund".
var orgSuffixes = wordList{
	"ag", "agency", "association", "authority", "b.v.", "bank", "bureau", "co.", "college",
	"commission", "committee", "company", "corp", "corp.", "corporation", "council", "court",
	"department", "federation", "foundation", "fund", "gmbh", "group", "holdings", "hospital", "inc",
	"inc.", "institute", "l.l.c.", "l.p.", "laboratories", "limited", "llc", "llp", "ltd", "ltd.",
	"ministry", "n.v.", "organisation", "organization", "parliament", "partners", "plc", "s.a.",
	"s.p.a.", "sa", "society", "university",
}

// orgHeads start an organisation's name that goes on with "of" or
// "for": "Ministry of Defence", "University of Utah", "Bank of America".
var orgHeads = wordList{
	"academy", "agency", "association", "bank", "board", "bureau", "center", "centre", "chamber",
	"college", "commission", "council", "court", "department", "embassy", "federation", "government",
	"house", "institute", "league", "ministry", "museum", "office", "organisation", "organization",
	"school", "secretariat", "society", "university",
}

// businessWords are common in organisations' names and rare in people's.
var businessWords = wordList{
	"advisory", "airlines", "assembly", "board", "capital", "center", "centre", "city", "club",
	"communications", "computer", "consulting", "county", "department", "digital", "district",
	"energy", "financial", "global", "government", "health", "industries", "international",
	"investments", "labs", "marketing", "media", "motors", "network", "networks", "news", "newswire",
	"office", "organisation", "pharmaceuticals", "police", "press", "public", "relations", "release",
	"school", "services", "show", "software", "solutions", "strategic", "systems", "team",
	"technologies", "technology", "therapeutics", "trust", "union", "wire",
}

// labelWords introduce a value in a contact block ("Email:", "Tel.") or
// are headings that look like names ("Media Contact").
var labelWords = wordList{
	"about", "all", "and", "april", "at", "august", "avenue", "back", "blvd", "blvd.", "building",
	"by", "call", "cell", "click", "contact", "contacts", "december", "download", "drive", "e-mail",
	"east", "editors", "email", "ends", "enquiries", "fax", "february", "floor", "follow", "for",
	"friday", "from", "here", "home", "in", "inquiries", "investor", "investors", "january", "july",
	"june", "lane", "latest", "link", "links", "login", "mail", "march", "may", "media", "menu",
	"mobile", "monday", "more", "name", "new", "north", "note", "notes", "november", "october", "of",
	"office", "on", "or", "phone", "please", "press", "print", "privacy", "read", "related",
	"release", "releases", "road", "saturday", "search", "see", "september", "share", "sign",
	"source", "south", "square", "street", "subscribe", "suite", "sunday", "tel", "tel.", "telephone",
	"terms", "the", "thursday", "to", "today", "top", "tuesday", "us", "via", "view", "visit", "web",
	"website", "wednesday", "west", "with",
}

// titleCaseSmallWords are written lower case inside names of
// organisations and in title-case headings; stopWords are capitalised
// words that start sentences or title-case headings without being names.
var titleCaseSmallWords = wordList{
	"&", "and", "de", "des", "du", "for", "in", "la", "le", "of", "on", "the",
}

// orgJoinWords may stand inside an organisation's name: "Bank of
// America", "Committee on Foreign Relations", "Banco de España".
var orgJoinWords = wordList{
	"and", "de", "des", "du", "for", "of", "on", "the",
}

var stopWords = wordList{
	"a", "about", "across", "after", "against", "all", "also", "among", "an", "and", "are", "as",
	"at", "before", "between", "both", "but", "by", "can", "during", "for", "from", "he", "her",
	"his", "how", "i", "if", "in", "including", "inside", "into", "is", "it", "its", "may", "new",
	"no", "not", "of", "on", "or", "our", "outside", "over", "per", "she", "since", "so", "than",
	"that", "the", "their", "then", "these", "they", "this", "those", "throughout", "to", "today",
	"under", "upon", "via", "was", "we", "were", "what", "when", "where", "which", "while", "who",
	"why", "will", "with", "within", "yes", "yesterday", "you",
}
