//go:build !wasm

package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestMaskableSafeZone checks that the maskable icon is opaque everywhere
// and draws its mark inside the safe zone, the centred circle of radius 40%
// that every mask shape keeps.
func TestMaskableSafeZone(t *testing.T) {
	const size = 128
	img := render(iconLayers(maskableScale, true), size)
	for y := range size {
		for x := range size {
			c := img.NRGBAAt(x, y)
			if c.A != 0xff {
				t.Fatalf("pixel (%d,%d) is not opaque: %v", x, y, c)
			}
			dx, dy := (float64(x)+0.5)/size-0.5, (float64(y)+0.5)/size-0.5
			if math.Hypot(dx, dy) > 0.40 && c != inkRGBA {
				t.Fatalf("pixel (%d,%d), outside the safe zone, is %v, not the background", x, y, c)
			}
		}
	}
}

// TestIconShape checks the ordinary icon: transparent rounded corners, an
// opaque body.
func TestIconShape(t *testing.T) {
	img := render(iconLayers(1, false), 64)
	if a := img.NRGBAAt(0, 0).A; a != 0 {
		t.Errorf("corner alpha = %d, want 0 (rounded corners)", a)
	}
	if a := img.NRGBAAt(32, 4).A; a != 0xff {
		t.Errorf("edge alpha = %d, want opaque", a)
	}
}

// TestIconsUpToDate checks that the icons committed in web/ are what
// "pressmark icons" draws.
func TestIconsUpToDate(t *testing.T) {
	dir := t.TempDir()
	if err := runIcons([]string{dir}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{iconDefault, iconLarge, iconMaskable, iconSVG} {
		want, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("..", "web", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("web/%s differs from what the generator draws: run go run ./app icons", name)
		}
	}
}
