// Pressmark: start compiling app.wasm while the page is still being read.
//
// The page runs this script from the top of its <head> (app/server.go,
// app/static.go), not after the whole pre-rendered page has been parsed and
// laid out as go-app's deferred app.js is: app.wasm is read and compiled
// (V8 streams it to background threads) while the main thread reads and
// lays out the page. app.js instantiates the module this promise gives
// (app/loader.go), or starts the compile itself if it runs first. The
// request is app.js's own: on a repeat visit the service worker answers it
// from Cache Storage, where V8 keeps the compiled code beside the response.
"use strict";
(() => {
  const skip =
    /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent) ||
    new URLSearchParams(location.search).get("wasm") === "false";
  if (skip || window.pmWasmModule || !WebAssembly.compileStreaming || !document.currentScript) {
    return;
  }
  window.pmWasmModule = WebAssembly.compileStreaming(
    fetch(new URL("app.wasm", document.currentScript.src))
  );
  window.pmWasmModule.catch(() => {}); // app.js reports a failure
})();
