# CPack: five .deb and five .rpm packages, one per install component.
# Versions come from project(VERSION) and CLM_PACKAGE_VERSION_SUFFIX /
# CLM_PACKAGE_RELEASE alone (CPackProjectConfig.cmake.in puts them together
# when cpack runs, so `cpack -D CLM_PACKAGE_VERSION_SUFFIX=...` rebuilds the
# packages with another version without compiling anything).

set(CPACK_GENERATOR DEB RPM)
set(CPACK_PACKAGE_NAME clm)
set(CPACK_PACKAGE_VENDOR "CODITECT")
set(CPACK_PACKAGE_CONTACT "CODITECT License Manager maintainers <clm@coditect.ai>")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL daemon lib dev admin server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_BINARY_DIR}/CPackProjectConfig.cmake")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_RELOCATABLE OFF)

# Per component: package name, Debian section, summary, and a description
# wrapped for the Debian control file (80 columns).
set(clm_component_daemon clm-daemon admin
    "CODITECT License Manager machine daemon and command" [=[
clmd runs once per machine: it enrolls the machine with a CODITECT license
server, takes floating seats for the tools on the machine, keeps them alive
and caches signed leases so that tools keep working while the server cannot
be reached. clm is the command tools and scripts use to ask it for a license.

The machine enrolls unattended at installation from the debconf questions
clm-daemon/server_url and clm-daemon/enrollment_token, from CLM_SERVER_URL
and CLM_ENROLLMENT_TOKEN in the environment, or from a prepared
/etc/clm/clmd.conf.]=])
set(clm_component_lib libclm1 libs
    "CODITECT License Manager client library" [=[
libclm is the C API (no Qt, stable ABI) through which a tool in any language
asks the CODITECT License Manager daemon, clmd, for a license: check out,
release, borrow and return seats, and read the answer.]=])
set(clm_component_dev libclm-dev libdevel
    "CODITECT License Manager client library (development files)" [=[
The header clm.h, the libclm.so link and the pkg-config file clm.pc for
building tools that ask the CODITECT License Manager daemon for licenses,
with an example in C.]=])
set(clm_component_admin clm-admin admin
    "CODITECT License Manager administration" [=[
The desktop program for the owners and admins of an organization on a
CODITECT license server: licenses, live sessions, users, devices, enrollment
tokens, the audit log and seat usage charts. Translated into German, French,
Spanish and Japanese.]=])
set(clm_component_server clm-server net
    "CODITECT License Manager server" [=[
The REST server of the CODITECT License Manager: organizations, users,
licenses with floating seats that never oversubscribe, device enrollment and
Ed25519-signed leases for offline use. It runs on SQLite for a small site,
or on PostgreSQL with several processes behind a load balancer.]=])

foreach(component IN LISTS CPACK_COMPONENTS_ALL)
    string(TOUPPER "${component}" C)
    list(GET clm_component_${component} 0 name)
    list(GET clm_component_${component} 1 section)
    list(GET clm_component_${component} 2 summary)
    list(GET clm_component_${component} 3 description)
    set(CPACK_DEBIAN_${C}_PACKAGE_NAME ${name})
    set(CPACK_DEBIAN_${C}_PACKAGE_SECTION ${section})
    set(CPACK_DEBIAN_${C}_DESCRIPTION "${summary}\n${description}")
    set(CPACK_RPM_${C}_PACKAGE_NAME ${name})
    set(CPACK_RPM_${C}_PACKAGE_SUMMARY "${summary}")
    set(CPACK_RPM_${C}_PACKAGE_DESCRIPTION "${description}")
    set(CPACK_RPM_${C}_FILE_NAME RPM-DEFAULT)
    set(CPACK_COMPONENT_${C}_DESCRIPTION "${summary}\n${description}")
    set(clm_debian_dir "${CMAKE_CURRENT_SOURCE_DIR}/debian/${name}")
    set(control)
    foreach(file config templates postinst prerm postrm conffiles triggers symbols)
        if(EXISTS "${clm_debian_dir}/${file}")
            list(APPEND control "${clm_debian_dir}/${file}")
        endif()
    endforeach()
    set(CPACK_DEBIAN_${C}_PACKAGE_CONTROL_EXTRA "${control}")
    foreach(script pre:PRE_INSTALL post:POST_INSTALL preun:PRE_UNINSTALL postun:POST_UNINSTALL)
        string(REPLACE ":" ";" parts "${script}")
        list(GET parts 0 suffix)
        list(GET parts 1 variable)
        if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/rpm/${name}.${suffix}")
            set(CPACK_RPM_${C}_${variable}_SCRIPT_FILE "${CMAKE_CURRENT_SOURCE_DIR}/rpm/${name}.${suffix}")
        endif()
    endforeach()
endforeach()

# --- Debian ---------------------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SOURCE clm)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Dependencies from the ELF files; libclm.so.1 is ours (found in the build
# tree), the dependency on libclm1 is written out below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_BINARY_DIR}/lib")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_LIB_PACKAGE_MULTIARCH same)
# What the ELF files do not say: Qt's SQLite driver is a plugin (the lease
# cache), debconf runs the questions, adduser makes the server's user.
set(CLM_DEBIAN_DAEMON_DEPENDS "libqt6sql6-sqlite, debconf (>= 0.5) | debconf-2.0")
set(CLM_DEBIAN_SERVER_DEPENDS "adduser")
# fonts-noto-cjk: Japanese text (and the chart's rotated axis titles) needs its glyphs.
set(CPACK_DEBIAN_ADMIN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-qpa-plugins, fonts-noto-cjk")
set(CPACK_DEBIAN_ADMIN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx")
set(CPACK_DEBIAN_DEV_PACKAGE_SHLIBDEPS OFF)

# --- RPM ------------------------------------------------------------------------------
set(CPACK_RPM_PACKAGE_LICENSE "LicenseRef-Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_COMPRESSION_TYPE xz)
set(CPACK_RPM_PACKAGE_AUTOREQPROV ON)
set(CPACK_RPM_DEBUGINFO_PACKAGE OFF)
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none\n%define packager ${CPACK_PACKAGE_CONTACT}")
# Fedora's name for a development package.
set(CPACK_RPM_DEV_PACKAGE_NAME libclm-devel)
if(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(CLM_RPM_LIBDIR lib64)
else()
    set(CLM_RPM_LIBDIR lib)
endif()
# Directories of the system (filesystem, systemd, hicolor-icon-theme...) are
# not ours to own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc/clm /usr/sbin /usr/lib/systemd /usr/lib/systemd/system /usr/libexec /usr/share/man
    /usr/share/man/man1 /usr/share/man/man8 /usr/share/applications /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor /usr/share/doc /usr/include
    /usr/${CLM_RPM_LIBDIR} /usr/${CLM_RPM_LIBDIR}/pkgconfig)
foreach(size IN LISTS clm_icon_sizes ITEMS scalable)
    if(size STREQUAL "scalable")
        set(dir /usr/share/icons/hicolor/scalable)
    else()
        set(dir /usr/share/icons/hicolor/${size}x${size})
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${dir} ${dir}/apps)
endforeach()
set(CPACK_RPM_DAEMON_PACKAGE_REQUIRES_POST "coreutils, gawk")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES_PRE "shadow-utils")
set(CPACK_RPM_SERVER_USER_FILELIST "%attr(0640,root,clm-server) %config(noreplace) /etc/clm/server.conf"
    "%dir %attr(0755,root,root) /etc/clm")
set(CPACK_RPM_ADMIN_USER_FILELIST "%config(noreplace) /etc/clm/admin.conf"
    "%dir %attr(0755,root,root) /etc/clm")
set(CPACK_RPM_DAEMON_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_LIB_PACKAGE_GROUP "System Environment/Libraries")
set(CPACK_RPM_DEV_PACKAGE_GROUP "Development/Libraries")
set(CPACK_RPM_ADMIN_PACKAGE_GROUP "Applications/System")

# The RPM changelog is installer/debian/changelog in RPM's format.
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog" clm_changelog_lines)
set(clm_rpm_changelog "")
set(clm_entry_version "")
set(clm_entry_body "")
foreach(line IN LISTS clm_changelog_lines)
    if(line MATCHES "^[a-z0-9.+-]+ \\(([^)]+)\\)")
        set(clm_entry_version "${CMAKE_MATCH_1}")
        set(clm_entry_body "")
    elseif(line MATCHES "^  \\* (.*)")
        string(APPEND clm_entry_body "- ${CMAKE_MATCH_1}\n")
    elseif(line MATCHES "^    (.*)")
        string(APPEND clm_entry_body "  ${CMAKE_MATCH_1}\n")
    elseif(line MATCHES "^ -- (.+)  ([A-Z][a-z][a-z]), ([0-9]+) ([A-Z][a-z][a-z]) ([0-9]+) ")
        set(who "${CMAKE_MATCH_1}")
        set(weekday "${CMAKE_MATCH_2}")
        set(day "${CMAKE_MATCH_3}")
        set(month "${CMAKE_MATCH_4}")
        set(year "${CMAKE_MATCH_5}")
        string(APPEND clm_rpm_changelog
            "* ${weekday} ${month} ${day} ${year} ${who} - ${clm_entry_version}\n${clm_entry_body}\n")
    endif()
endforeach()
file(WRITE "${gen}/rpm-changelog" "${clm_rpm_changelog}")
set(CPACK_RPM_CHANGELOG_FILE "${gen}/rpm-changelog")

# The top entry of the changelog must be the version being packaged.
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog" clm_first_line LIMIT_COUNT 1)
string(REGEX REPLACE "^[^(]*\\(([^)]+)\\).*" "\\1" CLM_CHANGELOG_VERSION "${clm_first_line}")
set(CLM_DEBIAN_MULTIARCH "${CMAKE_LIBRARY_ARCHITECTURE}")
configure_file(CPackProjectConfig.cmake.in CPackProjectConfig.cmake @ONLY)

include(CPack)
