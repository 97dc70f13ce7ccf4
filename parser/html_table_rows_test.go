package parser

import (
	"strings"
	"testing"
)

func TestSegmentHTMLTextGridByRow(t *testing.T) {
	src := `<p>Lead paragraph of the release.</p><table><tr><th>Route</th><th>Leaves</th><th>Arrives</th></tr>` +
		`<tr><td>Oslo to Bergen</td><td>7:05 a.m.</td><td>1:40 p.m.</td></tr>` +
		`<tr><td>Bergen to Oslo</td><td>8:15 a.m.</td><td>2:55 p.m.</td></tr></table><p>Body.</p>`
	_, segs := htmlSegs(t, src)
	got := kept(segs)
	want := []string{"Lead paragraph of the release.", "Route Leaves Arrives", "Oslo to Bergen 7:05 a.m. 1:40 p.m.", "Bergen to Oslo 8:15 a.m. 2:55 p.m.", "Body."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("segments = %q, want one per row %q", got, want)
	}
}
