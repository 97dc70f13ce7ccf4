package ui

import (
	"strconv"
	"strings"
	"time"

	"pressmark/parser"
)

// repairLabel names the repairs made to a block for a tooltip and an
// accessible label, such as "Repaired: paragraph rejoined".
func repairLabel(repairs []parser.Repair) string {
	if len(repairs) == 0 {
		return ""
	}
	seen := make(map[string]bool, len(repairs))
	var parts []string
	for _, r := range repairs {
		var s string
		switch r.Kind {
		case parser.RepairRejoined:
			s = "paragraph rejoined"
		case parser.RepairUnwrapped:
			s = "hard-wrapped lines joined"
		case parser.RepairDehyphenated:
			s = "word de-hyphenated"
			if r.Detail != "" {
				s += " (" + r.Detail + ")"
			}
		case parser.RepairSplit:
			s = "run-together paragraphs split"
		case parser.RepairWhitespace:
			s = "extra spaces collapsed"
		default:
			s = r.Kind.String()
		}
		if !seen[s] {
			seen[s] = true
			parts = append(parts, s)
		}
	}
	return "Repaired: " + strings.Join(parts, ", ")
}

// removedKindLabel is the badge text for a kind of removed stretch.
func removedKindLabel(k parser.RemovedKind) string {
	switch k {
	case parser.RemovedEndMarker:
		return "End marker"
	case parser.RemovedForwardLooking:
		return "Disclaimer"
	case parser.RemovedNotesToEditors:
		return "Notes to editors"
	}
	return capitalize(k.String())
}

// entityKindLabel is the plural heading for a group of entity suggestions.
func entityKindLabel(k parser.EntityKind) string {
	switch k {
	case parser.EntityDate:
		return "Dates"
	case parser.EntityCountry:
		return "Countries"
	case parser.EntityPlace:
		return "Places"
	case parser.EntityOrganisation:
		return "Organisations"
	case parser.EntityPerson:
		return "People"
	case parser.EntityMoney:
		return "Amounts"
	case parser.EntityPercent:
		return "Percentages"
	case parser.EntityEmail:
		return "E-mail addresses"
	case parser.EntityPhone:
		return "Phone numbers"
	case parser.EntityURL:
		return "Web addresses"
	}
	return capitalize(k.String())
}

// networkNames spell the parser's social network words as their owners do.
var networkNames = map[string]string{
	"linkedin": "LinkedIn", "youtube": "YouTube", "tiktok": "TikTok", "x": "X", "whatsapp": "WhatsApp",
}

// networkLabel is the row label for a social profile: "LinkedIn",
// "Twitter", or "Social" when the network is not known.
func networkLabel(network string) string {
	network = strings.TrimSpace(network)
	if network == "" {
		return "Social"
	}
	if n, ok := networkNames[strings.ToLower(network)]; ok {
		return n
	}
	return capitalize(network)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	s = strings.ReplaceAll(s, "-", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// publishedDate turns Release.Published (an ISO 8601 date, or date and time)
// into a value for <time datetime> and a human-readable form such as
// "18 November 2021". When the value is not a date it is shown as it is and
// ok is false, so that no invalid datetime attribute is written.
func publishedDate(iso string) (datetime, human string, ok bool) {
	iso = strings.TrimSpace(iso)
	if y, m, d, ok := calendarDay(iso); ok {
		// The usual case, read without time.Parse: the first render of
		// a release would otherwise compile time's parser and formatter
		// (55 KB of WebAssembly) in the browser on every first visit.
		return iso, strconv.Itoa(d) + " " + time.Month(m).String() + " " + y, true
	}
	layouts := []struct{ in, out string }{
		{time.RFC3339, "2 January 2006, 15:04 MST"},
		{"2006-01-02T15:04:05", "2 January 2006, 15:04"},
		{"2006-01-02T15:04", "2 January 2006, 15:04"},
		{"2006-01-02", "2 January 2006"},
	}
	for _, l := range layouts {
		if t, err := time.Parse(l.in, iso); err == nil {
			return iso, t.Format(l.out), true
		}
	}
	return "", iso, false
}

// calendarDay reads an ISO 8601 date, "YYYY-MM-DD", that names a day of
// the calendar (not February 30th), as time.Parse with "2006-01-02" does.
func calendarDay(s string) (year string, month, day int, ok bool) {
	if len(s) != len("2006-01-02") || s[4] != '-' || s[7] != '-' {
		return "", 0, 0, false
	}
	y, yok := atoi(s[:4])
	m, mok := atoi(s[5:7])
	d, dok := atoi(s[8:])
	if !yok || !mok || !dok || m < 1 || m > 12 || d < 1 ||
		time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() != d { // February 30th would be March 2nd
		return "", 0, 0, false
	}
	return s[:4], m, d, true
}
