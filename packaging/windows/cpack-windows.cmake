# SPDX-License-Identifier: MIT
# The Windows installer (packaging/windows/README.md): an NSIS setup.exe made by CPack that installs VSYS Desk for
# every user of the PC under C:\Program Files\VSYS Desk, adds its Start-menu entry, bundles the IPA fonts of the
# printed forms with their licence, and removes all of it again from Apps & features (the user's data in
# %LOCALAPPDATA% stays, as it does on Debian). Included from the top-level CMakeLists.txt after
# packaging/Install.cmake, which installs vsysdesk and vsysdesk-cli to bin/ (component app) on every platform.
#
# Not built on Debian: this machine has no MSVC. makensis has checked the script CPack writes from it (README.md,
# "What was verified").
if(NOT WIN32)
    return()
endif()

set(vsys_windows ${CMAKE_CURRENT_LIST_DIR})

# The program's icon in Explorer, the taskbar and the Start menu.
target_sources(vsysdesk PRIVATE ${vsys_windows}/vsysdesk.rc)
# A window program, not a console one (vsysdesk-cli stays a console program).
set_target_properties(vsysdesk PROPERTIES WIN32_EXECUTABLE ON)

# The IPA fonts (IPAfont00303.zip from moji.or.jp, README.md step 3), checked against the files Debian's
# fonts-ipafont 00303 installs, so that the forms print with the same glyphs on both systems.
set(VSYS_IPA_FONT_DIR ${vsys_windows}/fonts CACHE PATH "Folder holding ipag.ttf and ipam.ttf (IPAfont00303)")
set(vsys_ipa_fonts
    "ipag.ttf=503af4a8b84d1079b8e2e358dc7f7a7fb8cb7a1f212f35eaef6782dbfc75a55e"
    "ipam.ttf=ab923870b9ea047179c14fa78eede8d3957b6bfed26577253b5f08f75c102a34")
foreach(entry IN LISTS vsys_ipa_fonts)
    string(REPLACE "=" ";" entry "${entry}")
    list(GET entry 0 font)
    list(GET entry 1 expected)
    if(NOT EXISTS ${VSYS_IPA_FONT_DIR}/${font})
        message(FATAL_ERROR "${VSYS_IPA_FONT_DIR}/${font} is missing: unpack IPAfont00303.zip there "
                            "(packaging/windows/README.md, step 3), or set VSYS_IPA_FONT_DIR")
    endif()
    file(SHA256 ${VSYS_IPA_FONT_DIR}/${font} actual)
    if(NOT actual STREQUAL expected)
        message(FATAL_ERROR "${VSYS_IPA_FONT_DIR}/${font} is not the IPAfont00303 file (SHA-256 ${actual})")
    endif()
    # print::BundledFonts loads them from the fonts folder beside vsysdesk.exe.
    install(FILES ${VSYS_IPA_FONT_DIR}/${font} DESTINATION bin/fonts COMPONENT app)
endforeach()
install(FILES ${vsys_windows}/fonts/IPA_Font_License_Agreement_v1.0.txt DESTINATION bin/fonts COMPONENT app)

# The Visual C++ runtime beside the program (app-local), so that no separate redistributable is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT app)
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)

# windeployqt copies the Qt DLLs and the plugins the app loads (platforms\qwindows, sqldrivers\qsqlite,
# tls\qopensslbackend, printsupport, styles, imageformats) and Qt's own Japanese translations; then every other DLL
# they and the two programs load is copied from vcpkg's bin folder (OpenSSL, libsodium, libxlsxwriter, QtKeychain,
# ICU, SQLite, ...). Both run at install time, on the installed files, so the installer holds exactly them.
find_program(VSYS_WINDEPLOYQT windeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}
                                                ${QT6_INSTALL_PREFIX}/tools/Qt6/bin REQUIRED)
set(vsys_dll_dirs "${QT6_INSTALL_PREFIX}/bin" "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
install(CODE "
    set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
    execute_process(COMMAND \"${VSYS_WINDEPLOYQT}\" --no-compiler-runtime --no-opengl-sw --no-system-d3d-compiler
                            --translations ja --dir \"\${bin}\" \"\${bin}/vsysdesk.exe\" \"\${bin}/vsysdesk-cli.exe\"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed (\${rc})\")
    endif()
    file(GLOB_RECURSE plugins \"\${bin}/*/*.dll\")
    file(GET_RUNTIME_DEPENDENCIES
         EXECUTABLES \"\${bin}/vsysdesk.exe\" \"\${bin}/vsysdesk-cli.exe\"
         LIBRARIES \${plugins}
         DIRECTORIES ${vsys_dll_dirs}
         RESOLVED_DEPENDENCIES_VAR found UNRESOLVED_DEPENDENCIES_VAR missing
         PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
         POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ss]ys[Ww][Oo][Ww]64\")
    if(missing)
        message(FATAL_ERROR \"DLLs not found for the installer: \${missing}\")
    endif()
    file(INSTALL \${found} DESTINATION \"\${bin}\")
" COMPONENT app)

# The installer: one component (the app; the server is for Debian), per machine, with a Start-menu entry.
set(CPACK_GENERATOR NSIS)
set(CPACK_COMPONENTS_ALL app)
set(CPACK_COMPONENT_APP_DISPLAY_NAME "VSYS Desk")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_PACKAGE_NAME "VSYSDesk")
set(CPACK_PACKAGE_VENDOR "VSYS Desk project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "VSYS Desk")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "VSYS Desk")
set(CPACK_PACKAGE_FILE_NAME "VSYSDesk-${PROJECT_VERSION}-win64-setup")
# bin\vsysdesk.exe as the Start-menu entry "VSYS Desk".
set(CPACK_PACKAGE_EXECUTABLES vsysdesk "VSYS Desk")
set(CPACK_NSIS_PACKAGE_NAME "VSYS Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "VSYS Desk")
# Program Files (64-bit) and, since the installer asks for administrator rights, the all-users Start menu and
# HKLM's uninstall entry: one install per PC.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${vsys_windows}/vsysdesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${vsys_windows}/vsysdesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\vsysdesk.exe")
# A newer version replaces the older one rather than installing beside it.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
include(CPack)
