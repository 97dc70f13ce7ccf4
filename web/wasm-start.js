// Pressmark: start compiling app.wasm while the page is still being read.
//
// The page runs this script from the top of its <head> (app/server.go,
// app/static.go), not after the whole pre-rendered page has been parsed and
// laid out as go-app's deferred app.js is: app.wasm is read and compiled
// (V8 streams it to background threads) while the main thread reads and
// lays out the page. app.js instantiates the module this promise gives
// (app/loader.go), or starts the compile itself if it runs first.
//
// The address (data-wasm) carries the app's version. On a repeat visit,
// served by the service worker, the script first asks the browser's HTTP
// cache alone for it (only-if-cached, which the worker lets through): the
// first visit's download of this version is there, with the code V8
// compiled and kept beside it, so the app starts without compiling its
// functions again. The worker's own copy in Cache Storage gets V8's code
// only once a page has run from it, which a second visit is the first to
// do. When the HTTP cache lacks it (evicted, a private window, a size
// limit) the script fetches it as before: the worker answers from Cache
// Storage, offline too.
"use strict";
(() => {
  const script = document.currentScript;
  const skip =
    /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent) ||
    new URLSearchParams(location.search).get("wasm") === "false";
  if (skip || window.pmWasmModule || !WebAssembly.compileStreaming || !script || !script.dataset.wasm) {
    return;
  }
  const url = script.dataset.wasm;
  window.pmWasmModule = (async () => {
    if (navigator.serviceWorker && navigator.serviceWorker.controller) {
      try {
        return await WebAssembly.compileStreaming(
          fetch(url, { cache: "only-if-cached", mode: "same-origin" })
        );
      } catch (err) {
        // not in the HTTP cache: ask the worker
      }
    }
    return WebAssembly.compileStreaming(fetch(url));
  })();
  window.pmWasmModule.catch(() => {}); // app.js reports a failure
})();
