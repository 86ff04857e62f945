# The two commands of the README: `make run` and `make test`.
# Each installs the missing Debian packages first, then configures and builds.

BUILD      ?= _build
ASAN_BUILD ?= _build-asan
MESON_OPTS ?= -Ddevelopment=true

.PHONY: all deps build run test test-asan bench screenshots clean

all: build

deps:
	@sh tools/install-deps.sh

$(BUILD)/build.ninja: | deps
	meson setup $(BUILD) $(MESON_OPTS)

build: deps $(BUILD)/build.ninja
	meson compile -C $(BUILD)

# Uninstalled: the schema and the translations come from the build tree,
# the help from the source tree.
run: build
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data MIT_LOCALEDIR=$(BUILD)/po MIT_HELP_DIR=$(CURDIR)/help/C \
	  $(BUILD)/src/miteinander $(ARGS)

test: build
	sh tools/run-tests.sh $(BUILD) $(ASAN_BUILD)

bench: build
	sh tests/bench/run-bench.sh $(BUILD)

screenshots: build
	sh tools/take-screenshots.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
