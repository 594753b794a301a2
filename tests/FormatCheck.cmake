# SPDX-License-Identifier: MIT
# Fails when a C++ file does not follow .clang-format (fix with `clang-format -i FILE`).
# Called by CTest with -DCLANG_FORMAT=... -DSOURCE_DIR=...
set(files)
foreach(dir app cli core db server sync tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
    list(APPEND files ${found})
endforeach()
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run -Werror ${files}
                RESULT_VARIABLE rc ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-format found files to reformat:\n${out}")
endif()
