# SPDX-License-Identifier: MIT
# CPack: one Debian package per install component (packaging/Install.cmake), from one build.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vsysdesk)
set(CPACK_PACKAGE_VENDOR "VSYS Desk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "VSYS Desk maintainers <maintainers@vsysdesk.example.jp>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://vsysdesk.example.jp/")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Not the developers' own RPATHs or symbols into the package (lintian: unstripped-binary-or-object).
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL app server)
set(CPACK_DEB_COMPONENT_INSTALL ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The library dependencies are read from the binaries by dpkg-shlibdeps, never listed by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Maintainer scripts and conffiles 0755/0644 as dpkg and lintian expect, whatever the checkout's umask.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME vsysdesk)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION misc)
# The first line is the synopsis (cpack-project-config.cmake keeps CPack from putting the project's in front);
# CPack indents the rest.
set(CPACK_DEBIAN_APP_DESCRIPTION
    "desktop client for workplace COVID-19 booster vaccination venues
VSYS Desk is the offline-first desktop client with which a workplace
vaccination venue (職域接種会場) in Japan keeps its applications,
vaccination plan, dose ledger and fee claims, and synchronises them with
the central server. The package also has vsysdesk-cli, the same checks
and fee rules on the command line.")
# What dpkg-shlibdeps cannot see, because Qt loads it at run time:
# - libqt6sql6-sqlite: the QSQLITE driver plugin, for the local database;
# - qt6-wayland (recommended): the Wayland platform plugin (xcb and offscreen come with libqt6gui6, the TLS
#   backend with libqt6network6, both seen by dpkg-shlibdeps);
# - fonts-ipafont-gothic, fonts-ipafont-mincho: the printed forms (申込書, 請求書) are set in IPA fonts, the only
#   Japanese fonts whose PDFs extract as the right code points (print/PrintStyle.cpp);
# - qt6-translations-l10n (recommended): Japanese for Qt's own dialog buttons and print dialog;
# - gnome-keyring (recommended): a Secret Service for QtKeychain, where the app keeps the login token.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-ipafont-gothic, fonts-ipafont-mincho")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, gnome-keyring | kwalletmanager")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME vsysdesk-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "central server for VSYS Desk
The central HTTPS server (sync API and the residents' web pages) for the
VSYS Desk clients of workplace COVID-19 booster vaccination venues in
Japan, on SQLite or PostgreSQL, meant to run behind nginx. The package has
the systemd unit vsysdesk-server@PORT.service, its configuration
/etc/vsysdesk/server.conf, an nginx site and the administration tool
vsysdesk-admin.")
# What dpkg-shlibdeps cannot see: the QPSQL and QSQLITE driver plugins Qt loads at run time (PostgreSQL in
# production, SQLite for a small or test installation), and adduser for the system user made by postinst.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql, libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
set(vsys_debian ${CMAKE_CURRENT_LIST_DIR})
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${vsys_debian}/server/conffiles ${vsys_debian}/server/postinst ${vsys_debian}/server/prerm
    ${vsys_debian}/server/postrm)

set(CPACK_PROJECT_CONFIG_FILE ${vsys_debian}/cpack-project-config.cmake)

include(CPack)
