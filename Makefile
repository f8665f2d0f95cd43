# ocean.go — the two set-up commands:
#   make demo   install what is needed, then run the main job on the embedded devnet
#   make test   install what is needed, then gofmt check, go vet, staticcheck, go test -race
.POSIX:
.SUFFIXES:

GO                  ?= go
NPM                 ?= npm
STATICCHECK_VERSION := v0.8.2
BIN                 := $(CURDIR)/bin
CONTRACTS_STAMP     := node_modules/@oceanprotocol/contracts/package.json
OCEANJS_DIR         := interop/oceanjs
OCEANJS_STAMP       := $(OCEANJS_DIR)/node_modules/@oceanprotocol/lib/package.json
PEERS_DIR           := bench/peers
PEERS_STAMP         := $(PEERS_DIR)/node_modules/@oceanprotocol/lib/package.json
# make bench: the Go benchmarks of these packages, then the table
# (cmd/benchtable; BENCH_FLAGS for its flags, e.g. -flows 100 -out t.md).
BENCH_PKGS          ?= ./ddo ./assets/journal ./provider ./transact ./internal/devnode ./devnet ./datatoken .
BENCH_TIME          ?= 1s
BENCH_FLAGS         ?=

.PHONY: all demo test test-postgres deps tools fmt-check vet staticcheck unit generate bench bench-peers clean

all: test

# Contract artifacts (ABIs, bytecode for local chains) from the pinned npm
# package, and ocean.js 8 for the interoperability test (interop/oceanjs).
deps: $(CONTRACTS_STAMP) $(OCEANJS_STAMP)

$(CONTRACTS_STAMP): package.json package-lock.json
	@command -v $(NPM) >/dev/null || { echo "make: npm (Node.js) is required to install @oceanprotocol/contracts" >&2; exit 1; }
	$(NPM) ci --no-audit --no-fund
	@touch $@

$(OCEANJS_STAMP): $(OCEANJS_DIR)/package.json $(OCEANJS_DIR)/package-lock.json
	@command -v $(NPM) >/dev/null || { echo "make: npm (Node.js) is required to install ocean.js for the interoperability test" >&2; exit 1; }
	cd $(OCEANJS_DIR) && $(NPM) ci --no-audit --no-fund
	@touch $@

tools: $(BIN)/staticcheck

$(BIN)/staticcheck:
	GOBIN=$(BIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

demo: $(CONTRACTS_STAMP)
	@echo "building the demo (the first build compiles go-ethereum and takes a few minutes)..."
	$(GO) run ./examples/quickstart

test: deps tools fmt-check vet staticcheck unit

fmt-check:
	@out=$$(gofmt -l .); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck: tools
	$(BIN)/staticcheck ./...

unit: deps
	$(GO) test -race -count=1 ./...

# make test with a throwaway PostgreSQL server (the distribution's
# postgresql package), so the journal's PostgreSQL tests run instead of
# skipping; CI does the same (.ci/run).
test-postgres:
	scripts/pg-test-env $(MAKE) test

# Regenerate the contract bindings and the embedded address file.
generate: $(CONTRACTS_STAMP)
	$(GO) generate ./internal/contracts

# The Go benchmarks, then one table of every budget of design.md §7 with
# whether it holds (BENCHMARKS.md keeps the latest). Timings are printed,
# never asserted.
bench: $(CONTRACTS_STAMP)
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCH_TIME) $(BENCH_PKGS)
	$(GO) run ./cmd/benchtable $(BENCH_FLAGS)

# The table with ocean.js 8 measured on the same devnet in the same run
# (installed from npm into bench/peers, a folder of its own), instead of
# the figures quoted in issue 15.
bench-peers: $(CONTRACTS_STAMP) $(PEERS_STAMP)
	$(GO) run ./cmd/benchtable -peers $(BENCH_FLAGS)

$(PEERS_STAMP): $(PEERS_DIR)/package.json $(PEERS_DIR)/package-lock.json
	@command -v $(NPM) >/dev/null || { echo "make: npm (Node.js) is required for bench-peers" >&2; exit 1; }
	cd $(PEERS_DIR) && $(NPM) ci --no-audit --no-fund
	@touch $@

clean:
	rm -rf $(BIN) node_modules $(OCEANJS_DIR)/node_modules $(PEERS_DIR)/node_modules
