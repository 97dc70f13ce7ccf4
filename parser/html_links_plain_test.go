package parser

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// checkPlainWebURL fails if plainWebURL accepts href but url.Parse and
// String would not give it back unchanged as an http or https URL with a
// host, which is what safeURL returns for it.
func checkPlainWebURL(t *testing.T, href string) {
	t.Helper()
	if !plainWebURL(href) {
		return
	}
	u, err := url.Parse(href)
	if err != nil || !u.IsAbs() || u.Host == "" || !isWebScheme(u.Scheme) || u.String() != href {
		t.Errorf("plainWebURL(%q) = true, but url.Parse gives %v, %v", href, u, err)
	}
}

func TestPlainWebURL(t *testing.T) {
	for _, tc := range []struct {
		href string
		want bool
	}{
		{"https://www.example.com", true},
		{"http://example.com/news/2024/release-1.html", true},
		{"https://example.com/a?b=c&d=%20e", true},
		{"https://example.com/a?", true},
		{"https://ex_ample.com/~x", true},
		{"HTTPS://example.com", false},         // url.Parse lower-cases the scheme
		{"https://example.com:8080/", false},   // a port
		{"https://user@example.com/", false},   // user info
		{"https://example.com/a%20b", false},   // an escape in the path
		{"https://example.com/a b", false},     // String escapes the space
		{"https://example.com/#top", false},    // a fragment
		{"https://example.com/a?b#c", false},   // a fragment after a query
		{"https://[::1]/", false},              // an IP address
		{"https:///path", false},               // no host
		{"https://example.com/é", false},       // not ASCII
		{"mailto:press@example.com", false},    // parsed the long way
		{"https://example.com/a(b)", false},    // parentheses
		{"https://example.com/a?q=x y", false}, // a space in the query
	} {
		if got := plainWebURL(tc.href); got != tc.want {
			t.Errorf("plainWebURL(%q) = %v, want %v", tc.href, got, tc.want)
		}
		checkPlainWebURL(t, tc.href)
	}
}

// TestPlainWebURLShared checks every web address written in the shared
// corpus and benchmarks against url.Parse.
func TestPlainWebURLShared(t *testing.T) {
	dir := sharedDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus", "*"))
	for _, pat := range []string{"extbench/readability-test-pages/*/source.html", "extbench/scrapinghub/html/*"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, m...)
	}
	n := 0
	for _, f := range files {
		src := readDocument(t, f)
		s := string(src)
		for at := 0; ; {
			k := strings.Index(s[at:], "http")
			if k < 0 {
				break
			}
			k += at
			end := k
			for end < len(s) && s[end] > ' ' && strings.IndexByte("\"'<>`", s[end]) < 0 {
				end++
			}
			at = k + 4
			// The address as found, and cut at each ')' and ']' as
			// Markdown would.
			href := s[k:end]
			checkPlainWebURL(t, href)
			for i := 0; i < len(href); i++ {
				if href[i] == ')' || href[i] == ']' {
					checkPlainWebURL(t, href[:i])
				}
			}
			if plainWebURL(href) {
				n++
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d plain web addresses in the shared corpus: not looking in the right place?", n)
	}
}

// FuzzPlainWebURL checks plainWebURL against url.Parse on any string, and
// that it takes no address holding a control character.
func FuzzPlainWebURL(f *testing.F) {
	for _, s := range []string{"https://a.b/c?d=e", "http://x.y/%zz", "https://a.b?%", "http://a.b/?#", "https://a.b/c\x01", "https://a.b/?c\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, href string) {
		for i := 0; i < len(href); i++ {
			if href[i] < ' ' || href[i] == 0x7f {
				// safeURL asks plainWebURL before it looks for these.
				if plainWebURL(href) {
					t.Errorf("plainWebURL(%q) = true for an address with a control character", href)
				}
				return
			}
		}
		checkPlainWebURL(t, href)
	})
}
