# `cpack -G DEB` in a build tree makes teipress_VERSION_ARCH.deb from the install rules
# (cmake/Install.cmake): /usr/bin/teipress, /usr/share/teipress, man pages, completions, and the
# package's copyright and changelog in /usr/share/doc/teipress. tests/install/debian_package.sh
# installs it into a clean Debian root and builds an edition with it.

# The Debian package's own documents: machine-readable copyright, and the changelog (compressed as
# Debian policy wants it: gzip -9n, so that rebuilding gives the same bytes).
set(TEIPRESS_DEBIAN_CHANGELOG ${CMAKE_BINARY_DIR}/debian/changelog.gz)
add_custom_command(
  OUTPUT ${TEIPRESS_DEBIAN_CHANGELOG}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/debian
  COMMAND gzip -9n -c ${CMAKE_SOURCE_DIR}/cmake/debian/changelog > ${TEIPRESS_DEBIAN_CHANGELOG}
  DEPENDS ${CMAKE_SOURCE_DIR}/cmake/debian/changelog
  COMMENT "Compressing the Debian changelog")
add_custom_target(teipress_debian_changelog ALL DEPENDS ${TEIPRESS_DEBIAN_CHANGELOG})
install(FILES ${CMAKE_SOURCE_DIR}/cmake/debian/copyright ${TEIPRESS_DEBIAN_CHANGELOG}
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME teipress)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "teipress maintainers <maintainers@teipress.example.org>" CACHE STRING
    "Maintainer of the Debian package")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "TEI-XML toolchain for scholarly editions")
# The long description, after the summary line that CPack puts first.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "teipress converts plain-text exports of archive documents into TEI P5,
validates TEI against RELAX NG and ISO Schematron with diagnostics for
people and for CI (GNU-style, JSON, JUnit, GitHub annotations, SARIF),
and renders any TEI into an HTML reading edition and, through Apache FOP,
a PDF print edition. One command builds a whole edition incrementally.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Depends from the libraries the binary links (dpkg-shlibdeps): libxml2, libxslt1.1, libssl3, libre2-9,
# libboost-filesystem1.74.0, libtomlplusplus3 (toml++ is a compiled library in Debian, not header-only),
# libc6, libstdc++6, libgcc-s1.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# PDF needs Apache FOP, a Java runtime (the batch driver's JVM) and every font fop.xconf names (FOP
# fails on a configured font file that is missing); poppler-utils and jing help to check the output.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fop, default-jre-headless | java-runtime-headless, fonts-dejavu-core, fonts-dejavu-extra, fonts-noto-core, fonts-arphic-uming, fonts-nanum, fonts-symbola")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils, jing")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
