# claimx: make run, make test, make eval, make bench, make fuzz.

# gse embeds ~32 MB of dictionaries unless built with "ne"; claimx embeds its
# own trimmed dictionary instead (segment/dict).
export GOFLAGS := -tags=ne -buildvcs=false

VERSION  ?= $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)
BIN      := bin/claimx
DUCKDB   := .tools/duckdb/node_modules/@duckdb/node-api
FUZZTIME ?= 30s

.PHONY: build run test vet eval baseline bench bench-stages fuzz duckdb clean

build:
	go build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/claimx

run: build
	$(BIN) run --out out seeds/written/articles

# Every test, including the DuckDB check of our Parquet and the eval gate.
test: vet duckdb
	go test -race -count=1 -timeout 30m ./...

vet:
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "not gofmt-formatted:"; echo "$$unformatted"; exit 1; fi
	go vet ./...

# DuckDB (npm @duckdb/node-api) reads our Parquet as users will, in tests.
duckdb: $(DUCKDB)
$(DUCKDB): output/duckcheck/package.json output/duckcheck/package-lock.json
	mkdir -p .tools/duckdb
	cp output/duckcheck/package.json output/duckcheck/package-lock.json .tools/duckdb/
	npm ci --prefix .tools/duckdb --no-audit --no-fund --loglevel=error
	touch $(DUCKDB)

eval: build
	$(BIN) eval --gold seeds --baseline seeds/baseline.json

# Deliberately accept the current scores as the new baseline.
baseline: build
	$(BIN) eval --gold seeds --write-baseline seeds/baseline.json

# claimx against the obvious prose + gse pipeline on a generated corpus (about
# 2 min on 2 cores); BENCH_ARTICLES=200 for a quick run. See bench/run.sh.
bench:
	bash bench/run.sh

# One Go benchmark per stage, so a regression in one stage shows.
bench-stages:
	go test -run '^$$' -bench . -benchtime 1s ./input/ ./segment/ ./extract/... ./output/ ./pipeline/

fuzz:
	@for pkg in $$(go list ./...); do \
	  for target in $$(go test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$target"; \
	    go test $$pkg -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 200x || exit 1; \
	  done; \
	done

clean:
	rm -rf bin out .tools bench/corpus
