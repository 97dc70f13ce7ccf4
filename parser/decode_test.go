package parser

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
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
		{"Pasted\n<HTML><BODY>Shouting tags</BODY></HTML>", FormatHTML},
		{"Lead\n<P>One</P><P>Two</P><BR><B>Three</B>", FormatHTML},
		{"Lead\n<P>One</P>\nTwo\n<BR>\nThree\n<B>Four</B>\nFive", FormatText},
		// İ and the Kelvin sign lower-case to "i" and "k", as before.
		{"<L\u0130NK rel=x>Text", FormatHTML},
		{"<LIN\u212a rel=x>Text", FormatHTML},
		{"Lead\n<l\u0130>A</l\u0130><l\u0130>B</l\u0130><l\u0130>C</l\u0130><p>D</p><br>", FormatHTML},
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

// utf16Bytes encodes s as UTF-16 in the given order, after bom.
func utf16Bytes(s string, big bool, bom string) []byte {
	b := []byte(bom)
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestEncodings(t *testing.T) {
	const text = "Acme Opens Café\r\n\r\nNEW YORK, May 1, 2025 -- Acme opened a café “today”.\r\n\r\nSecond paragraph 😀 here.\r\n"
	tests := []struct {
		name    string
		src     []byte
		warning string
		// decode reads the bytes of a span back as text.
		decode func([]byte) string
	}{
		{"UTF-16 LE with BOM", utf16Bytes(text, false, "\xff\xfe"), "utf16", decodeLE},
		{"UTF-16 BE with BOM", utf16Bytes(text, true, "\xfe\xff"), "utf16", decodeBE},
		{"UTF-16 LE without BOM", utf16Bytes(text, false, ""), "utf16", decodeLE},
		{"UTF-8 with BOM", []byte(utf8BOM + text), "", func(b []byte) string { return string(b) }},
		{"a stray NUL", []byte(strings.Replace(text, "Second", "Second\x00", 1)), "nul-bytes", func(b []byte) string { return strings.ReplaceAll(string(b), "\x00", " ") }},
		{"terminal colour codes", []byte(strings.Replace(text, "Second", "\x1b[31mSecond", 1)), "control-bytes", func(b []byte) string { return strings.ReplaceAll(string(b), "\x1b", " ") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rel, err := Parse(tt.src)
			if err != nil {
				t.Fatal(err)
			}
			if rel.Title != "Acme Opens Café" {
				t.Errorf("title %q", rel.Title)
			}
			if len(rel.Blocks) != 2 || !strings.Contains(rel.Blocks[0].Text, "café “today”") || !strings.Contains(rel.Blocks[1].Text, "😀 here") {
				t.Fatalf("blocks %+v", rel.Blocks)
			}
			for _, b := range rel.Blocks {
				if got := strings.Join(strings.Fields(tt.decode(tt.src[b.Source.Start:b.Source.End])), " "); got != b.Text {
					t.Errorf("source %v reads %q, want %q", b.Source, got, b.Text)
				}
			}
			found := tt.warning == ""
			for _, w := range rel.Warnings {
				found = found || w.Code == tt.warning
			}
			if !found {
				t.Errorf("warnings %v lack %q", rel.Warnings, tt.warning)
			}
			for _, e := range checkRelease(tt.src, rel) {
				t.Error(e)
			}
		})
	}
}

func decodeLE(b []byte) string { return decodeUTF16Test(b, false) }
func decodeBE(b []byte) string { return decodeUTF16Test(b, true) }

func decodeUTF16Test(b []byte, big bool) string {
	var u []uint16
	for i := 0; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

func TestNotText(t *testing.T) {
	// Deterministic noise with no NUL byte, as a compressed file holds.
	noise := make([]byte, 4096)
	x := uint32(2463534242)
	for i := range noise {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		noise[i] = byte(x%255) + 1
	}
	for name, src := range map[string][]byte{
		"random bytes without NUL":   noise,
		"random bytes as 8-bit text": bytes.Map(func(r rune) rune { return r }, noise),
		"many NUL bytes":             []byte("Title\x00\x00\x00\x00\x00\x00 body text here.\x00\x00"),
		"control characters":         []byte("Title\x01\x02\x03\x04\x05 text\x06\x07\x08"),
		"no letters":                 []byte("1234 5678 --- ### 42\n\n99"),
	} {
		if rel, err := Parse(src); !errors.Is(err, ErrBinary) {
			t.Errorf("%s: Parse = %v, %v; want ErrBinary", name, rel != nil, err)
		}
	}
	var hi []byte
	for _, c := range noise {
		hi = append(hi, c|0x80)
	}
	if _, err := Parse(hi); !errors.Is(err, ErrBinary) {
		t.Errorf("high bytes only: %v, want ErrBinary", err)
	}
}

func TestTooLargeMessage(t *testing.T) {
	_, err := Parse(bytes.Repeat([]byte("Word. "), DefaultMaxSize/6+1))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "8.0 MB") || !strings.Contains(err.Error(), "WithMaxSize") {
		t.Errorf("Parse of %d bytes: %v; want ErrTooLarge naming the 8 MB limit and WithMaxSize", DefaultMaxSize+6, err)
	}
}
