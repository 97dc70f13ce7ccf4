package parser

import (
	"strings"
)

// Numeric dates such as "03/04/2026" are read month first, as in the
// United States, unless the release shows it is not American: a dateline
// outside the US, British spelling, or a numeric date elsewhere whose first
// number cannot be a month.

// slashDateRE matches a numeric date written with slashes.
var slashDateRE = lazyRE(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)

// usPlaceRE matches a dateline that names a US state, or a US city that
// datelines give alone.
var usPlaceRE = lazyRE(`(?i)(?:,\s*(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C|(?-i:[A-Z]{2}))\.?$|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Chicago|Los Angeles|San Francisco|San Diego|San Jose|Boston|Houston|Dallas|Atlanta|Miami|Seattle|Denver|Philadelphia|Phoenix|Detroit|Austin|Las Vegas|Minneapolis|Nashville|Pittsburgh|Baltimore|Cleveland|Orlando|Tampa|St\. Louis|Silicon Valley|USA|U\.S\.|United States)\b`)

// britishRE matches spellings British English uses and American does not.
var britishRE = lazyRE(`\b(?:organisation|organisations|colour|favour|centre|centres|programme|programmes|realise[sd]?|recognise[sd]?|behaviour|labour|licence|defence|travelling|analyse[sd]?|whilst|organised|prioritise)\b`)

// orderDate rereads iso, the published date, day first when it came from an
// ambiguous numeric date and the release is not American. A date the head
// spells out the same way keeps iso as it is (spelledOut).
func (m *metaScan) orderDate(iso string) string {
	if len(iso) != 10 {
		return iso
	}
	var ambiguous []string // the matches that gave iso, read month first
	dayFirst := false
	for _, s := range m.d.segs[:min(len(m.d.segs), maxTop)] {
		head := headOf(s.Text, 2000)
		if !digitSlashDigit(head) {
			continue
		}
		for _, sm := range slashDateRE.FindAllStringSubmatch(head, -1) {
			a, b := atoiSmall(sm[1]), atoiSmall(sm[2])
			if a > 12 && b <= 12 {
				dayFirst = true
			}
			if a <= 12 && b <= 12 && a != b {
				if us, ok := isoDate(atoiSmall(sm[3]), a, b); ok && us == iso {
					ambiguous = append(ambiguous, sm[0])
				}
			}
		}
	}
	if len(ambiguous) == 0 {
		return iso
	}
	if !dayFirst {
		dl := m.d.rel.Dateline
		switch {
		case dl != "" && !usPlaceRE.MatchString(dl):
			dayFirst = true
		case dl == "" && britishRE.MatchString(headOf(m.d.src, 20000)):
			dayFirst = true
		}
	}
	if !dayFirst || m.spelledOut(iso) {
		return iso
	}
	sm := slashDateRE.FindStringSubmatch(ambiguous[0])
	if eu, ok := isoDate(atoiSmall(sm[3]), atoiSmall(sm[2]), atoiSmall(sm[1])); ok {
		return eu
	}
	return iso
}

// spelledOut reports whether a date of the release's head that is not
// written with slashes, such as the dateline's "March 4, 2026", reads as
// iso: then iso came from it, not from an ambiguous "03/04/2026" further
// down, and stands as it is.
func (m *metaScan) spelledOut(iso string) bool {
	var buf [8]dateMatch
	for _, s := range m.d.segs[:min(len(m.d.segs), maxTop)] {
		head := headOf(s.Text, 2000)
		for _, dm := range appendDates(buf[:0], head) {
			if dm.iso == iso && !strings.Contains(head[dm.start:dm.end], "/") {
				return true
			}
		}
	}
	return false
}

// digitSlashDigit reports whether s holds a slash between two ASCII
// digits, as every match of slashDateRE does: most texts with a slash hold
// it in a web address or an "and/or".
func digitSlashDigit(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-1], '/')
		if k < 0 {
			return false
		}
		i += k
		if isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			return true
		}
	}
	return false
}

// atoiSmall reads a short run of ASCII digits.
func atoiSmall(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
