package parser

import "testing"

// aboutStartRef is aboutStart as it was before mayOpenAbout turned texts
// away: every text ran the expressions.
func aboutStartRef(text string) (string, bool) {
	text = headOf(text, 400)
	if wordsAtMost(text, 10) {
		if m := aboutHeading.FindStringSubmatch(text); m != nil && !englishOver(text) {
			return orgName(m[1], text), true
		}
		return "", false
	}
	if m := aboutParagraph.FindStringSubmatch(text); m != nil && plausibleName(m[1]) {
		return orgName(m[1], text), true
	}
	if m := aboutHeading.FindStringSubmatch(firstLineOf(text)); m != nil && descriptive.MatchString(text) {
		return orgName(m[1], text), true
	}
	return "", false
}

// TestAboutStartSameAsRef compares aboutStart with aboutStartRef on edge
// cases and on every line, and every line joined to the next, of the test
// inputs and of the shared corpus.
func TestAboutStartSameAsRef(t *testing.T) {
	texts := []string{"", "About", "About Acme", "**About Acme**", "***About Acme", " \t\n**ABOUT ACME:", "À propos de Acme",
		"A propos d'Acme", "Über die Acme GmbH", "ÜBER ACME", "Acerca de Acme", "Sobre a Acme", "Informazioni su Acme",
		"Chi siamo", "Chi è Acme", "Over het Acme", "Over the Years", "\u00a0About Acme", "\vAbout Acme", "\nAbout Acme\nAcme is a company.",
		"About Acme Acme is a leading maker of things and more things for everyone.", "\xc3About", "\xc3"}
	lines := append(testdataLines(t), sharedLinesIfAny(t)...)
	texts = append(texts, lines...)
	for i := 0; i+1 < len(lines); i++ {
		texts = append(texts, lines[i]+"\n"+lines[i+1])
	}
	found := 0
	for _, text := range texts {
		name, ok := aboutStart(text)
		wantName, wantOK := aboutStartRef(text)
		if name != wantName || ok != wantOK {
			t.Errorf("aboutStart(%q) = %q, %v; want %q, %v", text, name, ok, wantName, wantOK)
		}
		if wantOK {
			found++
		}
	}
	if found < 20 {
		t.Errorf("%d texts open an About section: the test proves little", found)
	}
}
