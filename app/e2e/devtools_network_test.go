//go:build e2e

package e2e

import (
	"context"
	"os"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// asAUser turns off the DevTools Network domain that chromedp enables on
// every tab it attaches to, before a visit is measured. With it on,
// Chromium never reads V8's compiled-wasm cache back: TestStartupTrace's
// third visit, served app.wasm from the worker's Cache Storage, shows
// v8.wasm.moduleCacheHit and wasm.Deserialize only with the domain off,
// and the domain also copies every response body (app.wasm's 11.9 MB) for
// DevTools. A user's browser has no DevTools attached, so the visits are
// measured without it. PRESSMARK_DEVTOOLS_NETWORK=on keeps it on, to
// compare.
func asAUser(t testing.TB, ctx context.Context) {
	t.Helper()
	if os.Getenv("PRESSMARK_DEVTOOLS_NETWORK") == "on" {
		return
	}
	_, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) (cdp.Empty, error) {
		return cdp.Call(ctx, tg, network.Disable, cdp.Empty{})
	})
	if err != nil {
		t.Fatalf("turning off DevTools' Network domain: %v", err)
	}
}
