package parser

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"maps"
	"math/bits"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// Tables derived from the package's word lists, which the package used to
// build at start-up, are written out by go generate in init_tables.go, and
// the variables that held them are initialised from the written tables:
// data the linker lays out, which costs the browser nothing at start-up.
// The builders stay here, and the tests check every table against its
// builder.

var updateInitTables = flag.Bool("update-init-tables", false, "rewrite "+initTablesFile)

const initTablesFile = "init_tables.go"

// initTable is one table of init_tables.go: its name there, the variable
// initialised from it and the builder that made it at start-up.
type initTable struct {
	name  string // in init_tables.go
	doc   string
	built any // what the builder returns
	held  any // what the package's variable holds
}

// initTables lists the tables of init_tables.go, in its order.
func initTables() []initTable {
	return []initTable{
		{"honorificShapesTable", "the shapes of honorifics (honorificShapes)", *shapesOf(wordMap(honorifics)), *honorificShapes},
		{"speechShapesTable", "the shapes of speechVerbs (speechShapes)", *shapesOf(wordMap(speechVerbs)), *speechShapes},
		{"peopleCueShapesTable", "the shapes of the words findPeopleNamed looks for in any case (peopleCueShapes)", *buildPeopleCueShapes(), *peopleCueShapes},
		{"cueShapesTable", "the shapes of every word that may take tkMonth or tkPersonCue (cueShapes)", *buildCueShapes(), cueShapes},
		{"orgCueShapesTable", "the shapes of orgCues (orgCueShapes)", *shapesOf(buildOrgCues()), *orgCueShapes},
		{"roleFilterTable", "the filter of roleWords (roleFilter)", newWordFilter(wordMap(roleWords)), roleFilter},
		{"orgCueFilterTable", "the filter of orgCues (orgCueFilter)", newWordFilter(buildOrgCues()), orgCueFilter},
		{"stopASCIITable", "the ASCII stopwords with their languages (stopASCII)", *buildStopASCII(), *stopASCII},
		{"tokFirstTable", "the bits a word takes from its first byte (tokFirst)", buildTokFirst(), tokFirst},
		{"asciiWordByteTable", "the ASCII letters and digits (asciiWordByte)", buildASCIIWordByte(), asciiWordByte},
		{"monthStemsTable", "the first three letters of the words of monthLex (monthStems)", buildMonthStems(), monthStems},
		{"monthInitialsTable", "the first letters of the words of monthLex (monthInitials)", buildMonthInitials(), monthInitials},
		{"stopASCIILongest", "the length of the longest ASCII stopword (stopASCIIMax)", buildStopASCIIMax(), stopASCIIMax},
		{"stopIndexWords", "the stopwords, sorted (stopIndex)", sortedKeys(buildStopIndex()), stopIndex.keys},
		{"stopIndexLangs", "the languages of each of stopIndexWords (stopIndex)", sortedValues(buildStopIndex()), stopIndex.vals},
		{"orgCueWords", "the organisation cue words, sorted (orgCues)", sortedKeys(buildOrgCues()), orgCues.keys},
		{"orgCueKinds", "the kinds of each of orgCueWords (orgCues)", sortedValues(buildOrgCues()), orgCues.vals},
		{"orgCueSlots", "1 + the index in orgCueWords of each word at or after hashedSlot of its foldHash, or 0 (orgCues)", hashedSlots(sortedKeys(buildOrgCues())), orgCues.slots},
		{"stopLongest", "the length in bytes of the longest stopword (stopMaxLen)", buildStopMaxLen(), stopMaxLen},
		{"monthLexWords", "the words of monthWords and foreignMonths, sorted (monthLex)", sortedKeys(buildMonthLex()), monthLex.keys},
		{"monthLexBits", "englishMonth and the month's number in foreignMonths of each of monthLexWords (monthLex)", sortedValues(buildMonthLex()), monthLex.vals},
		{"monthLexSlots", "1 + the index in monthLexWords of each ASCII word at or after hashedSlot of its foldHash, or 0 (monthLex)", hashedSlots(sortedKeys(buildMonthLex())), monthLex.slots},
		{"dateWordPairsTable", "the first two letters of the month and weekday words (dateWordPairs)", buildDateWordPairs(), dateWordPairs},
		{"partialISODatesText", "\"--MM-DD\" for every month and day from 1 to 31 (partialISODates)", buildPartialISODates(), partialISODates},
		{"wordSetFilterTable", "the filter of every wordList (wordSetFilter)", buildWordSetFilter(), wordSetFilter},
	}
}

// wordMap returns the words of l as the map the builders take.
func wordMap(l wordList) map[string]bool {
	m := make(map[string]bool, len(l))
	for _, w := range l {
		m[w] = true
	}
	return m
}

// buildWordSetFilter is wordSetFilter as the word sets filled it at
// start-up, from every wordList of the package's source.
func buildWordSetFilter() (f [256]uint64) {
	lists, err := wordListsInSource()
	if err != nil {
		panic(err)
	}
	for _, l := range lists {
		for _, w := range l {
			if h, ok := foldHash(w); ok {
				f[h>>6%uint32(len(f))] |= 1 << (h & 63)
			}
		}
	}
	return f
}

// wordListsInSource returns the words of every package-level wordList
// written in the package's source (its files other than tests), by name.
func wordListsInSource() (map[string][]string, error) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	lists := map[string][]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, v := range vs.Values {
					lit, ok := v.(*ast.CompositeLit)
					if !ok {
						continue
					}
					if id, ok := lit.Type.(*ast.Ident); !ok || id.Name != "wordList" {
						continue
					}
					var words []string
					for _, e := range lit.Elts {
						b, ok := e.(*ast.BasicLit)
						if !ok || b.Kind != token.STRING {
							return nil, fmt.Errorf("%s: %s holds more than string literals", name, vs.Names[i].Name)
						}
						w, err := strconv.Unquote(b.Value)
						if err != nil {
							return nil, err
						}
						words = append(words, w)
					}
					lists[vs.Names[i].Name] = words
				}
			}
		}
	}
	return lists, nil
}

// TestWordListsSorted checks that every wordList of the source is sorted
// in byte order without repeats, as has needs, and all ASCII, as
// wordSetFilter needs, and that the lists read from the source are those
// the package holds.
func TestWordListsSorted(t *testing.T) {
	lists, err := wordListsInSource()
	if err != nil {
		t.Fatal(err)
	}
	held := map[string]wordList{
		"roleWords": roleWords, "orgSuffixes": orgSuffixes, "orgHeads": orgHeads, "businessWords": businessWords,
		"labelWords": labelWords, "titleCaseSmallWords": titleCaseSmallWords, "orgJoinWords": orgJoinWords,
		"stopWords": stopWords, "monthsAndDays": monthsAndDays, "legalSuffixes": legalSuffixes,
		"stockExchanges": stockExchanges, "speechVerbs": speechVerbs, "honorifics": honorifics,
	}
	if len(lists) < len(held) {
		t.Errorf("%d word lists in the source, want at least %d", len(lists), len(held))
	}
	for name, words := range lists {
		for _, w := range words {
			if !isASCII(w) {
				t.Errorf("%s: %q is not ASCII, which wordSetFilter and inSet rely on", name, w)
			}
		}
		for i := 1; i < len(words); i++ {
			if words[i-1] >= words[i] {
				t.Errorf("%s: %q before %q: not sorted, or repeated", name, words[i-1], words[i])
			}
		}
		if l, ok := held[name]; ok && !slices.Equal(l, words) {
			t.Errorf("%s: the package holds %q, the source %q", name, l, words)
		}
	}
}

// TestInitTablesUpToDate writes init_tables.go from the builders and fails
// when the file says anything else: the tables can never go stale
// unnoticed. With -update-init-tables (go generate) it rewrites the file.
func TestInitTablesUpToDate(t *testing.T) {
	src, err := initTablesSource()
	if err != nil {
		t.Fatal(err)
	}
	checkGenerated(t, initTablesFile, src, *updateInitTables)
}

// TestInitTablesSameAsBuilders checks that each variable initialised from
// init_tables.go holds what its builder builds.
func TestInitTablesSameAsBuilders(t *testing.T) {
	for _, tb := range initTables() {
		if !reflect.DeepEqual(tb.built, tb.held) {
			t.Errorf("%s differs from what its builder builds", tb.name)
		}
	}
}

// initTablesSource returns init_tables.go as it should be.
func initTablesSource() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("// Code generated by TestInitTablesUpToDate (go generate ./parser); DO NOT EDIT.\n\n")
	b.WriteString("package parser\n")
	for _, tb := range initTables() {
		fmt.Fprintf(&b, "\n// %s holds %s.\n", tb.name, tb.doc)
		switch v := reflect.ValueOf(tb.built); {
		case v.Kind() == reflect.String:
			writeStringConst(&b, tb.name, v.String())
			continue
		case v.CanInt():
			fmt.Fprintf(&b, "const %s = %d\n", tb.name, v.Int())
			continue
		case v.CanUint():
			fmt.Fprintf(&b, "const %s = %#x\n", tb.name, v.Uint())
			continue
		}
		fmt.Fprintf(&b, "var %s = ", tb.name)
		if err := writeGoValue(&b, reflect.ValueOf(tb.built), ""); err != nil {
			return nil, fmt.Errorf("%s: %w", tb.name, err)
		}
		b.WriteString("\n")
	}
	return format.Source(b.Bytes())
}

// writeGoValue writes v as a Go composite literal of its type: a struct of
// arrays, or an array or slice of numbers, booleans, strings or slices of
// numbers; an array's zero elements are left out.
func writeGoValue(b *bytes.Buffer, v reflect.Value, indent string) error {
	switch v.Kind() {
	case reflect.Struct:
		fmt.Fprintf(b, "%s{\n", v.Type().Name())
		for i := range v.NumField() {
			fmt.Fprintf(b, "%s\t%s: ", indent, v.Type().Field(i).Name)
			if err := writeGoValue(b, v.Field(i), indent+"\t"); err != nil {
				return err
			}
			b.WriteString(",\n")
		}
		fmt.Fprintf(b, "%s}", indent)
	case reflect.Array, reflect.Slice:
		switch {
		case v.Type().Name() != "":
			fmt.Fprintf(b, "%s{", v.Type().Name())
		case v.Kind() == reflect.Slice:
			fmt.Fprintf(b, "%s{", localName(v.Type()))
		default:
			fmt.Fprintf(b, "[%d]%s{", v.Len(), localName(v.Type().Elem()))
		}
		n := 0
		for i := range v.Len() {
			e := v.Index(i)
			dense := v.Kind() == reflect.Slice // its length is its last element's
			if e.IsZero() && !dense {
				continue
			}
			if n%6 == 0 {
				fmt.Fprintf(b, "\n%s\t", indent)
			} else {
				b.WriteString(" ")
			}
			n++
			switch e.Kind() {
			case reflect.Bool:
				fmt.Fprintf(b, "%d: true,", i)
			case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				if !dense {
					fmt.Fprintf(b, "%d: ", i)
				}
				fmt.Fprintf(b, "%#x,", e.Uint())
			case reflect.String:
				fmt.Fprintf(b, "%q,", e.String())
			case reflect.Slice: // of numbers, its type elided
				b.WriteString("{")
				for k := range e.Len() {
					if k > 0 {
						b.WriteString(", ")
					}
					fmt.Fprint(b, e.Index(k).Interface())
				}
				b.WriteString("},")
			default:
				return fmt.Errorf("cannot write a %s", e.Kind())
			}
		}
		if n > 0 {
			fmt.Fprintf(b, "\n%s", indent)
		}
		b.WriteString("}")
	default:
		return fmt.Errorf("cannot write a %s", v.Kind())
	}
	return nil
}

// localName returns the name of t as this package writes it.
func localName(t reflect.Type) string {
	return strings.ReplaceAll(t.String(), "parser.", "")
}

// buildPeopleCueShapes is how peopleCueShapes was built at start-up.
func buildPeopleCueShapes() *shapeSet { return shapesOf(peopleCueWords()) }

// peopleCueWords returns the words findPeopleNamed looks for in lower
// case as well as capitalised.
func peopleCueWords() map[string]bool {
	words := map[string]bool{"according": true}
	for _, w := range speechVerbs {
		words[w] = true
	}
	for _, w := range introWords {
		words[w] = true
	}
	return words
}

// buildCueShapes is how cueShapes was built at start-up.
func buildCueShapes() *shapeSet {
	words := peopleCueWords()
	for _, m := range monthNames {
		words[m], words[m[:3]], words[m[:min(4, len(m))]] = true, true, true
	}
	for w := range buildMonthLex() {
		words[w] = true
	}
	return shapesOf(words)
}

// buildStopASCII is how stopASCII was built at start-up.
func buildStopASCII() *wordTable {
	t := &wordTable{}
	for l, lang := range stopLangs {
		for _, w := range stopwords[lang] {
			if k, ok := packASCIIWord(w); ok {
				t.add(k, 1<<l)
			}
		}
	}
	return t
}

// buildTokFirst is how tokFirst was built at start-up.
func buildTokFirst() (t [256]tokClass) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = tkUpper | tkASCIIUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = tokSlow
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = tkNonASCII | tokSlow
	}
	return t
}

// buildASCIIWordByte is how asciiWordByte was built at start-up.
func buildASCIIWordByte() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = ctLetter(byte(c)) || isPhoneDigit(byte(c))
	}
	return t
}

// buildMonthStems is how monthStems was built at start-up.
func buildMonthStems() (set [27*27*27/64 + 1]uint64) {
	for w := range buildMonthLex() {
		if k, ok := stemKey(w); ok {
			set[k>>6] |= 1 << (k & 63)
		}
	}
	return set
}

// buildMonthInitials is how monthInitials was computed at start-up.
func buildMonthInitials() (set uint32) {
	for w := range buildMonthLex() {
		set |= 1 << (w[0] - 'a')
	}
	return set
}

// buildStopASCIIMax is how stopASCIIMax was computed at start-up.
func buildStopASCIIMax() int {
	n := 0
	for _, lang := range stopLangs {
		for _, w := range stopwords[lang] {
			if isASCII(w) {
				n = max(n, len(w))
			}
		}
	}
	return n
}

// buildStopIndex is how stopIndex was built at start-up.
func buildStopIndex() map[string][]int {
	index := map[string][]int{}
	for l, lang := range stopLangs {
		for _, w := range stopwords[lang] {
			index[w] = append(index[w], l)
		}
	}
	return index
}

// buildStopMaxLen is how stopMaxLen was computed at start-up.
func buildStopMaxLen() int {
	longest := 0
	for _, lang := range stopLangs {
		for _, w := range stopwords[lang] {
			longest = max(longest, len(w))
		}
	}
	return longest
}

// sortedKeys returns the keys of index, sorted, as a sortedIndex holds
// them.
func sortedKeys[V any](index map[string]V) []string {
	return slices.Sorted(maps.Keys(index))
}

// sortedValues returns the values of index in the order of its keys,
// sorted, as a sortedIndex holds them.
func sortedValues[V any](index map[string]V) []V {
	var vs []V
	for _, w := range sortedKeys(index) {
		vs = append(vs, index[w])
	}
	return vs
}

// hashedSlots lays out the slots of a hashedIndex of keys, at most a
// quarter full; the keys beyond ASCII have none.
func hashedSlots(keys []string) []uint8 {
	if len(keys) > 255 {
		panic("too many keys for a hashedIndex")
	}
	slots := make([]uint8, 1<<bits.Len(uint(4*len(keys))))
	for k, w := range keys {
		h, ok := foldHash(w)
		if !ok {
			continue
		}
		i := hashedSlot(h, len(slots))
		for slots[i] != 0 {
			i = (i + 1) & uint32(len(slots)-1)
		}
		slots[i] = uint8(k + 1)
	}
	return slots
}

// buildOrgCues is how orgCues was built at start-up.
func buildOrgCues() map[string]uint8 {
	m := map[string]uint8{}
	for bit, set := range [...]wordList{orgHeads, orgSuffixes, legalSuffixes, stockExchanges} {
		for _, w := range set {
			m[w] |= 1 << bit
		}
	}
	return m
}

// buildPartialISODates is how partialISODates was built at start-up.
func buildPartialISODates() string {
	b := make([]byte, 0, 12*31*7)
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			b = append(b, '-', '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
		}
	}
	return string(b)
}

// buildMonthLex is how monthLex was built at start-up.
func buildMonthLex() map[string]uint8 {
	m := make(map[string]uint8, len(monthWords)+len(foreignMonths))
	for w := range monthWords {
		m[w] |= englishMonth
	}
	for w, n := range foreignMonths {
		m[w] |= uint8(n)
	}
	return m
}

// buildDateWordPairs is how dateWordPairs was built at start-up.
func buildDateWordPairs() (t [26]uint32) {
	for _, m := range []map[string]bool{monthWords, weekdayForms} {
		for w := range m {
			t[w[0]-'a'] |= 1 << (w[1] - 'a')
		}
	}
	return t
}

// TestWeekdayFormsAsBuilt checks weekdayForms, written out, against the
// loop that built it: each short form, and it with "day".
func TestWeekdayFormsAsBuilt(t *testing.T) {
	m := map[string]bool{}
	for _, w := range []string{"mon", "tue", "tues", "wed", "wednes", "thu", "thur", "thurs", "fri", "sat", "satur", "sun"} {
		m[w], m[w+"day"] = true, true
	}
	if !maps.Equal(m, weekdayForms) {
		t.Errorf("weekdayForms = %v, want %v", weekdayForms, m)
	}
}
