package ui

import "testing"

func TestFileFormat(t *testing.T) {
	tests := []struct {
		name, mime, format string
		ok                 bool
	}{
		{"release.txt", "text/plain", "", true},
		{"Release.HTML", "", "html", true},
		{"page.htm", "text/html", "html", true},
		{"notes.md", "", "markdown", true},
		{"mail.eml", "message/rfc822", "", true},
		{"README", "", "", true},
		{"data.csv", "text/csv", "", true},
		{"photo.jpg", "image/jpeg", "", false},
		{"report.pdf", "application/pdf", "", false},
	}
	for _, tt := range tests {
		format, ok := fileFormat(tt.name, tt.mime)
		if format != tt.format || ok != tt.ok {
			t.Errorf("fileFormat(%q, %q) = %q, %v; want %q, %v", tt.name, tt.mime, format, ok, tt.format, tt.ok)
		}
	}
}
