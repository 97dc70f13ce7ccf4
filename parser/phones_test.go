package parser

import (
	"reflect"
	"testing"
)

func TestFindPhones(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // text as written, then value, pairwise
	}{
		{"dashes", "Call 214-653-3756 (office)", []string{"214-653-3756", "+12146533756"}},
		{"parens", "may call (214) 653-2905.", []string{"(214) 653-2905", "+12146532905"}},
		{"parens glued", "(214)653-2905", []string{"(214)653-2905", "+12146532905"}},
		{"slash", "Dallas, Texas 75207-4399  214/653-3600", []string{"214/653-3600", "+12146533600"}},
		{"dots", "646.823.8656", []string{"646.823.8656", "+16468238656"}},
		{"dots with trunk", "1.650.607.0349", []string{"1.650.607.0349", "+16506070349"}},
		{"toll free", "404-506-5333 or 1-866-506-5333", []string{"404-506-5333", "+14045065333", "1-866-506-5333", "+18665065333"}},
		{"plus one spaced", "+1 877-440-9464", []string{"+1 877-440-9464", "+18774409464"}},
		{"plus one parens", "+1 (866) 442-2473", []string{"+1 (866) 442-2473", "+18664422473"}},
		{"plus one dashes", "Contact, +1-847-286-9669, or", []string{"+1-847-286-9669", "+18472869669"}},
		{"uk", "Tel +44 20 7946 0000.", []string{"+44 20 7946 0000", "+442079460000"}},
		{"france", "+33 1 23 45 67 89", []string{"+33 1 23 45 67 89", "+33123456789"}},
		{"france national", "Julien Roux – 04 72 55 18 90 – julien@x.fr", []string{"04 72 55 18 90", "+33472551890"}},
		{"france dotted", "Tél. : 01.42.68.53.00", []string{"01.42.68.53.00", "+33142685300"}},
		{"not french: 00 prefix", "00 12 34 56 78", nil},
		{"not french: six pairs", "scores 04 72 55 18 90 12", nil},
		{"non-breaking spaces", "+44\u00a020\u00a07946\u00a00000", []string{"+44 20 7946 0000", "+442079460000"}},
		{"glued to a domain", "www.InvestorBrandNetwork.com310.299.1717 Office", []string{"310.299.1717", "+13102991717"}},
		{"label", "Office: 714-347-8408", []string{"714-347-8408", "+17143478408"}},
		{"year after", "214-653-3756 2019", []string{"214-653-3756", "+12146533756"}},

		{"iso date", "on 2021-11-18 and 11/18/2021", nil},
		{"year range", "in 2019-2020 and 2019–2020", nil},
		{"money", "$1,200,000 and $214-653-3756", nil},
		{"plain number", "2,000,000 shares and 10000000 units", nil},
		{"isbn", "ISBN 978-3-16-148410-0 or 0-306-40615-2", nil},
		{"zip plus four", "Dallas, Texas 75207-4399", nil},
		{"cusip", "CUSIP 037833100 and 594918-10-4", nil},
		{"seven digits", "call 555-1234", nil},
		{"social security shape", "123-45-6789", nil},
		{"longer number", "214-653-3756-12 and 214-653-37561", nil},
		{"area code starting with 1", "123-456-7890", nil},
		{"time", "10:30 214-653", nil},
		{"decimal", "12.214.653.3756", nil},
		{"vanity", "1-800-FLOWERS", nil},
		{"short plus", "+44 20", nil},
		{"euro", "€214-653-3756", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range findPhones(tt.in) {
				if tt.in[m.start:m.end] != m.text && plainSpaces(tt.in[m.start:m.end]) != m.text {
					t.Errorf("span %d:%d = %q, text %q", m.start, m.end, tt.in[m.start:m.end], m.text)
				}
				got = append(got, m.text, m.value)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findPhones(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzFindPhones(f *testing.F) {
	for _, s := range []string{"+1 (866) 442-2473", "214/653-3600", "(((", "+", "1-", "\u00a0+44\u00a020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range findPhones(s) {
			if m.start < last || m.end <= m.start || m.end > len(s) {
				t.Fatalf("bad span %d:%d after %d in %q", m.start, m.end, last, s)
			}
			last = m.end
		}
	})
}
