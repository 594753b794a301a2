# SPDX-License-Identifier: MIT
# Read by cpack before it makes the packages. CPackDeb puts CPACK_PACKAGE_DESCRIPTION_SUMMARY (the project's
# description) in front of every component's description; each package's CPACK_DEBIAN_<COMPONENT>_DESCRIPTION
# starts with its own synopsis instead (cpack-debian.cmake).
unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
