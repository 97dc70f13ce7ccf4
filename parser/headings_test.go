package parser

import "testing"

func TestTextHeadings(t *testing.T) {
	src := "Acme Buys Widget Maker\n\nAcme Corp. said on Monday that it had agreed to buy Widget Inc. for $40 million in cash, its third purchase this year.\n\n" +
		"Growth Through Acquisitions\n\nThe purchase adds two plants and three hundred workers to the company, which expects the deal to close in the spring.\n\n" +
		"Jane Doe\n\nMedia Contact\n"
	segs := segTexts(t, src, FormatText)
	kinds := map[string]BlockKind{}
	for _, s := range segs {
		kinds[s.Text] = s.Kind
	}
	if k := kinds["Growth Through Acquisitions"]; k != BlockHeading {
		t.Errorf("subheading is a %s, want heading", k)
	}
	for _, text := range []string{"Acme Buys Widget Maker", "Jane Doe", "Media Contact"} {
		if k := kinds[text]; k != BlockParagraph {
			t.Errorf("%q is a %s, want paragraph (the title, or a line not followed by running text)", text, k)
		}
	}
}
