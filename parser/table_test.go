package parser

import (
	"strings"
	"testing"
)

func TestTables(t *testing.T) {
	src := "Sears reported net income of $53 million for the quarter, compared with\n" +
		"net income of $309 million a year earlier, the company said on Thursday.\n\n" +
		"    REVENUES\n" +
		"    Merchandise sales and services     $8,700    $ 8,851\n" +
		"    Credit revenues                        81      1,345\n" +
		"      Total revenues                    8,781     10,196\n\n" +
		"The company will hold a conference call at 10 a.m. on Thursday.\n"
	segs := segTexts(t, src, FormatText)
	if len(segs) != 3 {
		t.Fatalf("segments %q, want a paragraph, a table and a paragraph", texts(segs))
	}
	table := segs[1]
	if table.Removed == nil || table.Removed.Kind != RemovedTable {
		t.Errorf("table segment %q not removed as a table: %+v", table.Text, table.Removed)
	}
	if len(table.Lines) != 4 {
		t.Errorf("table has %d lines, want its 4 rows", len(table.Lines))
	}
	for _, s := range []*segment{segs[0], segs[2]} {
		if s.Removed != nil {
			t.Errorf("paragraph %q removed", s.Text)
		}
	}
}

func TestTableRow(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Merchandise sales and services     $8,700    $ 8,851", true},
		{"Treasury stock - at cost              (8,740)    (5,463)", true},
		{"Total common shares outstanding    213.1", true},
		{"One sentence.  Two spaces after it.", false},
		{"The company earned $53 million, or $0.24 per share.", false},
		{"REVENUES", false},
	}
	for _, tt := range tests {
		if got := tableRow(tt.line); got != tt.want {
			t.Errorf("tableRow(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestStatementTableTakesItsHeadings(t *testing.T) {
	src := "Acme Reports Results\n\nAcme Corp. reported results for the quarter on Tuesday, with sales up eight percent.\n\n" +
		"                      ACME CORP.\n" +
		"        CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
		"            (In thousands, except per share data)\n" +
		"                      (Unaudited)\n\n" +
		"                              Three Months Ended\n" +
		"                                 June 30,\n" +
		"                              2026          2025\n" +
		"                           ----------    ----------\n" +
		"Net sales                  $ 212,611     $ 181,027\n" +
		"Cost of sales                171,474       156,043\n" +
		"                           ----------    ----------\n" +
		"Net income                 $  41,137     $  24,984\n" +
		"                           ==========    ==========\n" +
		"Diluted earnings per share $    1.14     $    0.97\n\n" +
		"Conference Call\n\nThe company will host a call for investors on Wednesday morning at ten o'clock.\n"
	rel := parseText(t, src)
	for _, b := range rel.Blocks {
		for _, w := range []string{"CONDENSED", "Unaudited", "Months Ended", "2026 2025", "Diluted", "ACME CORP."} {
			if strings.Contains(b.Text, w) {
				t.Errorf("table heading or row %q left in the body: %q", w, b.Text)
			}
		}
	}
	n := 0
	for _, r := range rel.Removed {
		if r.Kind == RemovedTable {
			n++
			if !strings.HasPrefix(r.Text, "ACME CORP.") || !strings.HasSuffix(r.Text, "0.97") {
				t.Errorf("table %q should run from its title to its last row", r.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d tables, want one", n)
	}
	if len(rel.Blocks) != 3 {
		t.Errorf("%d blocks, want the lead, the heading and the paragraph", len(rel.Blocks))
	}
}
