package parser

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math/bits"
	"os"
	"slices"
	"strings"
	"testing"
)

var updateGazetteerTables = flag.Bool("update-gazetteer-tables", false, "rewrite "+gazetteerTablesFile)

const gazetteerTablesFile = "gazetteer_tables.go"

// TestGazetteerTablesUpToDate lays out the index buildGazetteerRef builds
// from countryTable and placeTable as Go, and fails when
// gazetteer_tables.go says anything else: the tables can never go stale
// unnoticed. With -update-gazetteer-tables (go generate) it rewrites the
// file instead.
func TestGazetteerTablesUpToDate(t *testing.T) {
	src, err := gazetteerTablesSource()
	if err != nil {
		t.Fatal(err)
	}
	checkGenerated(t, gazetteerTablesFile, src, *updateGazetteerTables)
}

// checkGenerated rewrites file with src when update is set (go generate),
// and otherwise fails t when the file says anything else.
func checkGenerated(t *testing.T, file string, src []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Errorf("%s is out of date with what it is generated from: run go generate ./parser", file)
	}
}

// gazLayout is the gazetteer's index laid out as gazetteer_tables.go holds
// it.
type gazLayout struct {
	text    strings.Builder
	bounds  []uint8
	phrases []gazPhrase
	entries []gazEntry
	forms   []uint16
	slots   []uint16
	others  []uint16
	filter  [256]uint64
}

// layOutGazetteer lays out the index of buildGazetteerRef.
func layOutGazetteer() (*gazLayout, error) {
	idx, order := gazetteerRef()
	l := &gazLayout{}
	num := map[*refGazPhrase]int{}
	for i, p := range order {
		num[p] = i
		if err := l.addPhrase(p); err != nil {
			return nil, err
		}
	}
	keys := make([]string, 0, len(idx))
	for k := range idx {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	ascii := 0
	for _, k := range keys {
		if _, ok := foldHash(k); ok {
			ascii++
		}
	}
	l.slots = make([]uint16, 1<<bits.Len(uint(2*ascii)))
	for _, k := range keys {
		ps := idx[k]
		e := gazEntry{n: uint8(len(ps)), forms: uint16(len(l.forms))}
		// The key is the first word, as written or in capitals, of its
		// first form.
		q := &l.phrases[num[ps[0]]]
		switch k {
		case ps[0].words[0]:
			e.key = q.form + uint16(l.bounds[q.bounds])
		case ps[0].upper[0]:
			e.key = q.form + uint16(q.size) + uint16(l.bounds[q.bounds])
		default:
			return nil, fmt.Errorf("key %q is not the first word of its first form", k)
		}
		e.size = uint8(len(k))
		if len(ps) > 255 || len(l.forms)+len(ps) > 1<<16 || len(l.entries) >= 1<<16-1 {
			return nil, fmt.Errorf("too many forms for the gazetteer's index at %q", k)
		}
		for _, p := range ps {
			l.forms = append(l.forms, uint16(num[p]))
		}
		l.entries = append(l.entries, e)
		h, ok := foldHash(k)
		if !ok {
			l.others = append(l.others, uint16(len(l.entries)-1))
			continue
		}
		l.filter[h>>6%uint32(len(l.filter))] |= 1 << (h & 63)
		i := (h * 0x9e3779b1) >> 16 & uint32(len(l.slots)-1)
		for l.slots[i] != 0 {
			i = (i + 1) & uint32(len(l.slots)-1)
		}
		l.slots[i] = uint16(len(l.entries))
	}
	if l.text.Len() >= 1<<16 {
		return nil, fmt.Errorf("gazText is %d bytes, too long for its offsets", l.text.Len())
	}
	return l, nil
}

// addPhrase lays out one form: its text, then the same in capitals, word
// by word at the same offsets, then its value unless gazText holds it.
func (l *gazLayout) addPhrase(p *refGazPhrase) error {
	var form, upper strings.Builder
	var bounds []uint8
	for k, w := range p.words {
		if k > 0 {
			form.WriteString(p.seps[k-1])
			upper.WriteString(p.seps[k-1])
		}
		if len(p.upper[k]) != len(w) {
			return fmt.Errorf("%q in capitals, %q, has another length", w, p.upper[k])
		}
		bounds = append(bounds, uint8(form.Len()))
		form.WriteString(w)
		upper.WriteString(p.upper[k])
		bounds = append(bounds, uint8(form.Len()))
	}
	if p.dot {
		form.WriteByte('.')
		upper.WriteByte('.')
	}
	if form.Len() > 255 || len(p.words) > 255 || len(l.bounds) >= 1<<16 || len(l.phrases) >= 1<<16 {
		return fmt.Errorf("form %q too long for the gazetteer's tables", form.String())
	}
	g := gazPhrase{
		form:   uint16(l.text.Len()),
		size:   uint8(form.Len()),
		n:      uint8(len(p.words)),
		bounds: uint16(len(l.bounds)),
		kind:   uint8(p.kind),
	}
	l.bounds = append(l.bounds, bounds...)
	l.text.WriteString(form.String())
	l.text.WriteString(upper.String())
	if i := strings.Index(l.text.String(), p.value); i >= 0 {
		g.value = uint16(i)
	} else {
		g.value = uint16(l.text.Len())
		l.text.WriteString(p.value)
	}
	g.vsize = uint8(len(p.value))
	for _, f := range []struct {
		on   bool
		flag gazFlags
	}{{p.dot, gazDot}, {p.article, gazArticle}, {p.comma, gazComma}, {p.caps, gazCaps}} {
		if f.on {
			g.flags |= f.flag
		}
	}
	l.phrases = append(l.phrases, g)
	return nil
}

// gazetteerTablesSource returns gazetteer_tables.go as it should be.
func gazetteerTablesSource() ([]byte, error) {
	l, err := layOutGazetteer()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by TestGazetteerTablesUpToDate (go generate ./parser); DO NOT EDIT.\n\n")
	b.WriteString("package parser\n\n")
	b.WriteString("// gazText holds each form of the gazetteer, then the same in capitals,\n// and the values no form spells.\n")
	writeStringConst(&b, "gazText", l.text.String())
	b.WriteString("\n// gazBounds holds the start and end of each word of each form, in the form.\n")
	writeInts(&b, "var gazBounds = [...]uint8{", l.bounds, 24)
	b.WriteString("\n// gazPhrases holds the forms of the countries and places, in the tables' order.\n")
	b.WriteString("var gazPhrases = [...]gazPhrase{\n")
	for _, p := range l.phrases {
		fmt.Fprintf(&b, "\t{%d, %d, %d, %d, %d, %d, %#x, %d}, // %s\n",
			p.form, p.size, p.n, p.bounds, p.value, p.vsize, uint8(p.flags), p.kind, l.text.String()[p.form:int(p.form)+int(p.size)])
	}
	b.WriteString("}\n\n")
	b.WriteString("// gazEntries holds the keys of the index, sorted, each with its forms.\n")
	b.WriteString("var gazEntries = [...]gazEntry{\n")
	for _, e := range l.entries {
		fmt.Fprintf(&b, "\t{%d, %d, %d, %d}, // %s\n", e.key, e.size, e.n, e.forms, l.text.String()[e.key:int(e.key)+int(e.size)])
	}
	b.WriteString("}\n\n")
	b.WriteString("// gazForms holds each key's forms, as indexes in gazPhrases, longest first.\n")
	writeInts(&b, "var gazForms = [...]uint16{", l.forms, 16)
	b.WriteString("\n// gazSlots holds 1 + the index in gazEntries of each key that is ASCII,\n// at gazSlot of its foldHash or after it, or 0.\n")
	writeInts(&b, fmt.Sprintf("var gazSlots = [%d]uint16{", len(l.slots)), l.slots, 16)
	b.WriteString("\n// gazOthers holds the indexes in gazEntries of the keys beyond ASCII, in\n// the keys' order.\n")
	writeInts(&b, "var gazOthers = [...]uint16{", l.others, 16)
	b.WriteString("\n// gazFilter holds a bit for each key of the index, lower-cased, at its\n// foldHash, so that most words that begin no name are turned away without\n// a lookup.\n")
	b.WriteString("var gazFilter = [256]uint64{")
	for i, v := range l.filter {
		if i%4 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%#016x,", v)
	}
	b.WriteString("\n}\n")
	return format.Source(b.Bytes())
}

// writeStringConst writes the declaration of a string constant, its text
// cut into lines of 72 bytes or a little less, whole characters each.
func writeStringConst(b *bytes.Buffer, name, text string) {
	fmt.Fprintf(b, "const %s = \"\" +\n", name)
	for len(text) > 0 {
		n := min(len(text), 72)
		for n < len(text) && n > 0 && text[n]&0xc0 == 0x80 {
			n--
		}
		fmt.Fprintf(b, "\t%q", text[:n])
		text = text[n:]
		if len(text) > 0 {
			b.WriteString(" +")
		}
		b.WriteString("\n")
	}
}

// writeInts writes a composite literal of numbers, per line at most.
func writeInts[T uint8 | uint16](b *bytes.Buffer, open string, xs []T, per int) {
	b.WriteString(open)
	for i, x := range xs {
		if i%per == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%d,", x)
	}
	b.WriteString("\n}\n")
}
