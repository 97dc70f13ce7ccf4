//go:build e2e

package e2e

import (
	"fmt"
	"net"
	"net/http"
	"os/exec"
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
