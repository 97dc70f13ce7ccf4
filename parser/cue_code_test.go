package parser

import (
	"strings"
	"testing"
)

// TestCueCodeSameAsRegexp checks every cue written out as code against its
// expression, on edge cases and every line of testdata and /work/shared.
func TestCueCodeSameAsRegexp(t *testing.T) {
	texts := []string{"", " ", "Twitter - https://twitter.com/a", "X: @acme", "x:@acme", "X : a b", "x -", "xylophone: a",
		"Ti\u212atok – @a", "Thread\u017f: @a", "  Instagram - https://www.instagram.com/a  ", "LinkedIn:\u00a0a", "YouTube -\ta\t",
		"Flickr\n: a", "mastodon — a", "Media Assets", "media assets:", "MEDIA ASSETS :  ", "Photos", "Photo:", "Photography",
		"Multimedia Files", "multimedia file", "Images\t", "Related Media", "Media Gallery:", "Downloads::", "video :\n",
		"\u017fome", "Embedded Media", "Attachment\u00a0", "Image: logo",
		"Social Media", "social media :", " Follow us on", "Visit us on Social Media:", "Connect with us", "find us on\t",
		"Find us on Facebook", "Follow us on:", "\u017focial media", "Connect with u\u017f", "visit us on social", "social media: x",
		"Visit the online press release to interact with the embedded media.", "To view the photos", "to view Multimedia",
		"To view", "to view  the video", "Click here to access the PDF", "click here to access pdf", " To view the image",
		"[Blockchain Registration]", "blockchain registration]", "[blockchain registration", "[blockchain registration] x",
		"Blockchain registration\n", "[[blockchain registration]",
		"Press release distributed by Acme on behalf of Beta.", "This press release was distributed by", "press release distributed byx",
		"Press release distributed by_", "this press release was distributed by\u00e9", "xdistributed by a on behalf of b",
		"-distributed by a on behalf of b", "Distributed by A on behalf of", "distributed by a on behalf ofx", "distributed by  on behalf of",
		"distributed by on behalf of", "distributed by a\non behalf of b", "It was distributed by \u00e9 on behalf of us",
		"distributed by \xff on behalf of", "di\u017ftributed by a on behalf of b", "distributed by a on behalf of_",
		"distributed by " + strings.Repeat("a", 80) + " on behalf of b", "distributed by " + strings.Repeat("a", 81) + " on behalf of b",
		"distributed by " + strings.Repeat("\u00e9", 80) + " on behalf of b", "distributed by " + strings.Repeat("\u00e9", 81) + " on behalf of",
		"distributed by x on behalf of y distributed by z on behalf of", "distributed by on behalf of on behalf of"}
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
