package parser

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds Parse arbitrary input: it must never panic, must fail
// only with its sentinel errors, and what it returns must keep every
// invariant of checkRelease.
func FuzzParse(f *testing.F) {
	inputs, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	for _, in := range inputs {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"Title\n\nBody text that\n\ncontinues here.",
		"# T\n\n* a\n* b\n\n> quote\n\n![img](x.png)\n\n[link](http://x) and <http://y>",
		"<p>Hello <a href='x'>world</a></p>",
		"A line\r\nwith CRLF\rand CR\n\n\u00a0\u00a0x  y.   Z",
		"con-\ntinue\nco-\ncounsel\n- 5 -\n<PAGE>",
		"\xff\xfe bad \xc3 utf8",
		"<p><svg ></sCript>0", // found by fuzzing: an end tag that closes nothing
		"0) 1",                // found by fuzzing: a list marker is markup
		"0)\n<http",           // found by fuzzing: an empty Markdown list item
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		rel, err := Parse(src)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("Parse: unexpected error %v", err)
			}
			return
		}
		for _, e := range checkRelease(src, rel) {
			t.Error(e)
		}
	})
}
