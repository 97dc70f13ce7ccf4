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

func TestSentenceCaseHeadings(t *testing.T) {
	src := "County Approves Road Plan\n\nGREENFIELD, Ind. (Feb. 2, 2026) — The county approved a road plan on Monday covering 86 miles of roads.\n\n" +
		"Plan highlights\n\n• 86 miles of resurfacing\n• New crossings near schools\n\n" +
		"What drivers can expect\n\nWork will begin in April and continue through October, with lanes closed on weekdays only.\n\n" +
		"Residents should expect:\n\n• Lane closures\n• Detours\n\n" +
		"Call 555 0100 for details\n\nThe county will post the schedule of closures on its website every Friday before the work.\n"
	segs := segTexts(t, src, FormatText)
	kinds := map[string]BlockKind{}
	for _, s := range segs {
		kinds[s.Text] = s.Kind
	}
	for _, text := range []string{"Plan highlights", "What drivers can expect"} {
		if k := kinds[text]; k != BlockHeading {
			t.Errorf("%q is a %s, want heading", text, k)
		}
	}
	for _, text := range []string{"Residents should expect:", "Call 555 0100 for details"} {
		if k := kinds[text]; k != BlockParagraph {
			t.Errorf("%q is a %s, want paragraph", text, k)
		}
	}
}
