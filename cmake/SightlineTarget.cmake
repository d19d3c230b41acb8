# Common settings for every target built from our own sources.
function(sightline_target_defaults target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
    if(SIGHTLINE_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=all)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# Test code is compiled at -O1 without debug information outside Debug builds: that halves the
# time of the test files (12 s -> 6 s for a typical one), which dominate a clean build, while the
# libraries under test keep the build type's flags. A Debug build keeps -O0 -g for debugging.
#
# In the sanitizer build the libraries under test are instrumented and the test code is not
# (a test file: 12.6 s -> 5.7 s): the layers' own code runs under ASan/UBSan, which is what the
# pass is for, and `make test` stays within its 30 minutes on two cores.
function(sightline_test_code_options target)
    target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-O1 -g0>)
    if(SIGHTLINE_SANITIZE)
        target_compile_options(${target} PRIVATE -fno-sanitize=all -g1)
        # The test code then does not see __SANITIZE_ADDRESS__; budgets ask this instead.
        target_compile_definitions(${target} PRIVATE SIGHTLINE_SANITIZED=1)
    endif()
endfunction()

# A Catch2 test executable for one layer, registered with CTest under that layer's label. Its
# main() is tests/support/catchmain.cpp unless the sources list a main.cpp of the layer's own.
function(sightline_add_test_executable name label)
    add_executable(${name} ${ARGN})
    sightline_target_defaults(${name})
    sightline_test_code_options(${name})
    if("main.cpp" IN_LIST ARGN)
        target_link_libraries(${name} PRIVATE sightline_catch)
    else()
        target_link_libraries(${name} PRIVATE sightline_catch_main)
    endif()
    target_compile_definitions(${name} PRIVATE SIGHTLINE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
                                               SIGHTLINE_EXAMPLES="${PROJECT_SOURCE_DIR}/examples")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    # <name>_TEST_ARGS, when the caller sets it: test filters for this registration.
    add_test(NAME ${name} COMMAND ${name} ${${name}_TEST_ARGS} --reporter console --durations no)
    set_tests_properties(${name} PROPERTIES LABELS "${label}" TIMEOUT 900)
endfunction()
