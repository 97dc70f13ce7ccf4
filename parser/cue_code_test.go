package parser

import "testing"

// TestCueCodeSameAsRegexp checks every cue written out as code against its
// expression, on edge cases and every line of testdata and /work/shared.
func TestCueCodeSameAsRegexp(t *testing.T) {
	texts := []string{"", " ", "Twitter - https://twitter.com/a", "X: @acme", "x:@acme", "X : a b", "x -", "xylophone: a",
		"Ti\u212atok – @a", "Thread\u017f: @a", "  Instagram - https://www.instagram.com/a  ", "LinkedIn:\u00a0a", "YouTube -\ta\t",
		"Flickr\n: a", "mastodon — a", "Media Assets", "media assets:", "MEDIA ASSETS :  ", "Photos", "Photo:", "Photography",
		"Multimedia Files", "multimedia file", "Images\t", "Related Media", "Media Gallery:", "Downloads::", "video :\n",
		"\u017fome", "Embedded Media", "Attachment\u00a0", "Image: logo"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	coded := 0
	for n, c := range cues {
		if c.code == nil {
			continue
		}
		coded++
		matched := 0
		for _, s := range texts {
			want := c.re.MatchString(s)
			if want {
				matched++
			}
			if got := c.code(s); got != want {
				t.Errorf("cue %d (%s) on %q: code says %v, the expression %v", n, c.re, s, got, want)
			}
		}
		if matched == 0 {
			t.Errorf("cue %d (%s) matched no text: the test proves nothing", n, c.re)
		}
	}
	if coded == 0 {
		t.Fatal("no cue is written as code")
	}
}
