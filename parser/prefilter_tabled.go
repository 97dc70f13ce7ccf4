package parser

import "slices"

//go:generate go test -run ^TestFilterTablesUpToDate$ . -args -update-filter-tables

// tabledStartFilter returns the filter of pattern as prefilter_tables.go
// holds it, written at build time from the patterns of the cues and the
// lazy expressions (TestFilterTablesUpToDate builds them all again and fails
// when the file differs). A pattern it does not hold — one changed since
// the file was written — is reported absent, and its filter is built at
// run time: the table can make a first parse slow, never wrong.
func tabledStartFilter(pattern string) (startFilter, bool) {
	i, ok := slices.BinarySearch(filterTablePatterns[:], pattern)
	if !ok {
		return startFilter{}, false
	}
	return filterTable[i], true
}
