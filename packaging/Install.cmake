# SPDX-License-Identifier: MIT
# Install rules and the two Debian packages (docs/packaging.md), included from the top-level CMakeLists.txt:
#   vsysdesk         the desktop app and vsysdesk-cli, with their desktop entry, icon, AppStream data and man pages
#   vsysdesk-server  the central server and vsysdesk-admin, their systemd unit, configuration and nginx site
# One build makes both: `cmake --build DIR --target package` (scripts/package-check.sh builds, lints, installs
# and removes them). Each file belongs to the install component of its package: app or server.
include(GNUInstallDirs)

install(TARGETS vsysdesk vsysdesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
# The server is built where it runs (Linux); a Windows build may leave it out.
if(TARGET vsysdesk-server AND TARGET vsysdesk-admin)
    install(TARGETS vsysdesk-server vsysdesk-admin RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
endif()

# The rest is the Debian layout (the Windows installer has its own: packaging/windows/).
if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
    return()
endif()

set(vsys_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(vsys_app_id jp.vsysdesk.VsysDesk)

# Translations, the manual, the demo data and the address tables are compiled in (qrc), so the app needs no
# data files of its own besides what the desktop looks for.
install(FILES ${vsys_packaging}/${vsys_app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
install(FILES ${vsys_packaging}/${vsys_app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo
        COMPONENT app)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/vsysdesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/vsysdesk-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME vsysdesk.png COMPONENT app)
endforeach()

# The server's system integration. Absolute paths: Debian's places, whatever the prefix (/usr in the package).
install(FILES ${vsys_packaging}/systemd/vsysdesk-server@.service DESTINATION /lib/systemd/system COMPONENT server)
# 0600: it holds the database password, and only systemd (as root) reads it.
install(FILES ${vsys_packaging}/debian/server.conf DESTINATION /etc/vsysdesk PERMISSIONS OWNER_READ OWNER_WRITE
        COMPONENT server)
install(FILES ${vsys_packaging}/nginx/vsysdesk.conf DESTINATION /etc/nginx/sites-available RENAME vsysdesk
        COMPONENT server)

# Per package: the copyright file, the Debian changelog and the lintian overrides, where Debian looks for them.
string(TIMESTAMP vsys_changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
foreach(package vsysdesk vsysdesk-server)
    set(component app)
    if(package STREQUAL "vsysdesk-server")
        set(component server)
    endif()
    set(VSYS_PACKAGE_NAME ${package})
    set(changelog ${CMAKE_CURRENT_BINARY_DIR}/packaging/${package}/changelog.Debian)
    configure_file(${vsys_packaging}/debian/changelog.in ${changelog} @ONLY)
    # gzip -n: no name or time stamp inside, so that the same sources give the same package.
    execute_process(COMMAND gzip -9nf ${changelog} COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${changelog}.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
    install(FILES ${vsys_packaging}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package}
            COMPONENT ${component})
    install(FILES ${vsys_packaging}/debian/${package}.lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ${package} COMPONENT ${component})
endforeach()

# Man pages from each command's --help (Debian's help2man), so they never disagree with the program. Made when
# help2man is there and the build is not sanitized (the packaging build is a plain Release build).
find_program(VSYS_HELP2MAN help2man)
find_program(VSYS_GZIP gzip)
if(VSYS_HELP2MAN AND VSYS_GZIP AND NOT VSYS_SANITIZE)
    set(vsys_man_pages)
    foreach(entry "vsysdesk|app|desktop client for workplace COVID-19 booster vaccination venues"
                  "vsysdesk-cli|app|VSYS Desk's checks, fees and plans on the command line"
                  "vsysdesk-server|server|VSYS Desk central server (HTTPS sync API)"
                  "vsysdesk-admin|server|VSYS Desk server administration tool")
        string(REPLACE "|" ";" entry "${entry}")
        list(GET entry 0 command)
        list(GET entry 1 component)
        list(GET entry 2 name)
        set(page ${CMAKE_CURRENT_BINARY_DIR}/packaging/man/${command}.1)
        # --version-string: vsysdesk-cli and vsysdesk-admin have no --version. The command is found on PATH so that
        # its usage line names it, not the build folder. The offscreen platform and a private runtime folder let the
        # widget app answer --help without a display; C.UTF-8 keeps the Japanese help text intact.
        add_custom_command(
            OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/packaging/man
            COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
                    XDG_RUNTIME_DIR=${CMAKE_CURRENT_BINARY_DIR}/packaging/man
                    "PATH=$<TARGET_FILE_DIR:${command}>:/usr/bin:/bin" ${VSYS_HELP2MAN} --no-info
                    --no-discard-stderr --locale=C.UTF-8 --section=1 "--name=${name}" --version-string=${PROJECT_VERSION}
                    --output=${page} ${command}
            COMMAND ${VSYS_GZIP} -9nf ${page}
            DEPENDS ${command}
            COMMENT "help2man: ${command}.1"
            VERBATIM)
        list(APPEND vsys_man_pages ${page}.gz)
        install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
    endforeach()
    add_custom_target(vsys_man_pages ALL DEPENDS ${vsys_man_pages})
else()
    message(STATUS "help2man (Debian package help2man) not found or a sanitized build: no man pages")
endif()

include(${vsys_packaging}/debian/cpack-debian.cmake)
