# SPDX-License-Identifier: MIT
# Fails when translations/vsysdesk_ja.ts lags the sources: a string without Japanese (unfinished) or a
# translation whose string is gone (vanished/obsolete). lupdate runs on a copy, so the test never
# edits the tree. Called by CTest with -DLUPDATE=... -DSOURCE_DIR=... -DWORK=...
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${SOURCE_DIR}/translations/vsysdesk_ja.ts" DESTINATION "${WORK}")
set(dirs)
foreach(d core db sync print app forms cli server)
    if(EXISTS "${SOURCE_DIR}/${d}")
        list(APPEND dirs "${SOURCE_DIR}/${d}")
    endif()
endforeach()
execute_process(COMMAND "${LUPDATE}" -silent -locations none -I "${SOURCE_DIR}" ${dirs} -ts "${WORK}/vsysdesk_ja.ts"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
file(STRINGS "${WORK}/vsysdesk_ja.ts" lines)
set(problems)
set(source "")
foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
        set(source "${CMAKE_MATCH_1}")
    elseif(line MATCHES "type=\"(unfinished|vanished|obsolete)\"")
        string(APPEND problems "\n  ${CMAKE_MATCH_1}: ${source}")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "translations/vsysdesk_ja.ts is not complete; run scripts/update-translations.sh and "
                        "translate:${problems}")
endif()
