# Sightline: a thin wrapper over CMake (Ninja). See README.md.
BUILD       ?= build
ASAN_BUILD  ?= build-asan
JOBS        ?= $(shell nproc)
EXAMPLE     ?= examples/manufacturer-results-map.json
CMAKE_FLAGS ?=
# Layers whose tests also run under AddressSanitizer and UndefinedBehaviorSanitizer.
ASAN_LABELS ?= core|io|storage|analysis|layout

.PHONY: all build configure deps run test test-fast asan bench format clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

configure: $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: deps build
	@scripts/run-example.sh $(BUILD) $(EXAMPLE)

test: deps build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	$(MAKE) asan

# Only the tests of the normal build, without the sanitizer pass.
test-fast: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

asan:
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSIGHTLINE_GUI=OFF -DSIGHTLINE_SANITIZE=ON $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) -L '$(ASAN_LABELS)'

bench: deps build
	@bench/run.sh $(BUILD)

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
