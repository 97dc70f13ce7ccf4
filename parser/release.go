package parser

// Schema is the version of the Release JSON shape. It changes only when a
// key is renamed or removed, or a value changes meaning.
const Schema = 1

// Release is a press release as Parse understands it: its metadata, its
// cleaned body as blocks, everything that was taken out of the body and why,
// and what was found in it.
//
// Text is the cleaned, annotatable text: the title and then each body block,
// joined by blank lines ("\n\n"). Block and entity offsets count Unicode code
// points into Text; Source spans count bytes into the input given to Parse.
type Release struct {
	Schema      int    `json:"schema"`
	Format      Format `json:"format"`
	Title       string `json:"title"`
	Subtitle    string `json:"subtitle,omitempty"`
	Published   string `json:"published,omitempty"` // ISO 8601 date (YYYY-MM-DD), or date and time when the input gives one.
	Publisher   string `json:"publisher,omitempty"`
	Distributor string `json:"distributor,omitempty"`
	URL         string `json:"url,omitempty"`
	Dateline    string `json:"dateline,omitempty"`
	Language    string `json:"language,omitempty"` // BCP 47 tag such as "en".

	Text     string    `json:"text"`
	Blocks   []Block   `json:"blocks"`
	Removed  []Removed `json:"removed"`
	Contacts Contacts  `json:"contacts"`
	Links    []Link    `json:"links"`
	Entities []Entity  `json:"entities"`
	Warnings []Warning `json:"warnings"`
}

// Span is a half-open range [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len reports the length of the span.
func (s Span) Len() int { return s.End - s.Start }

// Block is one unit of the cleaned body: a paragraph, heading, list item,
// quote, salutation or closing.
type Block struct {
	Kind    BlockKind `json:"kind"`
	Text    string    `json:"text"`
	Start   int       `json:"start"` // code points into Release.Text
	End     int       `json:"end"`
	Source  Span      `json:"source"`          // bytes into the input
	Level   int       `json:"level,omitempty"` // heading level (2–6) for headings
	Links   []Link    `json:"links,omitempty"`
	Repairs []Repair  `json:"repairs,omitempty"`
}

// Link is a hyperlink found in the input: its visible text and its target.
// Start and End, when set, locate the visible text in Release.Text
// (code points); they are zero for links outside the body.
type Link struct {
	Text  string `json:"text"`
	URL   string `json:"url"`
	Start int    `json:"start,omitempty"`
	End   int    `json:"end,omitempty"`
}

// Repair records one change made to a block's text so that it reads as the
// author wrote it, such as a paragraph rejoined across a stray blank line.
type Repair struct {
	Kind   RepairKind `json:"kind"`
	Detail string     `json:"detail,omitempty"` // e.g. the word that was de-hyphenated
}

// Removed is a stretch of the input that is not part of the body, with the
// reason it was taken out. The user may put it back (see WithRestored).
type Removed struct {
	Kind   RemovedKind `json:"kind"`
	Text   string      `json:"text"`
	Reason string      `json:"reason"`
	Source Span        `json:"source"`
}

// Contacts gathers the ways to reach the publisher found anywhere in the
// input, body or removed stretches alike, in order of first appearance.
type Contacts struct {
	Emails   []string        `json:"emails"`
	Phones   []string        `json:"phones"`
	Websites []string        `json:"websites"`
	Social   []SocialProfile `json:"social"`
	People   []ContactPerson `json:"people"`
}

// SocialProfile is a profile on a social network, such as Twitter or LinkedIn.
type SocialProfile struct {
	Network string `json:"network"`
	URL     string `json:"url"`
}

// ContactPerson is a named media contact.
type ContactPerson struct {
	Name  string `json:"name"`
	Role  string `json:"role,omitempty"`
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// Entity is a suggestion for annotation: something with a kind found in the
// cleaned text. Start and End count code points into Release.Text.
type Entity struct {
	Kind  EntityKind `json:"kind"`
	Text  string     `json:"text"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Value string     `json:"value,omitempty"` // normalised value: ISO date, amount, number, address
}

// Warning describes something odd but usable about the input, such as
// invalid UTF-8 that was repaired.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}
