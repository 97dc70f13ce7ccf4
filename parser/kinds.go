package parser

import "fmt"

// Format is the kind of input Parse detected.
type Format int

// Input formats.
const (
	FormatText     Format = iota // plain text: wire copy, e-mail, PDF text
	FormatMarkdown               // Markdown-ish text: newswire exports, links as [text](url)
	FormatHTML                   // HTML, such as a browser puts on the clipboard
)

var formatNames = []string{"text", "markdown", "html"}

func (f Format) String() string { return name(formatNames, int(f)) }

// MarshalText implements encoding.TextMarshaler.
func (f Format) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Format) UnmarshalText(b []byte) error { return unname(formatNames, b, (*int)(f), "format") }

// BlockKind is the role of a body block.
type BlockKind int

// Block kinds.
const (
	BlockParagraph  BlockKind = iota // running text
	BlockHeading                     // a subheading inside the body
	BlockListItem                    // one entry of a bulleted or numbered list
	BlockQuote                       // a block quotation
	BlockSalutation                  // a speech's address, such as "Madam Chair,"
	BlockClosing                     // a sign-off, such as "Thank you."
)

var blockKindNames = []string{"paragraph", "heading", "list-item", "quote", "salutation", "closing"}

func (k BlockKind) String() string { return name(blockKindNames, int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k BlockKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *BlockKind) UnmarshalText(b []byte) error {
	return unname(blockKindNames, b, (*int)(k), "block kind")
}

// RemovedKind says why a stretch of input is not part of the body.
type RemovedKind int

// Removed kinds.
const (
	RemovedMetadata       RemovedKind = iota // title, date or byline lines consumed into metadata
	RemovedDistribution                      // "Press release distributed by …", SOURCE lines, wire notices
	RemovedMedia                             // "Media Assets", "Embedded Media", image captions
	RemovedSubscribe                         // subscribe and follow prompts
	RemovedSocial                            // social-network links
	RemovedContact                           // media contact blocks
	RemovedAbout                             // "About X" company boilerplate
	RemovedEndMarker                         // "###", "-30-", "ENDS"
	RemovedForwardLooking                    // forward-looking statements and other legal disclaimers
	RemovedNotesToEditors                    // "Notes to editors", background notes
	RemovedNavigation                        // site navigation, breadcrumbs, share bars
	RemovedTable                             // financial tables of earnings releases
	RemovedOther                             // anything else that is clearly not body text
)

var removedKindNames = []string{
	"metadata", "distribution", "media", "subscribe", "social", "contact", "about",
	"end-marker", "forward-looking", "notes-to-editors", "navigation", "table", "other",
}

func (k RemovedKind) String() string { return name(removedKindNames, int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k RemovedKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *RemovedKind) UnmarshalText(b []byte) error {
	return unname(removedKindNames, b, (*int)(k), "removed kind")
}

// RepairKind names a repair made to a block's text.
type RepairKind int

// Repair kinds.
const (
	RepairRejoined     RepairKind = iota // a paragraph broken across a blank line was rejoined
	RepairUnwrapped                      // hard-wrapped lines were joined into one
	RepairDehyphenated                   // a word hyphenated at a line end was rejoined
	RepairSplit                          // paragraphs run together on one line were split
	RepairWhitespace                     // runs of spaces or non-breaking spaces were collapsed
)

var repairKindNames = []string{"rejoined", "unwrapped", "dehyphenated", "split", "whitespace"}

func (k RepairKind) String() string { return name(repairKindNames, int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k RepairKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *RepairKind) UnmarshalText(b []byte) error {
	return unname(repairKindNames, b, (*int)(k), "repair kind")
}

// EntityKind is the kind of an entity suggestion.
type EntityKind int

// Entity kinds.
const (
	EntityDate         EntityKind = iota // a calendar date; Value is ISO 8601
	EntityCountry                        // a country or state; Value is the English short name
	EntityPlace                          // a city or region
	EntityOrganisation                   // a company, agency or other body
	EntityPerson                         // a named person
	EntityMoney                          // an amount of money; Value is "USD 1200000"
	EntityPercent                        // a percentage; Value is the number
	EntityEmail                          // an e-mail address
	EntityPhone                          // a telephone number; Value is digits with a leading + when known
	EntityURL                            // a web address; Value is the absolute URL
)

var entityKindNames = []string{
	"date", "country", "place", "organisation", "person", "money", "percent", "email", "phone", "url",
}

func (k EntityKind) String() string { return name(entityKindNames, int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k EntityKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *EntityKind) UnmarshalText(b []byte) error {
	return unname(entityKindNames, b, (*int)(k), "entity kind")
}

func name(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return fmt.Sprintf("unknown(%d)", i)
	}
	return names[i]
}

func unname(names []string, b []byte, dst *int, what string) error {
	for i, n := range names {
		if n == string(b) {
			*dst = i
			return nil
		}
	}
	return fmt.Errorf("parser: unknown %s %q", what, b)
}
