package parser

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestDigitFirst8 checks that digitFirst8's lowest bit marks the first
// byte that is a digit, on words that hold digits among other bytes at
// every place, and on random words.
func TestDigitFirst8(t *testing.T) {
	check := func(b [8]byte) {
		t.Helper()
		want := uint64(0)
		for i, c := range b {
			if c >= '0' && c <= '9' {
				want = 0x80 << (8 * i)
				break
			}
		}
		got := digitFirst8(load64(string(b[:])))
		if got&-got != want {
			t.Fatalf("digitFirst8(% x) = %#x, lowest bit should be %#x", b, got, want)
		}
	}
	bytes := []byte{0, ' ', '(', '+', '/', '0', '5', '9', ':', 'a', 0x7f, 0x80, 0xb0, 0xb9, 0xff}
	for _, fill := range bytes {
		for pos := 0; pos < 8; pos++ {
			for c := 0; c < 256; c++ {
				for _, after := range bytes {
					var b [8]byte
					for i := range b {
						b[i] = fill
						if i > pos {
							b[i] = after
						}
					}
					b[pos] = byte(c)
					check(b)
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 1 << 20 {
		var b [8]byte
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		check(b)
	}
}

func TestHasLowerPrefix(t *testing.T) {
	for _, s := range []string{"", "m", "mailto:", "MAILTO:a@b", "Mailto:x", "mailt", "ma\u0130lto:x", "mai\u212alto", "\u00e9mailto:", "https://x", "HTTPS://X", "http\u017f://x", "www.x"} {
		for _, p := range []string{"mailto:", "http://", "https://", "www."} {
			want := strings.HasPrefix(strings.ToLower(s), p)
			if got := hasLowerPrefix(s, p); got != want {
				t.Errorf("hasLowerPrefix(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a b\tc\nd", "Jane\u00a0Doe", "x\u2003y\u0085z", "\xff \xfe", "  many   spaces  here  ", "日本 語"} {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestContainsLowerASCII(t *testing.T) {
	for _, s := range []string{"", "Contact", "MEDIA CONTACTS", "contac", "Con\u00adtact", "C\u00f6ntact", "xcontactx", "CONTAC T"} {
		if got, want := containsLowerASCII(s, "contact"), strings.Contains(strings.ToLower(s), "contact"); got != want {
			t.Errorf("containsLowerASCII(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBareHostAsBefore checks bareHost against its first definition, which
// lower- and upper-cased the top-level domain to test it.
func TestBareHostAsBefore(t *testing.T) {
	old := func(h string) bool {
		dot := strings.LastIndexByte(h, '.')
		if dot <= 0 {
			return false
		}
		tld := h[dot+1:]
		if tld != strings.ToLower(tld) && tld != strings.ToUpper(tld) {
			return false
		}
		return bareTLDs[strings.ToLower(tld)]
	}
	for _, h := range []string{"", "com", ".com", "x.com", "x.COM", "x.Com", "x.cOm", "x.io", "x.IO", "x.example", "GOV.UK", "gov.uk", "x.\u0130o", "x.c\u00f6m", "x.", "a.b.news", "a.b.NEWS", "x.c1m"} {
		if got, want := bareHost(h), old(h); got != want {
			t.Errorf("bareHost(%q) = %v, want %v", h, got, want)
		}
	}
}

func TestInLower(t *testing.T) {
	m := map[string]bool{"director": true, "vp": true}
	for _, w := range []string{"", "Director", "DIRECTOR", "director", "VP", "Vp", "vP", "Dírector", "\u0130", strings.Repeat("A", 40)} {
		if got, want := inLower(m, w), m[strings.ToLower(w)]; got != want {
			t.Errorf("inLower(%q) = %v, want %v", w, got, want)
		}
	}
}
