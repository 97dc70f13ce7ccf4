package parser

import (
	"strings"
	"testing"
)

// TestMoneyWordFilters checks that mayBeScale and mayNameCurrency turn
// away no word that scaleAfter or moneyAt would find in their maps: every
// key, as written, in lower case, in capitals and capitalised (a word
// found by its lower case has the key's length and first letter).
func TestMoneyWordFilters(t *testing.T) {
	variants := func(k string) []string {
		return []string{k, strings.ToLower(k), strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:]}
	}
	for k := range scaleWords {
		for _, w := range variants(k) {
			if !mayBeScale(w) {
				t.Errorf("mayBeScale(%q) = false, but %q is a scale", w, k)
			}
		}
	}
	for k := range currencyWords {
		for _, w := range variants(k) {
			if !mayNameCurrency(w) {
				t.Errorf("mayNameCurrency(%q) = false, but %q is a currency", w, k)
			}
		}
	}
	for k := range currencySigns {
		if isASCII(k) && strings.Trim(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") == "" && len(k) == 3 && !mayNameCurrency(k) {
			t.Errorf("mayNameCurrency(%q) = false, but it is a currency code", k)
		}
	}
	for _, w := range []string{"November", "participating", "States", "of", "Council"} {
		if mayBeScale(w) || mayNameCurrency(w) {
			t.Errorf("%q passes a money word filter", w)
		}
	}
}
