package evaluation

import "strings"

// field names the metadata fields compared against the gold, in the order
// of the per-document flags "T D P d U L".
type field int

const (
	fieldTitle field = iota
	fieldPublished
	fieldPublisher
	fieldDistributor
	fieldURL
	fieldDateline
	numFields
)

var fieldNames = [numFields]string{"title", "published", "publisher", "distributor", "url", "dateline"}

// fieldFlags are the one-letter flags shown per document.
var fieldFlags = [numFields]string{"T", "D", "P", "d", "U", "L"}

func (f field) String() string { return fieldNames[f] }

// sameField reports whether the output got matches the gold value want for
// field f. A nil want (a null in the gold) matches an empty output.
func sameField(f field, got string, want *string) bool {
	g := collapse(got)
	if want == nil {
		return g == ""
	}
	w := collapse(*want)
	switch f {
	case fieldTitle:
		return strings.EqualFold(g, w)
	case fieldPublished:
		if len(g) > 10 && (g[10] == 'T' || g[10] == ' ') {
			g = g[:10]
		}
	case fieldURL:
		g, w = strings.TrimSuffix(g, "/"), strings.TrimSuffix(w, "/")
	}
	return g == w
}

// normEmail folds an e-mail address for comparison.
func normEmail(s string) string {
	return strings.ToLower(strings.TrimPrefix(collapse(s), "mailto:"))
}

// normPhone collapses the white space in a telephone number.
func normPhone(s string) string { return collapse(s) }

// normLink drops the scheme and a trailing slash of a web address, and
// drops mailto: and tel: targets altogether.
func normLink(s string) string {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "mailto:") || strings.HasPrefix(low, "tel:") {
		return ""
	}
	for _, p := range []string{"https://", "http://"} {
		if strings.HasPrefix(low, p) {
			s = s[len(p):]
			break
		}
	}
	return strings.TrimSuffix(s, "/")
}
