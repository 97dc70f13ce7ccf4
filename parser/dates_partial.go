package parser

// partialISODates holds "--MM-DD" for every month and day from 1 to 31,
// seven bytes each, month by month: one string of 2,604 bytes, written
// out by go generate (init_gen.go), which partialISO slices, so that a
// date written without a year costs no allocation.
var partialISODates = partialISODatesText

// partialISO returns the ISO 8601 date "--MM-DD" of a month from 1 to 12
// and a day from 1 to 31.
func partialISO(month, day int) string {
	i := ((month-1)*31 + day - 1) * 7
	return partialISODates[i : i+7]
}
