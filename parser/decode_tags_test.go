package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// looksHTMLRef is looksHTML before mayOpenTag: every opening tried at
// every '<'.
func looksHTMLRef(head string) bool {
	if foldsToASCII(head) {
		head = strings.ToLower(head)
	}
	var lower [16]byte
	n := copy(lower[:], head)
	for i, c := range lower[:n] {
		lower[i] = lowerASCII(c)
	}
	if opensWithHTMLTag(string(lower[:n])) {
		return true
	}
	tags := 0
	for i := strings.IndexByte(head, '<'); i >= 0; {
		t := head[i:]
		if hasPrefixASCIIFold(t, "<!doctype html") || hasPrefixASCIIFold(t, "<html") || hasPrefixASCIIFold(t, "<body") {
			return true
		}
		for _, tag := range commonTags {
			if hasPrefixASCIIFold(t, tag) {
				tags++
			}
		}
		k := strings.IndexByte(head[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return tags >= 5 && 2*tags >= strings.Count(head, "\n")+1
}

// TestMayOpenTagLetsOpeningsThrough checks that every opening looksHTML
// tries, in either case and followed by more, passes mayOpenTag.
func TestMayOpenTagLetsOpeningsThrough(t *testing.T) {
	for _, o := range append([]string{"<!doctype html", "<html", "<body"}, commonTags...) {
		for _, s := range []string{o, o + "x>", strings.ToUpper(o), strings.ToUpper(o) + " class"} {
			if !mayOpenTag(s) {
				t.Errorf("mayOpenTag(%q) = false", s)
			}
		}
	}
	for _, s := range []string{"<https://x.y>", "<HTTP://X>", "<x", "<", "<1"} {
		if mayOpenTag(s) {
			t.Errorf("mayOpenTag(%q) = true", s)
		}
	}
}

// TestLooksHTMLSameAsRef compares looksHTML with looksHTMLRef on the head
// of every input of testdata and the shared corpus (web pages among them),
// as detectFormat hands it, and on every line; with PRESSMARK_SHARED, the
// readability test pages too.
func TestLooksHTMLSameAsRef(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	if dir := os.Getenv("PRESSMARK_SHARED"); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "corpus", "*.input.*"))
		pages, _ := filepath.Glob(filepath.Join(dir, "extbench", "readability-test-pages", "*", "source.html"))
		files = append(append(files, more...), pages...)
	}
	html := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		s := string(b)
		head := strings.TrimLeft(s[:min(len(s), 4096)], " \t\r\n\ufeff")
		want := looksHTMLRef(head)
		if want {
			html++
		}
		if got := looksHTML(head); got != want {
			t.Errorf("%s: looksHTML = %v, want %v", f, got, want)
		}
		for _, line := range strings.Split(s, "\n") {
			if got, want := looksHTML(line), looksHTMLRef(line); got != want {
				t.Errorf("%s: looksHTML(%q) = %v, want %v", f, line, got, want)
			}
		}
	}
	if html == 0 {
		t.Error("no input looks like HTML: the true case went unchecked")
	}
}

// FuzzLooksHTML compares looksHTML with looksHTMLRef on any text.
func FuzzLooksHTML(f *testing.F) {
	for _, s := range []string{"<p>a</p><p>b</p><div>c</div><br><span>", "<HTML>", "x <https://a.b> <Http", "<P >\n<b>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := looksHTML(s), looksHTMLRef(s); got != want {
			t.Errorf("looksHTML(%q) = %v, want %v", s, got, want)
		}
	})
}
