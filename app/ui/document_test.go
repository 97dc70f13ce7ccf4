package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"pressmark/parser"
)

func TestDocumentRestored(t *testing.T) {
	var d Document
	d = d.withRestored("a").withRestored("b").withRestored("a")
	if !slices.Equal(d.Restored, []string{"a", "b"}) {
		t.Fatalf("Restored = %q", d.Restored)
	}
	e := d.withoutRestored("a")
	if !slices.Equal(e.Restored, []string{"b"}) || !slices.Equal(d.Restored, []string{"a", "b"}) {
		t.Errorf("withoutRestored changed the original or missed: %q, %q", e.Restored, d.Restored)
	}
}

func TestDocumentRestoreBringsStretchBack(t *testing.T) {
	d := Document{Text: Sample}
	rel, err := d.parse()
	if err != nil {
		t.Fatal(err)
	}
	gone := ""
	for _, r := range rel.Removed {
		if r.Kind != parser.RemovedMetadata { // metadata lines live on as metadata
			gone = r.Text
		}
	}
	if gone == "" {
		t.Skip("the parser removed no body stretch from the sample")
	}
	rel2, err := d.withRestored(gone).parse()
	if err != nil {
		t.Fatal(err)
	}
	if len(rel2.Removed) != len(rel.Removed)-1 {
		t.Errorf("removed %d stretches after restoring one, want %d", len(rel2.Removed), len(rel.Removed)-1)
	}
	if !strings.Contains(rel2.Text, gone) && !strings.Contains(rel2.Title, gone) {
		t.Errorf("restored text %q is not in the release", gone)
	}
}

func TestDocumentFormatHint(t *testing.T) {
	d := Document{Text: "<p>Hello</p>\n\n<p>World</p>", Format: "text"}
	rel, err := d.parse()
	if err != nil {
		t.Fatal(err)
	}
	if rel.Format != parser.FormatText {
		t.Errorf("format = %v, want the hint text", rel.Format)
	}
	d.Format = "no-such-format"
	if len(d.options()) != 0 {
		t.Errorf("an unknown hint should be ignored")
	}
}

func TestParseMessage(t *testing.T) {
	for _, err := range []error{parser.ErrEmpty, parser.ErrBinary, parser.ErrTooLarge} {
		msg := parseMessage(fmt.Errorf("parser: %w", err))
		if msg == "" || strings.Contains(msg, "parser:") {
			t.Errorf("parseMessage(%v) = %q, want a friendly message", err, msg)
		}
	}
	if msg := parseMessage(errors.New("odd")); !strings.Contains(msg, "odd") {
		t.Errorf("unknown errors should be named: %q", msg)
	}
	_, err := Document{Text: "  \n "}.parse()
	if !errors.Is(err, parser.ErrEmpty) {
		t.Errorf("blank text: err = %v, want ErrEmpty", err)
	}
}
