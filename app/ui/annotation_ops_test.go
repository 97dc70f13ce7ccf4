package ui

import (
	"strings"
	"testing"
)

func TestIsEdit(t *testing.T) {
	release := strings.Repeat("Acme Robotics today announced the opening of a new plant in Lyon. ", 3) +
		"The plant cost €120 million and runs entirely on renewable power. Production starts in June."
	other := "Globex reports third quarter results. Revenue rose 4% to $2.1 billion as demand for widgets grew in Asia and Europe."
	for _, c := range []struct {
		name       string
		prev, next string
		want       bool
	}{
		{"typing at the end", release, release + " More", true},
		{"edits in two places", release, strings.Replace(strings.Replace(release, "today announced", "today formally announced", 1), "renewable power. ", "", 1), true},
		{"another release pasted", release, other, false},
		{"short text typed", "Acme", "Acme R", true},
		{"short text replaced", "Acme", "Globex", false},
		{"nothing before", "", release, false},
	} {
		if got := isEdit(c.prev, c.next); got != c.want {
			t.Errorf("%s: isEdit = %v, want %v", c.name, got, c.want)
		}
	}
}
