package parser

import (
	"errors"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  []byte
		opts []Option
		want error
	}{
		{"empty", nil, nil, ErrEmpty},
		{"white space only", []byte(" \n\t\u00a0\n"), nil, ErrEmpty},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), nil, ErrBinary},
		{"too large", []byte("Title\n\nBody text."), []Option{WithMaxSize(8)}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rel, err := Parse(tt.src, tt.opts...)
			if !errors.Is(err, tt.want) || rel != nil {
				t.Errorf("Parse = %v, %v; want nil, %v", rel, err, tt.want)
			}
		})
	}
	if _, err := Parse([]byte("Title\n\nBody text."), WithMaxSize(0)); err != nil {
		t.Errorf("WithMaxSize(0) means no limit, got %v", err)
	}
}

func TestInvalidUTF8(t *testing.T) {
	tests := []struct {
		name, src, want, warning string
	}{
		{"Windows-1252", "Title\n\nThe owner of the new \x93Caf\xe9 au lait,\x94 she said \x96 twice\x85 opened it in the town square on Monday morning.\n\nSecond paragraph.",
			"“Café au lait,” she said – twice…", "Windows-1252"},
		{"mixed with UTF-8", "Title\n\nCafé au lait\xff is good.\n\nSecond paragraph.",
			"Café au lait\uFFFD is good.", "U+FFFD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			rel, err := Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			if len(rel.Warnings) == 0 || rel.Warnings[0].Code != "invalid-utf8" || !strings.Contains(rel.Warnings[0].Message, tt.warning) {
				t.Errorf("warnings %v, want invalid-utf8 naming %s", rel.Warnings, tt.warning)
			}
			if !strings.Contains(rel.Text, tt.want) {
				t.Errorf("text %q lacks %q", rel.Text, tt.want)
			}
			last := rel.Blocks[len(rel.Blocks)-1]
			if got := string(src[last.Source.Start:last.Source.End]); got != "Second paragraph." {
				t.Errorf("source span of the last block maps to %q in the original input", got)
			}
			for _, e := range checkRelease(src, rel) {
				t.Error(e)
			}
		})
	}
}

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		src  string
		want Format
	}{
		{"<!DOCTYPE html><html><body><p>Hi</p></body></html>", FormatHTML},
		{"<meta charset='utf-8'><div>Hi</div>", FormatHTML},
		{"# Title\n\nText with a [link](http://x).", FormatMarkdown},
		{"Title\n\nSee <https://example.com>.", FormatMarkdown},
		{"SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Text.\n\n###", FormatText},
		{"<!--StartFragment--><span>Copied</span>", FormatHTML},
		{"<p>Pasted paragraph</p>", FormatHTML},
		{"# Title\n\nText.\n\n<div>A stray block</div>\n\nMore [text](http://x).", FormatMarkdown},
		{"<https://example.com/release>\n\nTitle\n\nBody.", FormatMarkdown},
		{"<DOCUMENT>\n<TYPE>EX-99.1\nText of the exhibit.", FormatText},
	}
	for _, tt := range tests {
		if got := detectFormat(tt.src); got != tt.want {
			t.Errorf("detectFormat(%.30q) = %s, want %s", tt.src, got, tt.want)
		}
	}
}

func TestCRLF(t *testing.T) {
	src := "Title\r\n\r\nFirst paragraph.\r\n\r\nSecond\rparagraph."
	rel, err := Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range rel.Blocks {
		if strings.ContainsAny(b.Text, "\r\n") {
			t.Errorf("block %q keeps a line break", b.Text)
		}
	}
	for _, e := range checkRelease([]byte(src), rel) {
		t.Error(e)
	}
}
