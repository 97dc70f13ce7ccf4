package parser

// partialISODates holds "--MM-DD" for every month and day from 1 to 31,
// seven bytes each, month by month: one string of 2,604 bytes built at
// start-up, which partialISO slices, so that a date written without a
// year costs no allocation.
var partialISODates = func() string {
	b := make([]byte, 0, 12*31*7)
	for m := 1; m <= 12; m++ {
		for d := 1; d <= 31; d++ {
			b = append(b, '-', '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
		}
	}
	return string(b)
}()

// partialISO returns the ISO 8601 date "--MM-DD" of a month from 1 to 12
// and a day from 1 to 31.
func partialISO(month, day int) string {
	i := ((month-1)*31 + day - 1) * 7
	return partialISODates[i : i+7]
}
