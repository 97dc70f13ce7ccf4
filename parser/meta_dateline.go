package parser

// datelineMemo remembers the last few answers of parseDateline in the
// metadata pass: findDateline and subjectPublisher both read the first body
// paragraphs' datelines, and parseDateline looks for dates, which is most
// of its cost.
type datelineMemo struct {
	entries [4]datelineEntry
	next    int
}

type datelineEntry struct {
	text string
	dl   dateline
	ok   bool
	set  bool
}

// dateline returns parseDateline(text), remembered.
func (m *metaScan) dateline(text string) (dateline, bool) {
	memo := &m.datelines
	for i := range memo.entries {
		if e := &memo.entries[i]; e.set && e.text == text {
			return e.dl, e.ok
		}
	}
	dl, ok := parseDateline(text)
	memo.entries[memo.next] = datelineEntry{text: text, dl: dl, ok: ok, set: true}
	memo.next = (memo.next + 1) % len(memo.entries)
	return dl, ok
}
