package parser

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestVocabularyOfWanted builds, for every testdata input, the whole
// vocabulary and the one holding only the words around hyphens at line
// ends, and checks that the second says the same as the first of every
// wanted word and holds no other.
func TestVocabularyOfWanted(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	checkVocabularyOf(t, files)
}

// TestVocabularyOfWantedShared does the same over the shared documents.
func TestVocabularyOfWantedShared(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("SKIPPED under wasm: reading 340 documents takes minutes there; run natively")
	}
	checkVocabularyOf(t, sharedDocuments(t))
}

func checkVocabularyOf(t *testing.T, files []string) {
	t.Helper()
	wanted := 0
	for _, f := range files {
		s := string(readDocument(t, f))
		var lines []rawLine
		for _, l := range strings.Split(s, "\n") {
			lines = append(lines, rawLine{text: l})
		}
		want := wantWords(lines)
		if want == nil {
			continue
		}
		wanted += len(want.words)
		all, some := newVocabulary(s, nil), newVocabularyOf(s, nil, want)
		for k := range want.words {
			if all.words[k] != some.words[k] {
				t.Errorf("%s: word %q: %v, want %v", f, k, some.words[k], all.words[k])
			}
		}
		for k := range want.compounds {
			if all.compounds[k] != some.compounds[k] {
				t.Errorf("%s: compound %q: %v, want %v", f, k, some.compounds[k], all.compounds[k])
			}
		}
		for k := range some.words {
			if !want.words[k] {
				t.Errorf("%s: unwanted word %q kept", f, k)
			}
		}
		for k := range some.compounds {
			if !want.compounds[k] {
				t.Errorf("%s: unwanted compound %q kept", f, k)
			}
		}
	}
	if wanted == 0 {
		t.Error("no document has a word hyphenated at a line end: the test tests nothing")
	}
}

// TestDehyphenateUnforeseen checks that a question about words the
// vocabulary was not built for gets the whole vocabulary's answer.
func TestDehyphenateUnforeseen(t *testing.T) {
	src := "The co-\noperative met. Cooperative members voted; the well-known plan passed.\n"
	cfg := config{maxSize: DefaultMaxSize, detect: true}
	d, err := decode([]byte(src), &cfg)
	if err != nil {
		t.Fatal(err)
	}
	var want vocabWant
	want.add("co", "operative")
	for _, q := range [][2]string{{"co", "operative"}, {"well", "known"}, {"Cooper", "ative"}} {
		d.words = nil
		got := d.dehyphenate(q[0], q[1], &want)
		if w := newVocabulary(src, nil).dehyphenate(q[0], q[1]); got != w {
			t.Errorf("dehyphenate(%q, %q) = %v, want %v", q[0], q[1], got, w)
		}
	}
}
