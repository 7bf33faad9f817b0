# One INTERFACE target that carries the project's compile settings; every
# target of ours links it, so the rules live in exactly one place.
add_library(clm_settings INTERFACE)
add_library(clm::settings ALIAS clm_settings)

target_compile_features(clm_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(clm_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    CLM_VERSION="${PROJECT_VERSION}")

target_compile_options(clm_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-qual
    -Wformat=2 -Wimplicit-fallthrough)
if(CLM_WERROR)
    target_compile_options(clm_settings INTERFACE -Werror)
endif()

# The hardening Debian's dpkg-buildflags asks of packages (lintian checks
# the binaries for it): fortified libc calls, stack protector, read-only
# relocations bound at start. Fortify needs optimization, so not in Debug;
# the sanitizers bring their own checks.
option(CLM_HARDENING "Build with Debian's hardening flags" ON)
if(CLM_HARDENING AND NOT CLM_SANITIZE)
    target_compile_definitions(clm_settings INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(clm_settings INTERFACE -fstack-protector-strong -fstack-clash-protection)
    target_link_options(clm_settings INTERFACE LINKER:-z,relro LINKER:-z,now)
endif()

# Sanitizers, switched on by the "asan" preset.
set(CLM_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(CLM_SANITIZE)
    target_compile_options(clm_settings INTERFACE
        -fsanitize=${CLM_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(clm_settings INTERFACE -fsanitize=${CLM_SANITIZE})
endif()

# clm_add_test(NAME SOURCES... [LIBS ...] [LABELS ...] [GUI])
# One Qt Test executable per test class; CTest runs it with the offscreen
# platform and a fixed locale so results never depend on the developer's desk.
function(clm_add_test name)
    cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${name} PRIVATE clm::settings Qt6::Test ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=*.debug=false")
endfunction()
