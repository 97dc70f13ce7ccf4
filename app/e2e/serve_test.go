//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeCommand runs "pressmark serve", what make run starts, and loads
// the app from it: it shows the sample, parses a paste, and its policy
// (sent as a header there) blocks nothing the app does.
func TestServeCommand(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()

	cmd := exec.Command(pressmarkBin, "serve", "-addr", addr)
	cmd.Dir = repoRoot
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	url := "http://" + addr + "/"
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(url)
		if err == nil {
			res.Body.Close()
			if res.Header.Get("Content-Security-Policy") == "" {
				t.Error("serve sends no Content-Security-Policy header")
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("pressmark serve did not answer on %s: %v", addr, err)
		}
		time.Sleep(100 * time.Millisecond)
	}

	ctx := newPage(t)
	recordViolations(t, ctx)
	open(t, ctx, url)
	waitTitle(t, ctx, sampleTitle)
	paste(t, ctx, "", wireRelease)
	waitTitle(t, ctx, wireTitle)
	if v := eval[[]string](t, ctx, `window.__csp`); len(v) > 0 {
		t.Errorf("the served app violates its policy: %s", fmt.Sprint(v))
	}
}

// TestWasmExecMatchesToolchain checks that the sites ship the wasm_exec.js
// of the Go that built app.wasm (the Makefile builds both with the same go),
// not the copy go-app carries.
func TestWasmExecMatchesToolchain(t *testing.T) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{distDir, subDir} {
		got, err := os.ReadFile(filepath.Join(dir, "wasm_exec.js"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s/wasm_exec.js is not the toolchain's", dir)
		}
	}
}
