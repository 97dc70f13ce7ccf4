package main

import (
	"encoding/binary"
	"errors"
)

// wasmFuncSizes reads a WebAssembly module and returns the size in bytes of
// each function body, by the function's name from the module's "name"
// section. Go's toolchain has no nm for wasm, so this is how app.wasm's
// code is attributed to packages. Data segments are not attributed.
func wasmFuncSizes(mod []byte) (map[string]int, error) {
	if len(mod) < 8 || string(mod[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly module")
	}
	r := wasmReader{b: mod[8:]}
	var imported int
	var bodies []int
	names := map[int]string{}
	for len(r.b) > 0 {
		id := r.byte()
		size := r.uint()
		sec := wasmReader{b: r.take(size)}
		switch id {
		case 2: // imports: count the imported functions, which come first in the index space
			for n := sec.uint(); n > 0 && sec.err == nil; n-- {
				sec.take(sec.uint()) // module
				sec.take(sec.uint()) // field
				switch sec.byte() {
				case 0: // function
					sec.uint()
					imported++
				case 1: // table
					sec.byte()
					sec.limits()
				case 2: // memory
					sec.limits()
				case 3: // global
					sec.byte()
					sec.byte()
				}
			}
		case 10: // code
			for n := sec.uint(); n > 0 && sec.err == nil; n-- {
				size := sec.uint()
				sec.take(size)
				bodies = append(bodies, size)
			}
		case 0: // custom
			if string(sec.take(sec.uint())) != "name" {
				continue
			}
			for len(sec.b) > 0 && sec.err == nil {
				sub := sec.byte()
				body := wasmReader{b: sec.take(sec.uint())}
				if sub != 1 {
					continue
				}
				for n := body.uint(); n > 0 && body.err == nil; n-- {
					idx := body.uint()
					names[idx] = string(body.take(body.uint()))
				}
			}
		}
		if r.err == nil {
			r.err = sec.err
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	sizes := make(map[string]int, len(bodies))
	for i, n := range bodies {
		name, ok := names[imported+i]
		if !ok {
			name = "unnamed"
		}
		sizes[name] += n
	}
	return sizes, nil
}

// wasmReader reads the LEB128-encoded values of a WebAssembly module.
type wasmReader struct {
	b   []byte
	err error
}

var errTruncated = errors.New("truncated WebAssembly module")

func (r *wasmReader) byte() byte {
	if len(r.b) == 0 {
		r.err = errTruncated
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *wasmReader) uint() int {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errTruncated
		r.b = nil
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *wasmReader) take(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.err = errTruncated
		r.b = nil
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *wasmReader) limits() {
	if r.byte()&1 == 1 {
		r.uint()
	}
	r.uint()
}
