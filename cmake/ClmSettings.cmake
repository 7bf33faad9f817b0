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

# GCC's -Wshadow=local has no clang spelling (the fuzz preset builds with
# clang); clang's -Wshadow-uncaptured-local is the nearest.
set(clm_shadow_warning -Wshadow=local)
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    set(clm_shadow_warning -Wshadow-uncaptured-local)
endif()
target_compile_options(clm_settings INTERFACE
    -Wall -Wextra -Wpedantic ${clm_shadow_warning} -Wnon-virtual-dtor -Wcast-qual
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

# Sanitizers, switched on by the "asan", "tsan" and "fuzz" presets.
set(CLM_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined")
if(CLM_SANITIZE)
    target_compile_options(clm_settings INTERFACE
        -fsanitize=${CLM_SANITIZE} -fno-omit-frame-pointer)
    if(CLM_SANITIZE MATCHES "undefined")
        target_compile_options(clm_settings INTERFACE -fno-sanitize-recover=undefined)
    endif()
    # GCC warns that ThreadSanitizer does not model atomic_thread_fence, which
    # Boost.Asio uses; with -Werror that would stop the tsan build. A race
    # TSan gets wrong there shows as a report in Asio, not in our code.
    if(CLM_SANITIZE MATCHES "thread" AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(clm_settings INTERFACE -Wno-tsan)
    endif()
    target_link_options(clm_settings INTERFACE -fsanitize=${CLM_SANITIZE})
    # Where the sanitizer test presets have every process write its reports
    # (log_path): the sanitizer cannot create it.
    file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/sanitizer-reports")
endif()

# libFuzzer targets (tests/fuzz), switched on by the "fuzz" preset: all of
# our code gets libFuzzer's coverage instrumentation; only the fuzz targets
# link libFuzzer's main (clm_add_fuzzer). Qt and the system libraries stay
# as Debian built them.
option(CLM_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)
if(CLM_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CLM_FUZZ needs clang (libFuzzer): use the \"fuzz\" preset")
    endif()
    target_compile_options(clm_settings INTERFACE -fsanitize=fuzzer-no-link)
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
