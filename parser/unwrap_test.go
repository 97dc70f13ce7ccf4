package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// segTexts segments src as plain text and returns the segments' texts.
func segTexts(t *testing.T, src string, f Format) []*segment {
	t.Helper()
	cfg := config{maxSize: DefaultMaxSize, format: f}
	d, err := decode(input{bytes: []byte(src)}, &cfg)
	if err != nil {
		t.Fatal(err)
	}
	split(d)
	repair(d)
	return d.segs
}

func texts(segs []*segment) []string {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = s.Text
	}
	return out
}

func TestGroupLines(t *testing.T) {
	wrapped := "The district attorney said the case was the worst she had seen in years and that\n" +
		"the office would seek the maximum sentence.\n" +
		"Photos shown in the courtroom revealed a broken and battered little girl whose body\n" +
		"was bruised from head to toe, and the first responders said it was one of the worst\n" +
		"cases of abuse they had ever seen.\n" +
		"Phifer received life without parole.\n"
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"hard-wrapped paragraphs", wrapped, []string{
			"The district attorney said the case was the worst she had seen in years and that the office would seek the maximum sentence.",
			"Photos shown in the courtroom revealed a broken and battered little girl whose body was bruised from head to toe, and the first responders said it was one of the worst cases of abuse they had ever seen.",
			"Phifer received life without parole.",
		}},
		{"one paragraph per line", "First paragraph is a long line of text that ends here.\nSecond paragraph starts with a capital.\n",
			[]string{"First paragraph is a long line of text that ends here.", "Second paragraph starts with a capital."}},
		{"short lines stay apart", "Media contact\nJane Doe\nAcme Corp.\n+1 555 0100\n",
			[]string{"Media contact", "Jane Doe", "Acme Corp.", "+1 555 0100"}},
		{"addresses stay on their lines", "Media contact\nJane Doe\njane@acme.example\nwww.acme.example\n",
			[]string{"Media contact", "Jane Doe", "jane@acme.example", "www.acme.example"}},
		{"broken line continues lower-case", "Press release distributed by Media Pigeon and\ncarried by others.\n",
			[]string{"Press release distributed by Media Pigeon and carried by others."}},
		{"bullets", "You qualify if:\n\uf0b7 you were arrested but never\ncharged;\n\uf0b7 your case was dismissed.\n• third\n",
			[]string{"You qualify if:", "you were arrested but never charged;", "your case was dismissed.", "third"}},
		{"a wrapped line that opens with (b) is no item",
			"Acme Corp. said on Monday that it had registered its common shares with\n" +
				"the Securities and Exchange Commission under Section 12\n" +
				"(b) of the Exchange Act, and that trading would begin in the second week\n" +
				"of the month on the New York Stock Exchange under the symbol ACME.\n",
			[]string{"Acme Corp. said on Monday that it had registered its common shares with the Securities and Exchange Commission under Section 12 (b) of the Exchange Act, and that trading would begin in the second week of the month on the New York Stock Exchange under the symbol ACME."}},
		{"numbered items", "The plan has three steps:\n1. Build the plant.\n2) Hire the staff.\n(iii) Open the doors.\n",
			[]string{"The plan has three steps:", "Build the plant.", "Hire the staff.", "Open the doors."}},
		{"labels start lines", "WHAT: A press conference about things\nWHEN: Monday, July 8\n",
			[]string{"WHAT: A press conference about things", "WHEN: Monday, July 8"}},
		{"run-together paragraphs", "The fund won.   The Baird fund is co-managed by five people.  \"It is great,\" said Mary.  About Baird  Putting clients first.",
			[]string{"The fund won.", "The Baird fund is co-managed by five people.", "\"It is great,\" said Mary.", "About Baird", "Putting clients first."}},
		{"two spaces after every sentence are typewriter style", "One sentence.  Two sentence.  Three sentence.  Four.",
			[]string{"One sentence. Two sentence. Three sentence. Four."}},
		{"first-line indents open paragraphs",
			"    The first paragraph starts here and runs on to a second line that\n" +
				"is just as long as the first one was, and it then runs on to a third\n" +
				"line that ends the first paragraph with a full stop at the very end.\n" +
				"    The second paragraph starts with an indent and runs on to a second\n" +
				"line, which ends it.\n",
			[]string{"The first paragraph starts here and runs on to a second line that is just as long as the first one was, and it then runs on to a third line that ends the first paragraph with a full stop at the very end.",
				"The second paragraph starts with an indent and runs on to a second line, which ends it."}},
		{"page markers stand alone", "A paragraph that runs on\n5\n<PAGE>\nThe next one.\n",
			[]string{"A paragraph that runs on", "5", "<PAGE>", "The next one."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(segTexts(t, tt.src, FormatText))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(tt.want, "\n\t"))
			}
		})
	}
}

func TestDehyphenate(t *testing.T) {
	const filler = "This line is long enough to be taken for a line of hard-wrapped text, so we\n"
	tests := []struct {
		name, src, want string
		repaired        bool
	}{
		{"broken word", filler + "will con-\ntinue to grow and the rest of this line is also long enough.", "will continue to grow", true},
		{"known prefix keeps its hyphen", filler + "thanks her co-\ncounsel for the help and the rest of this line is long enough.", "her co-counsel for", false},
		{"compound used elsewhere keeps its hyphen", filler + "a state-\nowned firm is not like any other state-owned firm in the land.", "a state-owned firm", false},
		{"joined word used elsewhere is joined", filler + "an invest-\nment, like any investment, is a risk we take and the rest of it.", "an investment, like", true},
		{"a dash at the end joins without a space", filler + "led the industry--\nfirst with the Apple II and then with the Macintosh computer line.", "industry--first", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			segs := segTexts(t, tt.src+"\n"+filler+"and this is the end.", FormatText)
			if !strings.Contains(segs[0].Text, tt.want) {
				t.Fatalf("text %q does not contain %q", segs[0].Text, tt.want)
			}
			if got := hasRepair(segs[0].Repairs, RepairDehyphenated); got != tt.repaired {
				t.Errorf("dehyphenated repair recorded = %v, want %v (%v)", got, tt.repaired, segs[0].Repairs)
			}
		})
	}
}

func TestUnwrapUnterminatedLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"attribution verb at the line end",
			"Acme Opens Store\n\n\"Our customers have waited a long time for a shop this close,\" said\nChief Executive Dana Reyes. \"Now we are here.\"\n",
			[]string{"Acme Opens Store", "\"Our customers have waited a long time for a shop this close,\" said Chief Executive Dana Reyes. \"Now we are here.\""}},
		{"acronym defined on the next line",
			"Acme Opens Store\n\nOslo, 2 May 2026 – The Nordic Institute of Applied Geology\n(NIAG) has been awarded a grant to map the fjords.\n",
			[]string{"Acme Opens Store", "Oslo, 2 May 2026 – The Nordic Institute of Applied Geology (NIAG) has been awarded a grant to map the fjords."}},
		{"a standfirst before a dateline stays apart",
			"Acme Opens Store\n\nNew store brings fresh food and forty jobs to the east of the city\nDENVER\n— Acme opened a store today.\n",
			[]string{"Acme Opens Store", "New store brings fresh food and forty jobs to the east of the city", "DENVER — Acme opened a store today."}},
		{"short unpunctuated lines stay apart",
			"Media contact\nJane Doe, head of communications\n+1 555 0100\n",
			[]string{"Media contact", "Jane Doe, head of communications", "+1 555 0100"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(segTexts(t, tt.src, FormatText))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("segments\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// TestSpacedColumnsBoundsTableRow checks the prefilter groupLines puts
// before markTables: a line without a tab or two spaces in a row is never
// a table row, on every line of the test inputs and on table-like lines.
func TestSpacedColumnsBoundsTableRow(t *testing.T) {
	texts := []string{"Revenue $ 1,234 $ 1,100", "Revenue\t1,234\t1,100", "Revenue  1,234  1,100", " Net income (loss)   (12)   4 "}
	files, _ := filepath.Glob("../testdata/*.input.*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, s := range texts {
		if !spacedColumns([]rawLine{{text: s}}) && tableRow(s) {
			t.Errorf("tableRow(%q) is true, but spacedColumns says no line can be", s)
		}
	}
}
