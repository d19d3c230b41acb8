# Sightline: a thin wrapper over CMake (Ninja). See README.md.
BUILD       ?= build
ASAN_BUILD  ?= build-asan
FUZZ_BUILD  ?= build-fuzz
# Seconds each fuzz target runs in `make fuzz` (make test runs each for FUZZ_SMOKE_SECONDS).
FUZZ_SECONDS ?= 600
FUZZ_SMOKE_SECONDS ?= 30
JOBS        ?= $(shell nproc)
EXAMPLE     ?= examples/manufacturer-results-map.json
CMAKE_FLAGS ?=
# Layers whose tests also run under AddressSanitizer and UndefinedBehaviorSanitizer.
ASAN_LABELS ?= core|io|storage|analysis|layout
# The test executables of those layers: only these are built with the sanitizers.
ASAN_TARGETS ?= core_tests io_tests storage_tests sightline_analysis_tests sightline_layout_tests

.PHONY: all build configure deps run test test-fast asan package fuzz fuzz-build fuzz-smoke bench format clean

all: build

deps:
	@scripts/install-deps.sh

# RelWithDebInfo with line tables only (-g1): backtraces and profiles name functions, files and
# lines, and a clean build takes 40% less compiler time than with full debug information (a
# typical editor file: 11.6 s -> 6.9 s). For a debugger's view of variables, configure with
# CMAKE_FLAGS=-DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g -DNDEBUG", or a Debug build.
RELWITHDEBINFO_FLAGS ?= -O2 -g1 -DNDEBUG

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		"-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$(RELWITHDEBINFO_FLAGS)" $(CMAKE_FLAGS)

configure: $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: deps build
	@scripts/run-example.sh $(BUILD) $(EXAMPLE)

test: deps build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	$(MAKE) asan
	$(MAKE) fuzz-smoke

# Only the tests of the normal build, without the sanitizer pass.
test-fast: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

asan:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
		-DSIGHTLINE_GUI=OFF -DSIGHTLINE_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS) --target $(ASAN_TARGETS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -L '$(ASAN_LABELS)'

# The Debian package: $(BUILD)/sightline_<version>_<arch>.deb (README, "Install").
package: deps build
	cmake --build $(BUILD) --target package

# libFuzzer targets (fuzz/, docs/fuzzing.md): a clang build of the readers' layers beside the main one.
fuzz-build:
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
		"-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$(RELWITHDEBINFO_FLAGS)" \
		-DSIGHTLINE_GUI=OFF -DSIGHTLINE_TESTS=OFF -DSIGHTLINE_FUZZ=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target sightline_fuzzers

# Long runs: each target for FUZZ_SECONDS seconds, JOBS at a time; corpora grow in $(FUZZ_BUILD)/fuzz/corpus.
fuzz: deps fuzz-build
	rm -f $(FUZZ_BUILD)/fuzz/*.summary
	FUZZ_SECONDS=$(FUZZ_SECONDS) ctest --test-dir $(FUZZ_BUILD) -L fuzz --output-on-failure -j $(JOBS) \
		--timeout $$(( $(FUZZ_SECONDS) + 600 ))
	@cat $(FUZZ_BUILD)/fuzz/*.summary

# The short run of each target that make test does.
fuzz-smoke: fuzz-build
	rm -f $(FUZZ_BUILD)/fuzz/*.summary
	FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) ctest --test-dir $(FUZZ_BUILD) -L fuzz --output-on-failure -j $(JOBS)
	@cat $(FUZZ_BUILD)/fuzz/*.summary

bench: deps build
	@bench/run.sh $(BUILD)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
