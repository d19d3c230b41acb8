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

# A Catch2 test executable for one layer, registered with CTest under that layer's label.
function(sightline_add_test_executable name label)
    add_executable(${name} ${ARGN})
    sightline_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Catch2::Catch2)
    target_compile_definitions(${name} PRIVATE SIGHTLINE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
                                               SIGHTLINE_EXAMPLES="${PROJECT_SOURCE_DIR}/examples")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
    # <name>_TEST_ARGS, when the caller sets it: test filters for this registration.
    add_test(NAME ${name} COMMAND ${name} ${${name}_TEST_ARGS} --reporter console --durations no)
    set_tests_properties(${name} PROPERTIES LABELS "${label}" TIMEOUT 900)
endfunction()
