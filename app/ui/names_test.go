package ui

import (
	"strings"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"pressmark/parser"
)

func TestPublishedDate(t *testing.T) {
	tests := []struct {
		in, datetime, human string
		ok                  bool
	}{
		{"2021-11-18", "2021-11-18", "18 November 2021", true},
		{"2024-02-29T09:30:00Z", "2024-02-29T09:30:00Z", "29 February 2024, 09:30 UTC", true},
		{"2024-03-01T16:05", "2024-03-01T16:05", "1 March 2024, 16:05", true},
		{"Nov 18, 2021", "", "Nov 18, 2021", false},
		{"2021-02-30", "", "2021-02-30", false},
	}
	for _, tt := range tests {
		dt, human, ok := publishedDate(tt.in)
		if dt != tt.datetime || human != tt.human || ok != tt.ok {
			t.Errorf("publishedDate(%q) = %q, %q, %v; want %q, %q, %v", tt.in, dt, human, ok, tt.datetime, tt.human, tt.ok)
		}
	}
}

func TestRepairLabel(t *testing.T) {
	if got := repairLabel(nil); got != "" {
		t.Errorf("repairLabel(nil) = %q", got)
	}
	got := repairLabel([]parser.Repair{
		{Kind: parser.RepairRejoined},
		{Kind: parser.RepairDehyphenated, Detail: "statement"},
		{Kind: parser.RepairRejoined},
	})
	if want := "Repaired: paragraph rejoined, word de-hyphenated (statement)"; got != want {
		t.Errorf("repairLabel() = %q, want %q", got, want)
	}
}

func TestKindLabels(t *testing.T) {
	if got := removedKindLabel(parser.RemovedNotesToEditors); got != "Notes to editors" {
		t.Errorf("removedKindLabel = %q", got)
	}
	if got := removedKindLabel(parser.RemovedAbout); got != "About" {
		t.Errorf("removedKindLabel = %q", got)
	}
	if got := entityKindLabel(parser.EntityCountry); got != "Countries" {
		t.Errorf("entityKindLabel = %q", got)
	}
}

func TestNetworkLabel(t *testing.T) {
	for in, want := range map[string]string{
		"linkedin": "LinkedIn", "youtube": "YouTube", "twitter": "Twitter", "x": "X",
		"flickr": "Flickr", "": "Social", "  ": "Social",
	} {
		if got := networkLabel(in); got != want {
			t.Errorf("networkLabel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBreakable(t *testing.T) {
	for in, want := range map[string]string{
		"press@acme.test":         "press@|acme|.test",
		"gov.uk/news/a-b":         "gov|.uk/|news/|a-b",
		"/":                       "/",
		"a..b":                    "a|.|.b",
		"linkedin.com/company/x/": "linkedin|.com/|company/|x/",
		"":                        "",
	} {
		var parts []string
		for _, n := range breakable(in) {
			parts = append(parts, app.HTMLString(n))
		}
		got := strings.ReplaceAll(strings.Join(parts, ""), "<wbr></wbr>", "|")
		if got != want {
			t.Errorf("breakable(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCalendarDayAgreesWithTime checks publishedDate's own reading of an
// ISO date against time.Parse and time.Format, which it stands in for:
// every day of a leap year, a century and a common year, and strings that
// are not days.
func TestCalendarDayAgreesWithTime(t *testing.T) {
	var inputs []string
	for _, year := range []int{1900, 2000, 2023, 2024} {
		for d := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == year; d = d.AddDate(0, 0, 1) {
			inputs = append(inputs, d.Format("2006-01-02"))
		}
	}
	inputs = append(inputs, "2023-02-29", "2100-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
		"2024-01-32", "0000-02-29", "2024-1-02", "2024/01/02", "2024-01-0x", "20240102", "2024-01-02 ", "")
	for _, in := range inputs {
		want := ""
		tm, err := time.Parse("2006-01-02", in)
		if err == nil {
			want = tm.Format("2 January 2006")
		}
		got := ""
		if y, m, d, ok := calendarDay(in); ok {
			_, got, _ = publishedDate(in)
			if d != tm.Day() || time.Month(m) != tm.Month() || y != tm.Format("2006") {
				t.Errorf("calendarDay(%q) = %s, %d, %d; time.Parse: %v", in, y, m, d, tm)
			}
		}
		if got != want {
			t.Errorf("publishedDate(%q) reads %q; time.Parse and Format give %q", in, got, want)
		}
	}
}
