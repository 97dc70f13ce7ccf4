// Package parser turns a pasted press release — newswire Markdown, plain wire
// text, a government notice, an SEC exhibit, hard-wrapped PDF text or the HTML
// a browser puts on the clipboard — into a structured, cleaned Release.
//
// Parsing is a short pipeline of passes over a shared document value, each in
// its own file: decode (decode.go) → segment into blocks (text.go, markdown.go,
// html.go) → repair (repair.go) → classify boilerplate (boilerplate.go) →
// extract metadata (metadata.go) → assemble the cleaned text (assemble.go) →
// find contacts and entities (contacts.go, entities.go).
//
// The package is pure Go: it never touches the DOM and runs the same natively
// and compiled to WebAssembly.
package parser

import (
	"errors"
	"fmt"
	"unsafe"
)

// Sentinel errors returned, wrapped, by Parse for input it cannot use.
// Test for them with errors.Is.
var (
	ErrEmpty    = errors.New("the input is empty")
	ErrBinary   = errors.New("the input is not text")
	ErrTooLarge = errors.New("the input is larger than the size limit")

	// ErrInternal reports a bug: a pass failed on this input. Parse
	// recovers rather than crash the app; the fuzz test treats it as a
	// failure.
	ErrInternal = errors.New("the parser failed on this input (a bug)")
)

// DefaultMaxSize is the largest input Parse accepts unless WithMaxSize says
// otherwise: 8 MiB. A press release, even as a saved web page, is a few
// hundred kilobytes at most, and parsing tens of megabytes would keep the
// browser busy for many seconds; larger input gets ErrTooLarge.
const DefaultMaxSize = 8 << 20

// Option configures Parse.
type Option func(*config)

type config struct {
	maxSize  int
	format   Format
	detect   bool
	restored map[string]bool
	yield    func(done float64) // see WithYield

	// noPlainMD has goldmark read every Markdown block's inline content,
	// plain or not (see markdown_plain.go): for the test that checks the
	// shortcut changes nothing.
	noPlainMD bool
}

// WithMaxSize sets the largest input, in bytes, that Parse accepts.
// A value of zero or less means no limit.
func WithMaxSize(n int) Option { return func(c *config) { c.maxSize = n } }

// WithFormat skips format detection and parses the input as f.
func WithFormat(f Format) Option { return func(c *config) { c.format, c.detect = f, false } }

// WithRestored keeps in the body the stretches that would otherwise be
// removed and whose Removed.Text is one of texts. The app uses it to put back
// what the user chose to restore; matching on text keeps the choice valid
// when the rest of the input is edited.
func WithRestored(texts ...string) Option {
	return func(c *config) {
		if c.restored == nil {
			c.restored = make(map[string]bool, len(texts))
		}
		for _, t := range texts {
			c.restored[t] = true
		}
	}
}

// Parse reads a press release and returns it cleaned and structured.
// It returns an error wrapping ErrEmpty, ErrBinary or ErrTooLarge only for
// input it cannot use (or ErrInternal should a pass fail, which is a bug);
// anything odd but usable becomes a Warning. The Release holds no reference
// to src, which the caller may change afterwards.
func Parse(src []byte, opts ...Option) (*Release, error) {
	return parse(input{bytes: src}, opts)
}

// ParseString is Parse for text held in a string, such as a browser's text
// box gives. The Release's texts share the string's memory where they are
// the input's own: valid UTF-8, as nearly every paste is, is not copied,
// where converting it to bytes for Parse copies it, and Parse copies it
// again.
func ParseString(src string, opts ...Option) (*Release, error) {
	return parse(input{bytes: unsafe.Slice(unsafe.StringData(src), len(src)), text: src, isText: true}, opts)
}

// input is what Parse or ParseString was given. For ParseString, bytes
// views text's memory, and nothing may write to it.
type input struct {
	bytes  []byte
	text   string
	isText bool
}

func parse(in input, opts []Option) (rel *Release, err error) {
	defer func() {
		if r := recover(); r != nil {
			rel, err = nil, fmt.Errorf("parser: %v: %w", r, ErrInternal)
		}
	}()
	cfg := config{maxSize: DefaultMaxSize, detect: true}
	for _, o := range opts {
		o(&cfg)
	}
	d, err := decode(in, &cfg)
	if err != nil {
		return nil, err
	}
	d.prog.yield = cfg.yield
	for k, pass := range passes {
		d.beginPass(k)
		pass(d)
	}
	d.finish()
	d.releaseSegScratch()
	return d.rel, nil
}

// passes run in order over the decoded document.
var passes = []func(*doc){
	split,
	repair,
	classify,
	extractMetadata,
	assemble,
	findContacts,
	findEntities,
}
