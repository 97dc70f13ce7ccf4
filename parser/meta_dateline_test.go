package parser

import (
	"reflect"
	"strings"
	"testing"
)

// TestDatesFoundOnceSameAsParse checks what topLines does with a short
// line's dates, found once: parseDatelineWith and lineDate, given them,
// answer as parseDateline and parseDate, which find them again, on edge
// cases and every line of the test inputs and of the shared corpus.
func TestDatesFoundOnceSameAsParse(t *testing.T) {
	texts := []string{"", "PUBLISHED NOV 18, 2021", "Hamburg, 5. November 2025", "March 3, 2025", "Posted on 3 March 2025 at 10:00",
		"SAN JOSE, Calif., March 3, 2025 /PRNewswire/ --", "(Reuters) - March 3", "3/4/2025 and 5/6/2025", "Date: 2025-03-04 12:00",
		"on 4 November 2021 1", "Lyon, le 3 mars 2025", "Dated \u0663 March 3, 2025", "ABC 12 March 3, 2025",
		"I am delivering this statement on 4 November 2021", "Hamburg den 5. November 2025", "Hamburg, den 5. November",
		"we said on March 3, 2025", "LONDON -- the company, 4 November 2025", "Madam Chairperson, March 3, 2025",
		"New York and Paris, March 3", "The firm,March 3, 2025", "Acme said: March 3, 2025", "Acme says (March 3, 2025)",
		"ACME & Co 3 March 2025", "x Wednesday, the 18th of November", "Paris am 3. März 2025", "Paris le 3 mars 2025"}
	texts = append(texts, testdataLines(t)...)
	texts = append(texts, sharedLinesIfAny(t)...)
	dated := 0
	for _, s := range texts {
		s = strings.TrimSpace(s)
		head := s
		if len(head) > 240 {
			head = head[:240]
		}
		dl, ok := parseDatelineWith(s, appendDates(nil, head), true)
		wantDL, wantOK := parseDateline(s)
		if ok != wantOK || !reflect.DeepEqual(dl, wantDL) {
			t.Errorf("parseDatelineWith(%q) = %+v, %v; parseDateline says %+v, %v", s, dl, ok, wantDL, wantOK)
		}
		iso, ok := lineDate(s, appendDates(nil, s), true)
		wantISO, wantOK := parseDate(s)
		if iso != wantISO || ok != wantOK {
			t.Errorf("lineDate(%q) = %q, %v; parseDate says %q, %v", s, iso, ok, wantISO, wantOK)
		}
		if wantOK {
			dated++
		}
	}
	if dated == 0 {
		t.Error("no line is a date: the test proves nothing")
	}
	early := 0
	for _, s := range texts {
		if placeEndsEarly(s) {
			early++
		}
	}
	if early == 0 {
		t.Error("placeEndsEarly turns no text away: the test proves nothing of it")
	}
}

// FuzzDatesFoundOnce compares parseDatelineWith and lineDate, given the
// dates of the text, with parseDateline and parseDate on any text.
func FuzzDatesFoundOnce(f *testing.F) {
	for _, s := range []string{"PUBLISHED NOV 18, 2021", "Hamburg, 5. November 2025", "3/4/2025 x", "March 3, 2025 10:00 am"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(s)
		head := s
		if len(head) > 240 {
			head = head[:240]
		}
		dl, ok := parseDatelineWith(s, appendDates(nil, head), true)
		if wantDL, wantOK := parseDateline(s); ok != wantOK || !reflect.DeepEqual(dl, wantDL) {
			t.Fatalf("parseDatelineWith(%q) = %+v, %v; parseDateline says %+v, %v", s, dl, ok, wantDL, wantOK)
		}
		iso, ok := lineDate(s, appendDates(nil, s), true)
		if wantISO, wantOK := parseDate(s); iso != wantISO || ok != wantOK {
			t.Fatalf("lineDate(%q) = %q, %v; parseDate says %q, %v", s, iso, ok, wantISO, wantOK)
		}
	})
}
