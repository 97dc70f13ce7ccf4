package parser

import (
	"os"
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
		wanted += checkVocabularyOfText(t, f, string(readDocument(t, f)))
	}
	if wanted == 0 {
		t.Error("no document has a word hyphenated at a line end: the test tests nothing")
	}
}

// checkVocabularyOfText checks, for the text s (named name), that the
// vocabulary holding only the words around hyphens at its line ends says
// the same as the whole one of every wanted word and holds no other, and
// returns how many words were wanted.
func checkVocabularyOfText(t *testing.T, name, s string) int {
	t.Helper()
	var lines []rawLine
	for _, l := range strings.Split(s, "\n") {
		lines = append(lines, rawLine{text: l})
	}
	want := wantWords(lines)
	if want == nil {
		return 0
	}
	all, some := newVocabulary(s, nil), newVocabularyOf(s, nil, want)
	for k := range want.words {
		if all.words[k] != some.words[k] {
			t.Errorf("%s: word %q: %v, want %v", name, k, some.words[k], all.words[k])
		}
	}
	for k := range want.compounds {
		if all.compounds[k] != some.compounds[k] {
			t.Errorf("%s: compound %q: %v, want %v", name, k, some.compounds[k], all.compounds[k])
		}
	}
	for k := range some.words {
		if !want.words[k] {
			t.Errorf("%s: unwanted word %q kept", name, k)
		}
	}
	for k := range some.compounds {
		if !want.compounds[k] {
			t.Errorf("%s: unwanted compound %q kept", name, k)
		}
	}
	return len(want.words)
}

// TestDehyphenateUnforeseen checks that a question about words the
// vocabulary was not built for gets the whole vocabulary's answer.
func TestDehyphenateUnforeseen(t *testing.T) {
	src := "The co-\noperative met. Cooperative members voted; the well-known plan passed.\n"
	cfg := config{maxSize: DefaultMaxSize, detect: true}
	d, err := decode(input{bytes: []byte(src)}, &cfg)
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

// FuzzVocabularyOfWanted checks the vocabulary built for the words around
// the hyphens at line ends against the whole one on any text, and that
// doc.dehyphenate, asked about those words and about any other pair, answers
// as the whole vocabulary does.
func FuzzVocabularyOfWanted(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.input.*"))
	for _, in := range files {
		if b, err := os.ReadFile(in); err == nil {
			f.Add(string(b), "co", "operative")
		}
	}
	for _, s := range []string{
		"The co-\noperative met. Cooperative members voted; the well-known plan passed.\n",
		"Straße-\nnbahn STRASSENBAHN straßenbahn\nKelvin \u212a-\nk ak aK\n",
		"self-\nfunded self funded SELF-FUNDED\r\nre-\r\nturn return\n",
		"İstan-\nbul istanbul İSTANBUL i̇stanbul\n",
		"a-\nb ab a b a-b\nlong-\nword longword\n",
		"x\u2010\nyz xyz\n—-\nq\n",
	} {
		f.Add(s, "well", "known")
	}
	f.Fuzz(func(t *testing.T, s, head, tail string) {
		checkVocabularyOfText(t, "input", s)
		var lines []rawLine
		for _, l := range strings.Split(s, "\n") {
			lines = append(lines, rawLine{text: l})
		}
		want := wantWords(lines)
		if want == nil {
			return
		}
		ask := [][2]string{{head, tail}}
		for k := 1; k < len(lines); k++ {
			if h, tl, ok := hyphenEnd(lines[k-1].text, lines[k].text); ok {
				ask = append(ask, [2]string{h, tl})
			}
		}
		all := newVocabulary(s, nil)
		d := &doc{src: s}
		for _, q := range ask {
			if got, w := d.dehyphenate(q[0], q[1], want), all.dehyphenate(q[0], q[1]); got != w {
				t.Errorf("dehyphenate(%q, %q) = %v, want %v", q[0], q[1], got, w)
			}
		}
	})
}
