package parser

import "testing"

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
