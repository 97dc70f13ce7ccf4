package parser

import (
	"strings"
	"unicode"
)

// markSpeech gives the kinds salutation and closing to the short lines
// that open and close a speech or letter: "Madam Chair,", "Dear
// colleagues,", "Thank you.", "Sincerely,".
func markSpeech(segs []*segment) {
	for _, s := range segs {
		if s.Kind != BlockParagraph {
			continue
		}
		switch {
		case isSalutation(s.Text):
			s.Kind = BlockSalutation
		case isClosing(s.Text):
			s.Kind = BlockClosing
		}
	}
}

// salutationWords open an address to an audience.
var salutationWords = map[string]bool{
	"madam": true, "mister": true, "mr": true, "mrs": true, "ms": true, "dear": true, "ladies": true,
	"excellencies": true, "excellency": true, "your": true, "distinguished": true, "colleagues": true,
	"chair": true, "chairman": true, "chairperson": true, "chairwoman": true, "president": true,
	"honourable": true, "honorable": true, "friends": true, "hello": true, "hi": true, "greetings": true,
	"good": true, "members": true, "sir": true, "sirs": true, "esteemed": true, "fellow": true,
}

// isSalutation reports whether s is a short address ending in a comma or
// colon that starts with a salutation word.
func isSalutation(s string) bool {
	if len(s) > 80 || !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "!") {
		return false
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || len(words) > 7 {
		return false
	}
	if words[0] == "good" {
		return len(words) > 1 && (words[1] == "morning" || words[1] == "afternoon" || words[1] == "evening")
	}
	return salutationWords[words[0]]
}

// closings end a speech or a letter.
var closings = []string{
	"thank you", "thanks", "sincerely", "yours sincerely", "yours faithfully", "best regards", "kind regards",
	"regards", "respectfully", "yours truly", "with best wishes", "warm regards",
}

// isClosing reports whether s is a short sign-off such as "Thank you." or
// "Sincerely,", possibly addressed ("Thank you, Madam Chair.").
func isClosing(s string) bool {
	if len(s) > 60 || s == "" || !strings.ContainsRune("TtSsBbKkRrWwYy", rune(s[0])) {
		return false
	}
	l := strings.ToLower(strings.TrimRight(s, ".,!:; "))
	for _, c := range closings {
		if l == c || strings.HasPrefix(l, c+",") && len(strings.Fields(l)) <= 6 {
			return true
		}
	}
	return false
}
