//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// The app's colours: the theme colour is the ink of the icon's background,
// the marker is the highlighter stripe across the document.
const (
	themeColor      = "#1f3a5f"
	backgroundColor = "#1f3a5f"
)

var (
	inkRGBA    = color.NRGBA{0x1f, 0x3a, 0x5f, 0xff}
	paperRGBA  = color.NRGBA{0xfb, 0xfa, 0xf6, 0xff}
	foldRGBA   = color.NRGBA{0xd9, 0xd4, 0xc7, 0xff}
	lineRGBA   = color.NRGBA{0x9a, 0xa5, 0xb4, 0xff}
	markerRGBA = color.NRGBA{0xff, 0xcf, 0x3f, 0xff}
)

// The icon files, relative to web/. They are assets committed with the
// repository; "pressmark icons" redraws them.
const (
	iconDefault  = "icon-192.png"
	iconLarge    = "icon-512.png"
	iconMaskable = "icon-maskable-512.png"
	iconSVG      = "icon.svg"
)

// maskableScale shrinks the mark of the maskable icon into its safe zone.
const maskableScale = 0.85

// shape is one filled figure of the icon, in a unit square whose origin is
// the top-left corner.
type shape interface {
	contains(x, y float64) bool
	svg(fill string) string
}

// rrect is a rectangle with rounded corners of radius r.
type rrect struct{ x0, y0, x1, y1, r float64 }

func (s rrect) contains(x, y float64) bool {
	if x < s.x0 || x >= s.x1 || y < s.y0 || y >= s.y1 {
		return false
	}
	cx := math.Max(s.x0+s.r, math.Min(x, s.x1-s.r))
	cy := math.Max(s.y0+s.r, math.Min(y, s.y1-s.r))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= s.r*s.r
}

func (s rrect) svg(fill string) string {
	return fmt.Sprintf(`<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s"/>`,
		num(s.x0), num(s.y0), num(s.x1-s.x0), num(s.y1-s.y0), num(s.r), fill)
}

// polygon is a convex polygon with its vertices in clockwise order (y down).
type polygon []point

// point is a vertex in the unit square.
type point struct{ X, Y float64 }

func (p polygon) contains(x, y float64) bool {
	for i := range p {
		a, b := p[i], p[(i+1)%len(p)]
		if (b.X-a.X)*(y-a.Y)-(b.Y-a.Y)*(x-a.X) < 0 {
			return false
		}
	}
	return true
}

func (p polygon) svg(fill string) string {
	pts := make([]string, len(p))
	for i, v := range p {
		pts[i] = num(v.X) + "," + num(v.Y)
	}
	return fmt.Sprintf(`<polygon points="%s" fill="%s"/>`, strings.Join(pts, " "), fill)
}

// layer is a shape and its colour; an icon is painted layer over layer.
type layer struct {
	shape shape
	color color.NRGBA
}

// iconLayers draws the mark: a sheet of paper with a folded corner, lines of
// text and one line struck through with a highlighter. The glyph is scaled by
// k around the centre (1 for ordinary icons; smaller for the maskable one, so
// that it fits the safe zone), on a background that is a rounded square, or
// the full square when full is set (maskable icons are cut by the system).
func iconLayers(k float64, full bool) []layer {
	t := func(v float64) float64 { return 0.5 + (v-0.5)*k }
	bg := rrect{0, 0, 1, 1, 0.22}
	if full {
		bg.r = 0
	}
	const (
		px0, py0, px1, py1 = 0.27, 0.18, 0.73, 0.82 // the sheet
		fold               = 0.13
	)
	ls := []layer{
		{bg, inkRGBA},
		{polygon{
			{X: t(px0), Y: t(py0)}, {X: t(px1 - fold), Y: t(py0)}, {X: t(px1), Y: t(py0 + fold)},
			{X: t(px1), Y: t(py1)}, {X: t(px0), Y: t(py1)},
		}, paperRGBA},
		{polygon{
			{X: t(px1 - fold), Y: t(py0)}, {X: t(px1), Y: t(py0 + fold)}, {X: t(px1 - fold), Y: t(py0 + fold)},
		}, foldRGBA},
	}
	bar := func(x0, y, x1, h float64, c color.NRGBA) layer {
		return layer{rrect{t(x0), t(y - h/2), t(x1), t(y + h/2), h * k / 2}, c}
	}
	ls = append(ls,
		bar(0.33, 0.40, 0.60, 0.035, lineRGBA),
		bar(0.305, 0.515, 0.695, 0.08, markerRGBA),
		bar(0.33, 0.515, 0.67, 0.035, inkRGBA),
		bar(0.33, 0.63, 0.67, 0.035, lineRGBA),
		bar(0.33, 0.72, 0.55, 0.035, lineRGBA),
	)
	return ls
}

// render paints the layers into a size×size image, with 4×4 supersampling
// for smooth edges.
func render(ls []layer, size int) *image.NRGBA {
	const ss = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := range size {
		for px := range size {
			var r, g, b, a float64 // premultiplied sums
			for sy := range ss {
				for sx := range ss {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					var c color.NRGBA
					for _, l := range ls {
						if l.shape.contains(x, y) {
							c = l.color
						}
					}
					al := float64(c.A) / 255
					r += float64(c.R) * al
					g += float64(c.G) * al
					b += float64(c.B) * al
					a += al
				}
			}
			if a == 0 {
				continue
			}
			img.SetNRGBA(px, py, color.NRGBA{
				R: uint8(math.Round(r / a)), G: uint8(math.Round(g / a)), B: uint8(math.Round(b / a)),
				A: uint8(math.Round(a / (ss * ss) * 255)),
			})
		}
	}
	return img
}

// iconSVGText is the same mark as a scalable SVG document.
func iconSVGText(ls []layer) string {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1" width="512" height="512">` + "\n")
	for _, l := range ls {
		hex := fmt.Sprintf("#%02x%02x%02x", l.color.R, l.color.G, l.color.B)
		b.WriteString(l.shape.svg(hex) + "\n")
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// runIcons implements "pressmark icons [DIR]": it draws the app's icons into
// DIR (web by default).
func runIcons(args []string) error {
	dir := "web"
	if len(args) > 0 {
		dir = args[0]
	}
	files := map[string]func() ([]byte, error){
		iconDefault:  func() ([]byte, error) { return encodePNG(render(iconLayers(1, false), 192)) },
		iconLarge:    func() ([]byte, error) { return encodePNG(render(iconLayers(1, false), 512)) },
		iconMaskable: func() ([]byte, error) { return encodePNG(render(iconLayers(maskableScale, true), 512)) },
		iconSVG:      func() ([]byte, error) { return []byte(iconSVGText(iconLayers(1, false))), nil },
	}
	for name, draw := range files {
		data, err := draw()
		if err != nil {
			return fmt.Errorf("drawing %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func encodePNG(img image.Image) ([]byte, error) {
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	err := enc.Encode(&b, img)
	return b.Bytes(), err
}

// num formats a coordinate for SVG without needless digits.
func num(v float64) string {
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".")
}
