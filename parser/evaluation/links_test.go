package evaluation

import "pressmark/parser"

// releaseLinks gathers every web address a Release reports: its links, its
// blocks' links, the websites and the social profiles among its contacts.
func releaseLinks(r *parser.Release) []string {
	var out []string
	for _, l := range r.Links {
		out = append(out, l.URL)
	}
	for _, b := range r.Blocks {
		for _, l := range b.Links {
			out = append(out, l.URL)
		}
	}
	out = append(out, r.Contacts.Websites...)
	for _, s := range r.Contacts.Social {
		out = append(out, s.URL)
	}
	return out
}
