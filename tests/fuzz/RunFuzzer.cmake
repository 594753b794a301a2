# SPDX-License-Identifier: MIT
# Runs one libFuzzer target for SECONDS: new inputs go to a scratch corpus under WORK (the first corpus
# directory is the one libFuzzer writes to), the checked-in SEEDS are only read, and a crashing input
# is saved under WORK/artifacts to reproduce with `FUZZER FILE`.
# cmake -DFUZZER=... -DSEEDS=... -DWORK=... -DSECONDS=... [-DDICTIONARY=...] -P RunFuzzer.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
set(arguments -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=30 -print_final_stats=1
              -artifact_prefix=${WORK}/artifacts/)
if(DICTIONARY)
    list(APPEND arguments -dict=${DICTIONARY})
endif()
execute_process(COMMAND "${FUZZER}" ${arguments} "${WORK}/corpus" "${SEEDS}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts "${WORK}/artifacts/*")
    message(FATAL_ERROR "${FUZZER} failed (${result}); the input that did it: ${artifacts}")
endif()
