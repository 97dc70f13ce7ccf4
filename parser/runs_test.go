package parser

import "testing"

func TestTypewriterSpacing(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"two spaces thrice", "One.  Two!  Three?  Four.  Five.", true},
		{"one space", "One. Two. Three. Four.", false},
		{"two spaces twice", "One.  Two.  Three. Four.", false},
		{"more ones than twos", "A.  B.  C.  D. E. F. G. H.", false},
		{"lower case after", "a.  b.  c.  d.  e.", false},
		{"three spaces count for none", "A.   B.   C.   D.", false},
		{"at the very end", "A.  B.  C.  D", true},
		{"too close to the end", "A.  B.  C.  ", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := typewriterSpacing(tt.src); got != tt.want {
				t.Errorf("typewriterSpacing(%q) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}
