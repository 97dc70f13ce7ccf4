package evaluation

import (
	"encoding/json"
	"math"
)

// score is the overlap between a predicted and a gold collection: a bag of
// tokens or a set of strings. Scores add up, which gives micro averages.
type score struct {
	Overlap   int `json:"overlap"`
	Predicted int `json:"predicted"`
	Gold      int `json:"gold"`
}

// tokenScore compares the token bags of predicted and gold text.
func tokenScore(predicted, gold string) score {
	p, g := bag(predicted), bag(gold)
	var s score
	for t, n := range p {
		s.Predicted += n
		s.Overlap += min(n, g[t])
	}
	for _, n := range g {
		s.Gold += n
	}
	return s
}

// add returns the sum of two scores.
func (s score) add(o score) score {
	return score{s.Overlap + o.Overlap, s.Predicted + o.Predicted, s.Gold + o.Gold}
}

// precision is the share of the prediction found in the gold; 1 when both
// are empty, 0 when only the prediction is.
func (s score) precision() float64 {
	if s.Predicted == 0 {
		return empty(s.Gold)
	}
	return float64(s.Overlap) / float64(s.Predicted)
}

// recall is the share of the gold found in the prediction; 1 when both are
// empty, 0 when only the gold is.
func (s score) recall() float64 {
	if s.Gold == 0 {
		return empty(s.Predicted)
	}
	return float64(s.Overlap) / float64(s.Gold)
}

// f1 is the harmonic mean of precision and recall.
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// empty scores an empty side: 1 when the other side is empty as well.
func empty(other int) float64 {
	if other == 0 {
		return 1
	}
	return 0
}

// setScore compares two lists as sets after normalising each entry with
// norm; entries that normalise to "" are dropped.
func setScore(predicted, gold []string, norm func(string) string) score {
	p, g := set(predicted, norm), set(gold, norm)
	s := score{Predicted: len(p), Gold: len(g)}
	for k := range p {
		if g[k] {
			s.Overlap++
		}
	}
	return s
}

func set(list []string, norm func(string) string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, v := range list {
		if k := norm(v); k != "" {
			m[k] = true
		}
	}
	return m
}

// MarshalJSON writes the counts together with precision, recall and F1.
func (s score) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Overlap   int     `json:"overlap"`
		Predicted int     `json:"predicted"`
		Gold      int     `json:"gold"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
	}{s.Overlap, s.Predicted, s.Gold, round(s.precision()), round(s.recall()), round(s.f1())})
}

// round keeps four decimals, enough for the report.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }
