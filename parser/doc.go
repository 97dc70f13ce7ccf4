package parser

// doc is the value the passes share: the decoded input, the segments found
// in it, and the Release being built.
type doc struct {
	cfg *config

	// src is the input as valid UTF-8. When decode had to repair the input,
	// offsets into src differ from offsets into the bytes given to Parse;
	// origin maps them back.
	src    string
	origin func(int) int

	format Format
	segs   []*segment
	rel    *Release

	// meta holds metadata stated by markup rather than by the text, such as
	// HTML's <title>, <meta property="article:published_time"> or
	// <link rel="canonical">. Keys: "title", "published", "url", "publisher",
	// "distributor", "language", "description". The metadata pass prefers
	// what the text says and falls back to these.
	meta map[string]string

	// words is the document's vocabulary, built when first needed (see
	// doc.vocab).
	words *vocabulary

	// links are links with no visible text of their own, such as a linked
	// image; assemble lists them in Release.Links.
	links []Link

	// prog tracks progress for the WithYield hook.
	prog progress

	// removals is the stock remove and newRemoval hand removals out of,
	// sixteen to an allocation (removal.go).
	removals []removal

	// segScratch holds the blocks groupLines carved the segments from, for
	// Parse to return to their pool (see unwrap_scratch.go).
	segScratch *segScratch
}

// segment is one block-sized stretch of the input: a paragraph, heading,
// list item or line, before it is judged body or boilerplate.
type segment struct {
	Text    string    // visible text: markup reduced, whitespace collapsed, repairs applied
	Source  Span      // bytes into doc.src
	Kind    BlockKind // kind suggested by markup or layout
	Level   int       // heading level, when Kind is BlockHeading
	Links   []Link    // links whose visible text lies in Text; Start/End are byte offsets into Text
	Repairs []Repair

	// Lines are the physical lines of the segment as they stand in src,
	// markup reduced but not yet unwrapped; repair reads them.
	Lines []line

	// BlankBefore counts the blank lines between this segment and the one
	// before it.
	BlankBefore int

	// Removed is set when the segment is not body.
	Removed *removal

	// cache holds answers about Text that classify asks more than once
	// (classify_feats.go).
	cache segFeats
}

// line is one physical line of input.
type line struct {
	Text   string
	Source Span // bytes into doc.src
}

// removal says why a segment is not body.
type removal struct {
	Kind   RemovedKind
	Reason string
}

// remove marks s as not body, unless the user restored its text.
func (d *doc) remove(s *segment, kind RemovedKind, reason string) {
	if d.cfg.restored[s.Text] {
		return
	}
	s.Removed = d.newRemoval(kind, reason)
}

// warn records a warning on the Release.
func (d *doc) warn(code, format string, args ...any) {
	d.rel.Warnings = append(d.rel.Warnings, Warning{Code: code, Message: sprintf(format, args...)})
}
