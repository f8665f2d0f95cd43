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

.PHONY: all demo test test-postgres deps tools fmt-check vet staticcheck unit generate bench clean

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

bench: $(CONTRACTS_STAMP)
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf $(BIN) node_modules $(OCEANJS_DIR)/node_modules
