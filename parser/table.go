package parser

// Tables of figures in plain text: the financial statements of earnings
// releases, laid out in columns with runs of spaces. A block of lines most
// of which are such rows is one segment, removed as a table, so that its
// rows are neither unwrapped into a paragraph nor scattered.

// markTables finds the blocks of lines (runs between block starts) that
// are tables, makes each one segment, and returns the source offsets where
// they start.
func markTables(lines []rawLine) map[int]bool {
	var tables map[int]bool
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && !(lines[j].start && lines[j].kind != BlockListItem) {
			j++
		}
		rows := 0
		for k := i; k < j; k++ {
			if tableRow(lines[k].text) {
				rows++
			}
		}
		if rows >= 2 && 2*rows >= j-i {
			for k := i; k < j; k++ {
				lines[k].whole, lines[k].kind = true, BlockParagraph
				lines[k].start = k == i
			}
			lines[i].start = true
			if tables == nil {
				tables = map[int]bool{}
			}
			tables[lines[i].src.Start] = true
		}
		i = j
	}
	return tables
}

// tableRow reports whether s is a row of figures: after some text, at
// least two columns set off by runs of spaces or tabs that hold numbers,
// or one such column at the end of the line.
func tableRow(s string) bool {
	s = trimSpace(s)
	cols := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			continue
		}
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if (j-i >= 2 || s[i] == '\t') && j < len(s) && figure(s[j:]) {
			cols++
		}
		i = j
	}
	if cols >= 2 {
		return true
	}
	if cols == 1 && s != "" {
		c := s[len(s)-1]
		return isDigit(c) || c == ')' || c == '%'
	}
	return false
}

// figure reports whether s opens with a number: digits, a currency sign,
// a bracketed negative or a dash standing for zero.
func figure(s string) bool {
	for i := 0; i < len(s) && i < 3; i++ {
		switch c := s[i]; {
		case isDigit(c):
			return true
		case c == '$' || c == '(' || c == '-' || c == '.':
			continue
		default:
			return false
		}
	}
	return s == "-" || len(s) > 1 && s[0] == '-' && (s[1] == ' ' || s[1] == '\t')
}
