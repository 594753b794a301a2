# SPDX-License-Identifier: MIT
# Runs `vsysdesk --demo --screenshot` as README (a) does on a machine without a display, and checks
# that a real PNG came out. Called by CTest with -DAPP=... -DWORK=...
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
execute_process(COMMAND "${APP}" --demo --data-dir "${WORK}/data" --screenshot "${WORK}/home.png"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "vsysdesk exited with ${rc}: ${out} ${err}")
endif()
file(READ "${WORK}/home.png" signature LIMIT 8 HEX)
if(NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "home.png is not a PNG (${signature})")
endif()
file(SIZE "${WORK}/home.png" size)
if(size LESS 10000)
    message(FATAL_ERROR "home.png is only ${size} bytes: the window did not render")
endif()
if(NOT EXISTS "${WORK}/data/vsysdesk.sqlite")
    message(FATAL_ERROR "no local database was created in --data-dir")
endif()
