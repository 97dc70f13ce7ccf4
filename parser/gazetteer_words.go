package parser

// Word lists shared by the contact and entity passes: job titles, words
// that mark an organisation, labels and small words. Keys are lower case.

// wordSet returns a set of words, and enters each word, lower-cased, in
// wordSetFilter.
func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
		if h, ok := foldHash(w); ok {
			wordSetFilter[h>>6%uint32(len(wordSetFilter))] |= 1 << (h & 63)
		}
	}
	return m
}

// wordSetFilter holds a bit for every word of every wordSet, lower-cased,
// at its foldHash: a word whose bit is clear is in none of them, and is
// turned away without a map lookup. The sets hold about a thousand words;
// the filter has 16,384 bits.
var wordSetFilter [256]uint64

// inWordSets reports whether w, in any case, may be in some wordSet: false
// means it is in none.
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
var roleWords = wordSet(
	"director", "manager", "officer", "head", "chief", "president", "vp", "vice", "svp", "evp",
	"coordinator", "specialist", "spokesperson", "spokesman", "spokeswoman", "secretary",
	"editor", "executive", "associate", "lead", "partner", "founder", "co-founder", "cofounder",
	"ceo", "cfo", "coo", "cmo", "cto", "cio", "chair", "chairman", "chairwoman", "chairperson",
	"minister", "ambassador", "governor", "mayor", "commissioner", "professor", "analyst",
	"counsel", "attorney", "representative", "administrator", "consultant", "strategist",
	"publicist", "advisor", "adviser", "principal", "treasurer", "superintendent", "sheriff",
	"senator", "deputy", "assistant", "owner", "agent", "leader", "supervisor", "trustee",
	"dean", "provost", "rector", "judge", "member", "members", "chancellor", "captain",
)

// orgSuffixes end an organisation's name: "Acme Inc.", "Permanent
// Council", "Baird Strategic Municipal Bond Fund".
var orgSuffixes = wordSet(
	"inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "l.l.c.", "llp", "l.p.",
	"plc", "gmbh", "ag", "sa", "s.a.", "n.v.", "b.v.", "s.p.a.", "limited",
	"group", "company", "corporation", "association", "university", "agency", "council",
	"commission", "bank", "foundation", "institute", "bureau", "authority", "committee",
	"federation", "fund", "partners", "holdings", "laboratories", "organisation", "organization",
	"parliament", "ministry", "department", "society", "college", "hospital", "court",
)

// orgHeads start an organisation's name that goes on with "of" or
// "for": "Ministry of Defence", "University of Utah", "Bank of America".
var orgHeads = wordSet(
	"ministry", "department", "university", "bank", "institute", "office", "bureau", "council",
	"commission", "agency", "court", "college", "school", "academy", "society", "federation",
	"association", "organisation", "organization", "board", "secretariat", "embassy", "house",
	"chamber", "league", "museum", "centre", "center", "government",
)

// businessWords are common in organisations' names and rare in people's.
var businessWords = wordSet(
	"office", "union", "trust", "consulting", "advisory", "software", "systems", "solutions",
	"technologies", "technology", "capital", "communications", "media", "network", "networks",
	"services", "industries", "international", "labs", "organisation", "center", "centre",
	"club", "show", "county", "city", "district", "police", "government", "assembly", "board",
	"computer", "motors", "airlines", "energy", "pharmaceuticals", "therapeutics", "newswire",
	"wire", "news", "school", "global", "digital", "health", "financial", "investments",
	"press", "release", "marketing", "public", "relations", "team", "department", "strategic",
)

// labelWords introduce a value in a contact block ("Email:", "Tel.") or
// are headings that look like names ("Media Contact").
var labelWords = wordSet(
	"email", "e-mail", "mail", "phone", "telephone", "tel", "tel.", "mobile", "cell", "fax",
	"office", "web", "website", "contact", "contacts", "media", "press", "investor", "investors",
	"inquiries", "enquiries", "name", "for", "the", "and", "or", "of", "at", "by", "in", "on",
	"to", "from", "with", "about", "source", "via", "us", "follow", "visit", "read", "more",
	"click", "here", "view", "see", "note", "notes", "editors", "ends", "please", "call",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "today", "new", "all", "street", "avenue", "road", "blvd", "blvd.",
	"suite", "floor", "building", "drive", "lane", "square", "north", "south", "east", "west",
	"related", "links", "link", "share", "print", "download", "subscribe", "home", "latest",
	"releases", "release", "back", "top", "menu", "search", "login", "sign", "privacy", "terms",
)

// titleCaseSmallWords are written lower case inside names of
// organisations and in title-case headings; stopWords are capitalised
// words that start sentences or title-case headings without being names.
var titleCaseSmallWords = wordSet("of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "&")

// orgJoinWords may stand inside an organisation's name: "Bank of
// America", "Committee on Foreign Relations", "Banco de España".
var orgJoinWords = wordSet("of", "for", "and", "the", "on", "de", "du", "des")

var stopWords = wordSet(
	"the", "a", "an", "in", "on", "at", "of", "for", "from", "to", "and", "or", "but", "with",
	"by", "as", "into", "across", "throughout", "including", "both", "between", "via", "over",
	"under", "within", "outside", "inside", "about", "after", "before", "during", "since",
	"if", "when", "while", "where", "this", "that", "these", "those", "its", "their", "our",
	"his", "her", "all", "new", "today", "yesterday", "also", "so", "than", "then", "why",
	"how", "what", "who", "which", "it", "we", "they", "he", "she", "i", "you", "is", "are",
	"was", "were", "will", "can", "may", "not", "no", "yes", "per", "upon", "among", "against",
)
