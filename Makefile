# Pressmark. `make run` serves the app locally; `make test` runs every test.
# Both install what they need on a fresh Debian machine with Go.

GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
WASM_PATH := $(GOROOT)/lib/wasm:$(GOROOT)/misc/wasm
PORT      ?= 8000
# PREFIX is the sub-path the static site is served under, e.g. /pressmark.
PREFIX    ?=
CHROMIUM  ?= /usr/bin/chromium

.PHONY: run test build eval bench bench-check brotli golden wasm vet unit wasm-test e2e chromium clean

## run: build web/app.wasm and serve the app on http://localhost:$(PORT)
run: wasm
	$(GO) run ./app serve -addr localhost:$(PORT)

## wasm: compile the app to web/app.wasm (go-app's server-only files left out: app/browser_build.go)
wasm:
	GO='$(GO)' $(GO) run ./app wasm -out web/app.wasm

## build: write the static site to dist/ (PREFIX=/sub to host it under a sub-path)
build: wasm
	$(GO) run ./app build -out dist -prefix '$(PREFIX)'

## test: vet, unit and golden tests, the parser's tests under wasm, browser tests
test: vet unit wasm-test e2e

vet:
	@test -z "$$(gofmt -l app parser)" || { echo "gofmt needed:"; gofmt -l app parser; exit 1; }
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./parser/... ./app/...

unit:
	$(GO) test -count=1 ./...

## wasm-test: the pure-Go packages' tests compiled to WebAssembly, run under Node
wasm-test:
	PATH="$(WASM_PATH):$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 ./parser/... ./app/annotate/... ./app/store/...

## e2e: browser tests of the static site in dist/ (and of a copy built under /pressmark)
e2e: chromium build
	CI='$(CI)' PRESSMARK_CHROMIUM='$(CHROMIUM)' PRESSMARK_DIST='$(abspath dist)' \
		$(GO) test -count=1 -tags e2e ./app/e2e/...

## chromium: install Debian's Chromium when it is missing (as root; else print how)
chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "installing chromium with apt-get"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		elif [ "$(CI)" = true ]; then \
			echo "Chromium is missing: run 'sudo apt-get install -y chromium'"; exit 1; \
		else \
			echo "Chromium is missing: run 'sudo apt-get install -y chromium' (the browser tests will be skipped)"; \
		fi; \
	fi

## golden: rewrite the parser's expected outputs (review every diff)
golden:
	$(GO) test ./parser -run TestGolden -update

## eval: measure extraction quality on the corpus and the public benchmarks
## (EVAL_JSON=path also writes the full results as JSON)
SHARED ?= ../shared
EVAL_JSON ?=
eval:
	$(GO) test -count=1 -run TestEvaluate -v ./parser/evaluation -args -shared $(abspath $(SHARED)) $(if $(EVAL_JSON),-json $(abspath $(EVAL_JSON)))

## bench: every speed and size figure in one table, medians of 5 runs (takes minutes)
bench: chromium brotli build
	CI='$(CI)' PRESSMARK_CHROMIUM='$(CHROMIUM)' PRESSMARK_DIST='$(abspath dist)' \
		$(GO) run ./app/benchreport -count 5 -shared $(abspath $(SHARED))

## bench-check: fewer runs; fails when a figure is 2× or more over its budget, measured twice (.ci/run runs it after make test)
bench-check: chromium brotli build
	CI='$(CI)' PRESSMARK_CHROMIUM='$(CHROMIUM)' PRESSMARK_DIST='$(abspath dist)' \
		$(GO) run ./app/benchreport -check -count 3 -shared $(abspath $(SHARED))

## brotli: install Debian's brotli, to measure app.wasm as a server would send it
brotli:
	@command -v brotli >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq brotli; } || \
		echo "brotli is missing (sudo apt-get install -y brotli): its figure is skipped"

clean:
	rm -rf dist web/app.wasm
