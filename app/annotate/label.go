package annotate

import (
	"errors"
	"fmt"
	"strings"
)

// Label is a kind of annotation a user applies, such as "Claim" or "Quote":
// a name, a colour for its highlights and an optional number key (1–9)
// that applies it to the selection.
type Label struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Colour string `json:"colour"`        // "#rrggbb"
	Key    int    `json:"key,omitempty"` // 1–9, or 0 for none
}

// LabelSet is an ordered list of labels. The order is the order of the
// toolbar; number keys are assigned by Normalise.
type LabelSet struct {
	Labels []Label `json:"labels"`
}

// MaxLabelName is the longest label name accepted, in code points.
const MaxLabelName = 60

// Errors returned by LabelSet edits. Test for them with errors.Is.
var (
	ErrNoLabel      = errors.New("no such label")
	ErrLabelName    = errors.New("a label needs a name of 1 to 60 characters")
	ErrLabelExists  = errors.New("a label with that name already exists")
	ErrLabelColour  = errors.New("a label colour must be written #rrggbb")
	ErrLabelInvalid = errors.New("invalid label set")
)

// defaultLabels is the set suited to press releases. Every colour has a
// contrast ratio of at least 3:1 against both a white page and a #121212
// dark page (WCAG's threshold for non-text marks such as underlines and
// borders), and the nine are distinct hues; label_test.go checks both.
var defaultLabels = []Label{
	{ID: "claim", Name: "Claim", Colour: "#d1495b"},
	{ID: "quote", Name: "Quote", Colour: "#3b6fe0"},
	{ID: "commitment", Name: "Commitment", Colour: "#2e9f5b"},
	{ID: "figure", Name: "Figure", Colour: "#c0780b"},
	{ID: "date", Name: "Date/Deadline", Colour: "#9a6bd6"},
	{ID: "person", Name: "Person", Colour: "#d0539a"},
	{ID: "organisation", Name: "Organisation", Colour: "#1f9aa8"},
	{ID: "place", Name: "Place", Colour: "#8a8f1d"},
	{ID: "contact", Name: "Contact", Colour: "#7b8794"},
}

// DefaultLabels returns a fresh copy of the default label set for press
// releases: Claim, Quote, Commitment, Figure, Date/Deadline, Person,
// Organisation, Place and Contact, on keys 1 to 9.
func DefaultLabels() LabelSet {
	ls := LabelSet{Labels: append([]Label(nil), defaultLabels...)}
	ls.Normalise()
	return ls
}

// Clone returns a deep copy of the set.
func (ls LabelSet) Clone() LabelSet {
	return LabelSet{Labels: append([]Label(nil), ls.Labels...)}
}

// Normalise gives the first nine labels the keys 1 to 9, in order, and the
// rest no key.
func (ls *LabelSet) Normalise() {
	for i := range ls.Labels {
		if i < 9 {
			ls.Labels[i].Key = i + 1
		} else {
			ls.Labels[i].Key = 0
		}
	}
}

// Find returns the label with the given ID.
func (ls LabelSet) Find(id string) (Label, bool) {
	if i := ls.index(id); i >= 0 {
		return ls.Labels[i], true
	}
	return Label{}, false
}

// ByKey returns the label on number key k (1–9).
func (ls LabelSet) ByKey(k int) (Label, bool) {
	for _, l := range ls.Labels {
		if l.Key == k && k != 0 {
			return l, true
		}
	}
	return Label{}, false
}

// ByName returns the label with the given name, ignoring case.
func (ls LabelSet) ByName(name string) (Label, bool) {
	name = strings.TrimSpace(name)
	for _, l := range ls.Labels {
		if strings.EqualFold(l.Name, name) {
			return l, true
		}
	}
	return Label{}, false
}

// Name returns the name of the label with the given ID, or the ID itself
// when the label has been deleted, so that exports never lose the tag.
func (ls LabelSet) Name(id string) string {
	if l, ok := ls.Find(id); ok {
		return l.Name
	}
	return id
}

func (ls LabelSet) index(id string) int {
	for i, l := range ls.Labels {
		if l.ID == id {
			return i
		}
	}
	return -1
}

// Add appends a label with the given name and colour (empty for the next
// unused default colour) and returns it.
func (ls *LabelSet) Add(name, colour string) (Label, error) {
	name, err := ls.checkName("", name)
	if err != nil {
		return Label{}, err
	}
	if colour == "" {
		colour = ls.nextColour()
	}
	if colour, err = normColour(colour); err != nil {
		return Label{}, err
	}
	l := Label{ID: ls.newID(name), Name: name, Colour: colour}
	ls.Labels = append(ls.Labels, l)
	ls.Normalise()
	return ls.Labels[len(ls.Labels)-1], nil
}

// Rename changes the name of label id.
func (ls *LabelSet) Rename(id, name string) error {
	i := ls.index(id)
	if i < 0 {
		return fmt.Errorf("%w %q", ErrNoLabel, id)
	}
	name, err := ls.checkName(id, name)
	if err != nil {
		return err
	}
	ls.Labels[i].Name = name
	return nil
}

// Recolour changes the colour of label id.
func (ls *LabelSet) Recolour(id, colour string) error {
	i := ls.index(id)
	if i < 0 {
		return fmt.Errorf("%w %q", ErrNoLabel, id)
	}
	c, err := normColour(colour)
	if err != nil {
		return err
	}
	ls.Labels[i].Colour = c
	return nil
}

// Move puts label id at position to (0-based, clamped) and renumbers keys.
func (ls *LabelSet) Move(id string, to int) error {
	i := ls.index(id)
	if i < 0 {
		return fmt.Errorf("%w %q", ErrNoLabel, id)
	}
	l := ls.Labels[i]
	rest := append(ls.Labels[:i:i], ls.Labels[i+1:]...)
	to = clamp(to, 0, len(rest))
	ls.Labels = append(rest[:to:to], append([]Label{l}, rest[to:]...)...)
	ls.Normalise()
	return nil
}

// Delete removes label id and renumbers keys. Annotations that carry it keep
// its ID; Name then reports the ID, and undoing the deletion restores it.
func (ls *LabelSet) Delete(id string) error {
	i := ls.index(id)
	if i < 0 {
		return fmt.Errorf("%w %q", ErrNoLabel, id)
	}
	ls.Labels = append(ls.Labels[:i:i], ls.Labels[i+1:]...)
	ls.Normalise()
	return nil
}

// Validate checks that every label has a unique ID, a unique name of 1 to
// 60 characters and a #rrggbb colour.
func (ls LabelSet) Validate() error {
	ids := map[string]bool{}
	names := map[string]bool{}
	for i, l := range ls.Labels {
		if l.ID == "" || ids[l.ID] {
			return fmt.Errorf("%w: label %d has a missing or repeated id %q", ErrLabelInvalid, i+1, l.ID)
		}
		ids[l.ID] = true
		n := strings.ToLower(strings.TrimSpace(l.Name))
		if n == "" || len([]rune(n)) > MaxLabelName {
			return fmt.Errorf("%w: label %d: %w", ErrLabelInvalid, i+1, ErrLabelName)
		}
		if names[n] {
			return fmt.Errorf("%w: label %d: %w: %q", ErrLabelInvalid, i+1, ErrLabelExists, l.Name)
		}
		names[n] = true
		if _, err := normColour(l.Colour); err != nil {
			return fmt.Errorf("%w: label %q: %w", ErrLabelInvalid, l.Name, err)
		}
	}
	return nil
}

func (ls LabelSet) checkName(id, name string) (string, error) {
	name = strings.TrimSpace(name)
	if name == "" || len([]rune(name)) > MaxLabelName {
		return "", ErrLabelName
	}
	if l, ok := ls.ByName(name); ok && l.ID != id {
		return "", fmt.Errorf("%w: %q", ErrLabelExists, l.Name)
	}
	return name, nil
}

// newID derives a readable, unused ID from a name.
func (ls LabelSet) newID(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	base := strings.Trim(b.String(), "-")
	if base == "" {
		base = "label"
	}
	id := base
	for n := 2; ls.index(id) >= 0; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// nextColour returns the first default colour no label uses yet, cycling
// when all are taken.
func (ls LabelSet) nextColour() string {
	used := map[string]bool{}
	for _, l := range ls.Labels {
		used[strings.ToLower(l.Colour)] = true
	}
	for _, d := range defaultLabels {
		if !used[d.Colour] {
			return d.Colour
		}
	}
	return defaultLabels[len(ls.Labels)%len(defaultLabels)].Colour
}

// normColour checks a "#rrggbb" (or "#rgb") colour and returns it in lower
// case, six digits.
func normColour(c string) (string, error) {
	c = strings.ToLower(strings.TrimSpace(c))
	if len(c) == 4 && c[0] == '#' {
		c = "#" + string([]byte{c[1], c[1], c[2], c[2], c[3], c[3]})
	}
	if len(c) != 7 || c[0] != '#' {
		return "", fmt.Errorf("%w: %q", ErrLabelColour, c)
	}
	for i := 1; i < 7; i++ {
		if !(c[i] >= '0' && c[i] <= '9' || c[i] >= 'a' && c[i] <= 'f') {
			return "", fmt.Errorf("%w: %q", ErrLabelColour, c)
		}
	}
	return c, nil
}
