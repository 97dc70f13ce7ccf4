package ui

import (
	"testing"
	"time"
)

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

func TestDebounceFor(t *testing.T) {
	tests := []struct {
		n    int
		want time.Duration
	}{
		{0, 250 * time.Millisecond},
		{50 << 10, 250 * time.Millisecond},
		{300 << 10, time.Second},
		{1 << 20, 2 * time.Second},
		{64 << 20, 2 * time.Second},
	}
	for _, tt := range tests {
		if got := debounceFor(tt.n); got != tt.want {
			t.Errorf("debounceFor(%d) = %v, want %v", tt.n, got, tt.want)
		}
	}
}
