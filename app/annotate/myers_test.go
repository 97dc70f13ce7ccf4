package annotate

import (
	"math/rand"
	"testing"
)

// naive computes the same column scores as myers.scan with the textbook
// dynamic programme.
func naive(p, text []rune, anchored bool) []int {
	prev := make([]int, len(p)+1)
	for i := range prev {
		prev[i] = i
	}
	out := []int{}
	for j := 1; j <= len(text); j++ {
		cur := make([]int, len(p)+1)
		if anchored {
			cur[0] = j
		}
		for i := 1; i <= len(p); i++ {
			cost := 1
			if p[i-1] == text[j-1] {
				cost = 0
			}
			cur[i] = min(prev[i]+1, cur[i-1]+1, prev[i-1]+cost)
		}
		out = append(out, cur[len(p)])
		prev = cur
	}
	return out
}

func TestMyersMatchesDynamicProgramme(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	alphabet := []rune("abcé🚀 ")
	word := func(n int) []rune {
		r := make([]rune, n)
		for i := range r {
			r[i] = alphabet[rng.Intn(len(alphabet))]
		}
		return r
	}
	for trial := 0; trial < 300; trial++ {
		// Lengths around the 64-row block boundaries.
		m := []int{1, 5, 63, 64, 65, 127, 128, 129, 200}[trial%9]
		p, text := word(m), word(rng.Intn(300))
		for _, anchored := range []bool{false, true} {
			want := naive(p, text, anchored)
			var got []int
			newMyers(p).scan(text, anchored, func(j, d int) bool {
				got = append(got, d)
				return true
			})
			for j := range want {
				if got[j] != want[j] {
					t.Fatalf("m=%d anchored=%v column %d: got %d, want %d", m, anchored, j+1, got[j], want[j])
				}
			}
		}
	}
}

func TestLevenshtein(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"Zürich", "Zurich", 1}, {"🚀a", "a🚀", 2},
	} {
		if got := levenshtein([]rune(c.a), []rune(c.b)); got != c.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestMyersSearchRuns(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	alphabet := []rune("abé🚀")
	for trial := 0; trial < 200; trial++ {
		m := []int{3, 10, 64, 65, 130}[trial%5]
		p := make([]rune, m)
		for i := range p {
			p[i] = alphabet[rng.Intn(len(alphabet))]
		}
		text := make([]rune, rng.Intn(400))
		for i := range text {
			text[i] = alphabet[rng.Intn(len(alphabet))]
		}
		maxDist := m / 3
		// The runs the dynamic programme sees.
		var want []candidate
		run := candidate{end: -1}
		for j, d := range naive(p, text, false) {
			if d <= maxDist {
				if run.end < 0 || d < run.dist {
					run = candidate{j + 1, d}
				}
			} else if run.end >= 0 {
				want, run.end = append(want, run), -1
			}
		}
		if run.end >= 0 {
			want = append(want, run)
		}
		got := newMyers(p).search(text, maxDist)
		if len(got) != len(want) {
			t.Fatalf("m=%d: %d runs, want %d", m, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("m=%d run %d: %+v, want %+v", m, i, got[i], want[i])
			}
		}
	}
}
