package parser

import (
	"encoding/base64"
	"strings"
	"testing"
)

const mimeHead = "From: Press Office <press@harbourferries.example>\r\nTo: desk@paper.example\r\nSubject: Harbour Ferries adds night crossing\r\nDate: Tue, 30 Sep 2025 15:10:00 -0400\r\nMIME-Version: 1.0\r\n"

const mimeQP = "Harbour Ferries Adds Night Crossing\r\n\r\nPORTLAND, Maine, Oct. 2, 2025 -- Harbour Ferries today added a late-night cros=\r\nsing between the city and the islands, the company=E2=80=99s first since 2019.=20\r\n\r\nThe crossing leaves at 11:30 p.m. on Fridays and Saturdays from November, the company said.\r\n"

func TestMIME(t *testing.T) {
	plain := "Harbour Ferries Adds Night Crossing\n\nPORTLAND, Maine, Oct. 2, 2025 -- Harbour Ferries today added a late-night crossing between the city and the islands, the company’s first since 2019.\n\nThe crossing leaves at 11:30 p.m. on Fridays and Saturdays from November, the company said.\n"
	b64 := base64.StdEncoding.EncodeToString([]byte(plain))
	var wrapped strings.Builder
	for i := 0; i < len(b64); i += 76 {
		wrapped.WriteString(b64[i:min(len(b64), i+76)] + "\r\n")
	}
	html := "<html><body><h1>Harbour Ferries Adds Night Crossing</h1><p>PORTLAND, Maine, Oct. 2, 2025 -- Harbour Ferries today added a late-night crossing between the city and the islands, the company=E2=80=99s first since 2019.</p><p>The crossing leaves at 11:30 p.m. on Fridays and Saturdays from November, the company said.</p></body></html>\r\n"
	tests := []struct {
		name, src string
	}{
		{"quoted-printable", mimeHead + "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + mimeQP},
		{"base64", mimeHead + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + wrapped.String()},
		{"multipart/alternative", mimeHead + "Content-Type: multipart/alternative;\r\n\tboundary=\"b1\"\r\n\r\nThis is a multi-part message in MIME format.\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + html +
			"--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + mimeQP + "--b1--\r\n"},
		{"multipart, HTML only", mimeHead + "Content-Type: multipart/mixed; boundary=b2\r\n\r\n--b2\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n" + html +
			"--b2\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b2--\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			rel, err := Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			if rel.Title != "Harbour Ferries Adds Night Crossing" {
				t.Errorf("title %q", rel.Title)
			}
			if len(rel.Blocks) != 2 || !strings.Contains(rel.Blocks[0].Text, "late-night crossing between the city and the islands, the company’s first since 2019.") {
				t.Fatalf("blocks %+v", rel.Blocks)
			}
			if rel.Published != "2025-10-02" {
				t.Errorf("published %q", rel.Published)
			}
			for _, r := range rel.Removed {
				if strings.Contains(r.Text, "Content-Type") && r.Kind != RemovedMetadata {
					t.Errorf("MIME header removed as %s", r.Kind)
				}
			}
			prev := 0
			for _, b := range rel.Blocks {
				if b.Source.Start < prev || b.Source.End > len(src) || b.Source.End < b.Source.Start {
					t.Errorf("block source %v out of order or bounds", b.Source)
				}
				prev = b.Source.End
			}
		})
	}
}

func TestMIMEHostile(t *testing.T) {
	for _, src := range []string{
		"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: multipart/mixed; boundary=x\n\n--x\n--x\n",
		"Content-Transfer-Encoding: base64\n\n!!!! not base64 at all, just words in a row for the parser\n",
		"Content-Transfer-Encoding: quoted-printable\n\nBroken =ZZ escape and a trailing =",
		"Content-Type: multipart/alternative; boundary=\"\"\n\nno parts here at all, only words\n",
	} {
		rel, err := Parse([]byte(src))
		if err == nil {
			for _, e := range checkRelease([]byte(src), rel) {
				if !strings.Contains(e, "word") {
					t.Errorf("%q: %s", src, e)
				}
			}
		}
	}
}
