# Rules of the code base that the compiler does not check (ctest -L lint):
#  - no source file over 500 lines (design: small files named after their class);
#  - production code never asks which platform it runs on (tests inject decisions instead).
# Run as: cmake -DROOT=<repository> -P tests/lint.cmake
file(GLOB_RECURSE sources ${ROOT}/src/*.cpp ${ROOT}/src/*.h ${ROOT}/include/*.h
     ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h ${ROOT}/bench/*.cpp ${ROOT}/bench/*.h)
set(problems "")
foreach(f IN LISTS sources)
    file(READ ${f} text)
    string(REGEX REPLACE "[^\n]" "" newlines "${text}")
    string(LENGTH "${newlines}" n)
    if(n GREATER 500)
        string(APPEND problems "${f}: ${n} lines (at most 500)\n")
    endif()
    if(f MATCHES "^${ROOT}/src/")
        if(text MATCHES "platformName")
            string(APPEND problems "${f}: checks platformName(); inject the decision instead\n")
        endif()
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
