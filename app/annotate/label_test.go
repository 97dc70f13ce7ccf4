package annotate

import (
	"errors"
	"math"
	"strconv"
	"testing"
)

func luminance(hex string) float64 {
	v, _ := strconv.ParseUint(hex[1:], 16, 32)
	lin := func(c uint64) float64 {
		x := float64(c) / 255
		if x <= 0.03928 {
			return x / 12.92
		}
		return math.Pow((x+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(v>>16) + 0.7152*lin(v>>8&255) + 0.0722*lin(v&255)
}

func contrast(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	return (a + 0.05) / (b + 0.05)
}

func TestDefaultLabels(t *testing.T) {
	ls := DefaultLabels()
	want := []string{"Claim", "Quote", "Commitment", "Figure", "Date/Deadline", "Person", "Organisation", "Place", "Contact"}
	if len(ls.Labels) != len(want) {
		t.Fatalf("%d labels", len(ls.Labels))
	}
	if err := ls.Validate(); err != nil {
		t.Fatal(err)
	}
	white, dark := luminance("#ffffff"), luminance("#121212")
	for i, l := range ls.Labels {
		if l.Name != want[i] || l.Key != i+1 {
			t.Errorf("label %d = %+v, want %s on key %d", i, l, want[i], i+1)
		}
		// Usable as a mark's underline or border in light and dark mode.
		if c := contrast(luminance(l.Colour), white); c < 3 {
			t.Errorf("%s %s: contrast %.2f on white, want ≥ 3", l.Name, l.Colour, c)
		}
		if c := contrast(luminance(l.Colour), dark); c < 3 {
			t.Errorf("%s %s: contrast %.2f on #121212, want ≥ 3", l.Name, l.Colour, c)
		}
		for _, m := range ls.Labels[:i] {
			if d := colourDistance(l.Colour, m.Colour); d < 60 {
				t.Errorf("%s and %s look alike (distance %.0f)", l.Name, m.Name, d)
			}
		}
	}
	// A fresh copy each time.
	ls.Labels[0].Name = "Changed"
	if DefaultLabels().Labels[0].Name != "Claim" {
		t.Error("DefaultLabels shares its slice")
	}
}

func colourDistance(a, b string) float64 {
	x, _ := strconv.ParseUint(a[1:], 16, 32)
	y, _ := strconv.ParseUint(b[1:], 16, 32)
	var sum float64
	for shift := 0; shift <= 16; shift += 8 {
		d := float64(int(x>>shift&255) - int(y>>shift&255))
		sum += d * d
	}
	return math.Sqrt(sum)
}

func TestLabelSetEdits(t *testing.T) {
	ls := DefaultLabels()
	l, err := ls.Add("Risk", "")
	if err != nil {
		t.Fatal(err)
	}
	if l.ID != "risk" || l.Key != 0 || l.Colour == "" {
		t.Errorf("added %+v: want id risk, no key (10th label), a colour", l)
	}
	if _, err := ls.Add(" risk ", "#fff"); !errors.Is(err, ErrLabelExists) {
		t.Errorf("duplicate name: %v", err)
	}
	if _, err := ls.Add("", "#fff"); !errors.Is(err, ErrLabelName) {
		t.Errorf("empty name: %v", err)
	}
	if _, err := ls.Add("Bad colour", "red"); !errors.Is(err, ErrLabelColour) {
		t.Errorf("bad colour: %v", err)
	}
	if err := ls.Rename("claim", "Assertion"); err != nil {
		t.Fatal(err)
	}
	if err := ls.Rename("claim", "Quote"); !errors.Is(err, ErrLabelExists) {
		t.Errorf("rename onto another name: %v", err)
	}
	if err := ls.Recolour("claim", "#ABC"); err != nil {
		t.Fatal(err)
	}
	if c, _ := ls.Find("claim"); c.Name != "Assertion" || c.Colour != "#aabbcc" {
		t.Errorf("after rename and recolour: %+v", c)
	}
	if err := ls.Move("risk", 0); err != nil {
		t.Fatal(err)
	}
	if k, _ := ls.ByKey(1); k.ID != "risk" {
		t.Errorf("key 1 = %+v after moving risk first", k)
	}
	if k, _ := ls.ByKey(9); k.ID != "place" {
		t.Errorf("key 9 = %+v, want place", k)
	}
	if err := ls.Delete("quote"); err != nil {
		t.Fatal(err)
	}
	if _, ok := ls.Find("quote"); ok || ls.Name("quote") != "quote" {
		t.Error("deleted label still found, or its name lost")
	}
	if err := ls.Delete("nope"); !errors.Is(err, ErrNoLabel) {
		t.Errorf("deleting a missing label: %v", err)
	}
	if k, _ := ls.ByKey(9); k.ID != "contact" {
		t.Errorf("key 9 = %+v after a deletion, want contact", k)
	}
	if l, ok := ls.ByName("ASSERTION"); !ok || l.ID != "claim" {
		t.Error("ByName ignores case")
	}
	if err := ls.Validate(); err != nil {
		t.Error(err)
	}
	bad := LabelSet{Labels: []Label{{ID: "a", Name: "A", Colour: "#000000"}, {ID: "a", Name: "B", Colour: "#000000"}}}
	if err := bad.Validate(); !errors.Is(err, ErrLabelInvalid) {
		t.Errorf("repeated id: %v", err)
	}
}
