package parser

import (
	"strings"
	"unicode/utf8"
)

// currencySigns maps the signs written before an amount, with the letters
// that may prefix "$", to ISO 4217 codes.
var currencySigns = map[string]string{
	"$": "USD", "US$": "USD", "U.S.$": "USD", "USD$": "USD", "C$": "CAD", "CA$": "CAD", "CAD$": "CAD",
	"A$": "AUD", "AU$": "AUD", "AUD$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
	"MX$": "MXN", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY",
	"CHF": "CHF", "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CAD": "CAD",
	"AUD": "AUD", "CNY": "CNY", "RMB": "CNY", "INR": "INR", "SEK": "SEK", "NOK": "NOK",
	"DKK": "DKK", "NZD": "NZD", "HKD": "HKD", "SGD": "SGD", "ZAR": "ZAR", "BRL": "BRL",
	"MXN": "MXN",
}

// currencyWords are currencies named after an amount: "5 million euros".
var currencyWords = map[string]string{
	"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
	"yen": "JPY", "usd": "USD", "eur": "EUR", "gbp": "GBP",
}

// scaleWords multiply an amount: "$107 billion", "€3m", "$5bn".
var scaleWords = map[string]int{
	"thousand": 3, "k": 3, "K": 3, "million": 6, "mn": 6, "m": 6, "M": 6, "mm": 6, "MM": 6,
	"billion": 9, "bn": 9, "b": 9, "B": 9, "trillion": 12, "tn": 12, "T": 12,
}

// findAmounts appends the amounts of money and the percentages written in
// text to ss. Money's value is the ISO 4217 code and the amount in units
// ("USD 107000000000"); a percentage's is the number ("12.5").
func findAmounts(text string, ss []entSpan) []entSpan {
	for i := 0; i < len(text); i++ {
		// On to the next digit, eight bytes at a time.
		if i = indexDigit(text, i); i < 0 {
			break
		}
		if i > 0 && (isWordByteASCII(text[i-1]) || text[i-1] == '.' || text[i-1] == ',' && i > 1 && isPhoneDigit(text[i-2])) {
			continue
		}
		numEnd, digits := readNumber(text, i)
		if numEnd == i {
			continue
		}
		if sp, ok := moneyAt(text, i, numEnd, digits); ok {
			ss = append(ss, sp)
			i = sp.end - 1
			continue
		}
		if end, ok := percentAfter(text, numEnd); ok {
			ss = append(ss, entSpan{EntityPercent, i, end, scaleDigits(digits, 0)})
			i = end - 1
			continue
		}
		i = numEnd - 1
	}
	return ss
}

// isWordByteASCII reports whether c is an ASCII letter, digit or '_'.
func isWordByteASCII(c byte) bool { return perlWordTab[c] }

// readNumber reads "1,200,000.50" or "12.5" at s[i] and returns its end
// and its digits without grouping commas.
func readNumber(s string, i int) (int, string) {
	j := i
	for j < len(s) && isPhoneDigit(s[j]) {
		j++
	}
	grouped := false
	for j-i <= 3 || grouped {
		if j+3 < len(s)+1 && j < len(s) && s[j] == ',' && j+4 <= len(s) && amountDigits(s[j+1:j+4]) && (j+4 == len(s) || !isPhoneDigit(s[j+4])) {
			grouped = true
			j += 4
			continue
		}
		break
	}
	if j+1 < len(s) && s[j] == '.' && isPhoneDigit(s[j+1]) {
		j++
		for j < len(s) && isPhoneDigit(s[j]) {
			j++
		}
	}
	if j < len(s) && (ctLetter(s[j]) && !scaleGlued(s, j) || s[j] == '_') {
		return i, "" // "3D", "4G", "10x"
	}
	return j, strings.ReplaceAll(s[i:j], ",", "")
}

func amountDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isPhoneDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// scaleGlued reports whether a scale such as "m" or "bn" is glued to the
// number at s[j]: "€3m", "$5bn".
func scaleGlued(s string, j int) bool {
	k := j
	for k < len(s) && ctLetter(s[k]) {
		k++
	}
	_, ok := scaleWords[s[j:k]]
	return ok
}

// moneyAt reads an amount of money around the number s[start:numEnd]:
// a sign or code before it, or a currency named after it.
func moneyAt(s string, start, numEnd int, digits string) (entSpan, bool) {
	cur, from := currencyBefore(s, start)
	end, exp := scaleAfter(s, numEnd)
	if cur == "" {
		// "5 million euros", "1,200 USD".
		k := end
		for k < len(s) && s[k] == ' ' {
			k++
		}
		w := k
		for w < len(s) && ctLetter(s[w]) {
			w++
		}
		if k == end || w == k || (w < len(s) && isPhoneDigit(s[w])) {
			return entSpan{}, false
		}
		word := s[k:w] // ASCII letters
		if !mayNameCurrency(word) {
			return entSpan{}, false
		}
		var buf [16]byte
		lw, short := asciiLower(word, buf[:])
		if !short {
			lw = []byte(strings.ToLower(word))
		}
		code, ok := currencyWords[string(lw)]
		if !ok {
			if c, ok2 := currencySigns[word]; ok2 && len(word) == 3 {
				code, ok = c, true
			}
		}
		if !ok {
			return entSpan{}, false
		}
		cur, from, end = code, start, w
	}
	return entSpan{EntityMoney, from, end, cur + " " + scaleDigits(digits, exp)}, true
}

// currencyBefore reads a currency sign or code written just before s[i]:
// "$", "US$", "€", "USD ", "CHF ". It returns the ISO code and where the
// amount starts.
func currencyBefore(s string, i int) (string, int) {
	j := i
	if j > 0 && (s[j-1] == ' ' || s[j-1] == 0xA0) {
		// "USD 1,200", "€ 3", also after a non-breaking space (C2 A0).
		j--
		if s[j] == 0xA0 && j > 0 && s[j-1] == 0xC2 {
			j--
		}
	}
	if j == 0 {
		return "", i
	}
	r, n := utf8.DecodeLastRuneInString(s[:j])
	if r == '$' {
		k := j - n
		for k > 0 && (ctUpper(s[k-1]) || s[k-1] == '.') && j-n-k < 5 {
			k--
		}
		for ; k < j-n; k++ {
			if code, ok := currencySigns[s[k:j]]; ok && (k == 0 || !isWordByteASCII(s[k-1])) {
				return code, k
			}
		}
		return "USD", j - n
	}
	if r >= 0x80 {
		// s[j-n:j] is string(r) for a valid rune; for an invalid byte
		// neither is a key.
		if code, ok := currencySigns[s[j-n:j]]; ok {
			return code, j - n
		}
	}
	// A code in capitals: "USD 1,200", "CHF 40".
	k := j
	for k > 0 && ctUpper(s[k-1]) {
		k--
	}
	if j-k == 3 && j < i && (k == 0 || !isWordByteASCII(s[k-1])) {
		if code, ok := currencySigns[s[k:j]]; ok {
			return code, k
		}
	}
	return "", i
}

// scaleAfter reads a scale word after an amount ("billion", "bn", glued
// "m") and returns where the amount ends and the power of ten.
func scaleAfter(s string, i int) (int, int) {
	k := i
	if k < len(s) && s[k] == ' ' {
		k++
	}
	w := k
	for w < len(s) && ctLetter(s[w]) {
		w++
	}
	if w == k || w < len(s) && (isPhoneDigit(s[w]) || s[w] == '@') {
		return i, 0
	}
	word := s[k:w]
	if !mayBeScale(word) {
		return i, 0
	}
	exp, ok := scaleWords[word]
	if !ok {
		var buf [16]byte
		if lw, ascii := asciiLower(word, buf[:]); ascii {
			exp, ok = scaleWords[string(lw)]
		} else {
			exp, ok = scaleWords[strings.ToLower(word)]
		}
		if !ok || len(word) < 3 {
			return i, 0
		}
	}
	if k > i && len(word) < 3 && word != "mn" && word != "bn" && word != "tn" && word != "MM" {
		return i, 0 // "$5 m" is more likely "$5 more"; single letters only glued
	}
	return w, exp
}

// mayBeScale reports whether word, of ASCII letters, may be a key of
// scaleWords in some case: each begins with k, m, b or t and is 1, 2, 7 or
// 8 bytes long. Most words after a number are turned away before they are
// hashed and lower-cased (TestMoneyWordFilters).
func mayBeScale(word string) bool {
	switch len(word) {
	case 1, 2, 7, 8:
		c := word[0] | 0x20
		return c == 'k' || c == 'm' || c == 'b' || c == 't'
	}
	return false
}

// mayNameCurrency reports whether word, of ASCII letters, may be a key of
// currencyWords in some case or of currencySigns: those of three letters
// may be anything, the others begin with d, e or p and are four to seven
// bytes long (TestMoneyWordFilters).
func mayNameCurrency(word string) bool {
	switch len(word) {
	case 3:
		return true
	case 4, 5, 6, 7:
		c := word[0] | 0x20
		return c == 'd' || c == 'e' || c == 'p'
	}
	return false
}

// scaleDigits multiplies the decimal number digits by 10^exp, as a
// decimal string without needless zeros: "5.2", 6 → "5200000".
func scaleDigits(digits string, exp int) string {
	intPart, frac := digits, ""
	if i := strings.IndexByte(digits, '.'); i >= 0 {
		intPart, frac = digits[:i], digits[i+1:]
	}
	for exp > 0 {
		if frac != "" {
			intPart += frac[:1]
			frac = frac[1:]
		} else {
			intPart += "0"
		}
		exp--
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// percentAfter reads "%", " percent", " per cent" or " pct" after a
// number at s[i] and returns where the percentage ends.
func percentAfter(s string, i int) (int, bool) {
	if i < len(s) && s[i] == '%' {
		return i + 1, true
	}
	k := i
	if k < len(s) && s[k] == ' ' {
		k++
	} else if k+1 < len(s) && s[k] == 0xC2 && s[k+1] == 0xA0 {
		k += 2
	}
	if k < len(s) && s[k] == '%' {
		return k + 1, true
	}
	if k == i {
		return i, false
	}
	for _, w := range []string{"percent", "per cent", "pct", "Percent"} {
		if strings.HasPrefix(s[k:], w) && (k+len(w) == len(s) || !ctLetter(s[k+len(w)])) {
			return k + len(w), true
		}
	}
	return i, false
}
