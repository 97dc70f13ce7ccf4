package parser

import (
	"strings"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"abbrev caps", "PUBLISHED NOV 18, 2021", "2021-11-18", true},
		{"month day year", "March 3, 2025", "2025-03-03", true},
		{"day month year", "15 March 2024", "2024-03-15", true},
		{"iso", "2024-03-15", "2024-03-15", true},
		{"iso time", "2016-04-25T08:00:00-04:00", "2016-04-25", true},
		{"us slashes", "11/18/2021", "2021-11-18", true},
		{"day first slashes", "18/11/2021", "2021-11-18", true},
		{"weekday", "Monday, November 18, 2021", "2021-11-18", true},
		{"weekday abbrev", "Tue., Sept. 10, 2024", "2024-09-10", true},
		{"ordinal", "December 4th, 2023", "2023-12-04", true},
		{"ordinal of", "4th of December 2023", "2023-12-04", true},
		{"dots day first", "18.11.2021", "2021-11-18", true},
		{"no year", "4 November", "--11-04", true},
		{"no year month first", "Nov. 4", "--11-04", true},
		{"lead-in", "Date: 10 September 2024", "2024-09-10", true},
		{"with time", "March 3, 2025 08:00 AM Eastern Standard Time", "2025-03-03", true},
		{"with short time", "February 29, 2024 9:55", "2024-02-29", true},
		{"french", "3 mars 2025", "2025-03-03", true},
		{"french first", "1er janvier 2025", "2025-01-01", true},
		{"german", "15. März 2024", "2024-03-15", true},
		{"spanish", "3 de marzo de 2025", "2025-03-03", true},
		{"dutch", "3 november 2021", "2021-11-03", true},
		{"portuguese", "10 de março de 2025", "2025-03-10", true},
		{"not a month", "3 pommes 2025", "", false},
		{"invalid day", "February 30, 2024", "", false},
		{"leap day", "February 29, 2024", "2024-02-29", true},
		{"not leap", "February 29, 2023", "", false},
		{"month only", "March 2025", "", false},
		{"sentence", "The company said on March 3, 2025 that it would grow", "", false},
		{"two dates", "March 3, 2025 and March 4, 2025", "", false},
		{"verb may", "may 5", "", false},
		{"empty", "", "", false},
		{"year out of range", "March 3, 3025", "", false},
		{"digits glued", "12/11/20219", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("parseDate(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	text := "Invoked on 4 November: in our letter of 4 November 2021, dated 12 November 2021. SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Mark 3 and May 2025."
	want := []struct{ text, iso string }{
		{"4 November", "--11-04"},
		{"4 November 2021", "2021-11-04"},
		{"12 November 2021", "2021-11-12"},
		{"March 3, 2025", "2025-03-03"},
	}
	got := findDates(text)
	if len(got) != len(want) {
		t.Fatalf("findDates found %d dates, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if text[g.start:g.end] != w.text || g.iso != w.iso {
			t.Errorf("date %d = %q %s; want %q %s", i, text[g.start:g.end], g.iso, w.text, w.iso)
		}
		if g.hasYear() != (w.iso[0] != '-') {
			t.Errorf("date %d hasYear = %v", i, g.hasYear())
		}
	}
}

func TestWithYear(t *testing.T) {
	if got := withYear("--11-04", 2021); got != "2021-11-04" {
		t.Errorf("withYear(--11-04, 2021) = %q", got)
	}
	if got := withYear("2020-01-02", 2021); got != "2020-01-02" {
		t.Errorf("withYear kept a full date? got %q", got)
	}
}

func FuzzDates(f *testing.F) {
	for _, s := range []string{
		"PUBLISHED NOV 18, 2021", "SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme", "(Dallas County) – A jury",
		"HAIKOU, CHINA – Media OutReach Newswire – 10 August 2026 – A delegation", "11/18/2021", "4th of November",
		"About ACME İSTANBUL ACME is a company", "Miami (May 14, 2024)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range findDates(s) {
			if m.start < 0 || m.end > len(s) || m.start >= m.end {
				t.Fatalf("bad span %+v in %q", m, s)
			}
		}
		parseDate(s)
		if dl, ok := parseDateline(s); ok && dl.place == "" {
			t.Fatalf("dateline without a place in %q", s)
		}
		aboutStart(s)
		orgName(s, s+" "+s)
		datelineInside(s)
		firstSentence(s)
		isDescription(s)
		headlineLike(s)
		wordCount(s)
	})
}

func BenchmarkFindDates(b *testing.B) {
	text := strings.Repeat("SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme said on 4 November that sales rose 12% in the year to 2024-11-18, the company said. ", 50)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		findDates(text)
	}
}
