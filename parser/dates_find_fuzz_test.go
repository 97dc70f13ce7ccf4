package parser

import (
	"fmt"
	"testing"
)

// FuzzFindDatesMatchesRegexps checks findDates against findDatesRegexp,
// the version that ran the expressions, on any text.
func FuzzFindDatesMatchesRegexps(f *testing.F) {
	for _, s := range randomDateTexts(200) {
		f.Add(s)
	}
	for _, s := range []string{"November 2021", "Nov. 4, 2021", "Monday, March 03rd", "Nov.\t123", "May 1st 2021", "4 November 2021"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findDates(s), findDatesRegexp(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("findDates(%q) = %v, want %v", s, got, want)
		}
	})
}
